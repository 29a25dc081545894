import { useState } from 'react';
import type { z } from 'zod';
import { IMPORT_FIELDS, type ImportField, type ImportPreview, type ImportResult } from '../../../../core/contract';
import { formatInr } from '../../../../core/format';
import { useImportCommitMutation, useImportPreviewMutation, useImportUploadMutation } from '../../api/catalog';
import { useBackHint } from '../../app/sub-screens';
import { useT } from '../../i18n/i18n';
import { useErrorText } from '../../ui/errors';
import { BackOffice, useFKeys } from '../../ui/ScreenHead';
import type { KeyHint } from '../../ui/KeyHints';
import { GuessedHsn, ImportCounts, type HsnFix } from './ImportSummary';
import { DataTable } from '../../ui/DataTable';
import { FilePicker } from '../../ui/FilePicker';

type Preview = z.output<typeof ImportPreview>;
type Result = z.output<typeof ImportResult>;
type Mapping = Partial<Record<ImportField, string>>;
const CHUNK = 384 * 1024;
const SHOWN_ON_PAGE = { meta: { showError: false } };
const SHOWN_ERRORS = 300;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function Progress({ label, done, total }: { label: string; done: number; total: number | null }) {
  const pct = total ? Math.min(100, Math.round((done / total) * 100)) : 100;
  return (
    <div data-testid="import-progress">
      <div className="progress-label">
        <span>{label}</span>
        <span>{total ? `${pct}%` : '…'}</span>
      </div>
      <div className="progress" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
        <div style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

/**
 * Import a catalogue: the file goes up in chunks (progress bar), the host reads and checks every
 * row without writing (a preview with the column mapping, a sample and every bad row with its line),
 * then the good rows go in at once. Nothing is written until "Import".
 */
export function ImportWizard({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  // Each step's refusal is shown on the page, above what it refused.
  const upload = useImportUploadMutation(SHOWN_ON_PAGE);
  const preview = useImportPreviewMutation(SHOWN_ON_PAGE);
  const commit = useImportCommitMutation(SHOWN_ON_PAGE);
  const [sent, setSent] = useState<{ done: number; total: number } | null>(null);
  const [shown, setShown] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fixes, setFixes] = useState<HsnFix[]>([]);
  const back = useBackHint();

  const start = async (file: File) => {
    setError(null);
    setShown(null);
    setResult(null);
    setFixes([]);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let importId: string | undefined;
      setSent({ done: 0, total: bytes.length });
      for (let offset = 0; offset < Math.max(bytes.length, 1); offset += CHUNK) {
        const chunkBase64 = toBase64(bytes.subarray(offset, offset + CHUNK));
        const r = await upload.mutateAsync(importId ? { importId, fileName: file.name, chunkBase64, offset } : { fileName: file.name, chunkBase64, offset });
        importId = r.importId;
        setSent({ done: r.bytes, total: bytes.length });
      }
      if (importId) check(importId);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const check = (importId: string, m?: Mapping, encoding?: 'utf-8' | 'windows-1252', hsnFixes: HsnFix[] = fixes) =>
    preview.mutate(
      { importId, ...(m ? { mapping: m } : {}), ...(encoding ? { encoding } : {}), hsnFixes },
      {
        onSuccess: (p) => {
          setShown(p);
          setMapping(p.mapping);
        },
        onError: (e) => setError(errorText(e)),
      },
    );

  const canImport = shown !== null && result === null && shown.valid > 0 && !commit.isPending;
  const importNow = () => {
    if (!shown || !canImport) return;
    commit.mutate(
      { importId: shown.importId, mapping, encoding: shown.encoding, hsnFixes: fixes },
      {
        onSuccess: (r) => {
          setError(null);
          setResult(r);
        },
        onError: (e) => setError(errorText(e)),
      },
    );
  };
  // F10 saves, as on every other back-office form; the import's button shows it too.
  const keys: KeyHint[] = [
    { key: 'F10', label: t('importNow'), disabled: !canImport, onPress: importNow, onScreen: true },
    { ...back, label: t('close') },
  ];
  useFKeys(keys, false);

  return (
    <BackOffice title={t('importFile')} keys={keys} actions={<button onClick={onDone}>← {t('navCatalog')}</button>}>
      <FilePicker label={t('chooseFile')} accept=".csv,.txt,.xlsx" testId="import-file" onFile={(file) => void start(file)} />
      {sent && !shown && !error && (
        <Progress
          label={preview.isPending ? t('checking') : t('uploading')}
          done={preview.isPending ? 0 : sent.done}
          total={preview.isPending ? null : sent.total}
        />
      )}
      {error && <p className="error">{error}</p>}
      {shown && !result && (
        <>
          <div className="stat-row">
            <div className="stat">
              <span>{shown.fileName}</span>
              <strong>{shown.rows.toLocaleString('en-IN')}</strong>
              {t('rowsInFile')}
            </div>
            <div className="stat good">
              <span>✓</span>
              <strong data-testid="rows-good">{shown.valid.toLocaleString('en-IN')}</strong>
              {t('rowsGood')}
            </div>
            <div className="stat bad">
              <span>✗</span>
              <strong data-testid="rows-bad">{shown.summary.skipped.toLocaleString('en-IN')}</strong>
              {t('rowsBad')}
            </div>
          </div>
          <ImportCounts summary={shown.summary} />
          <GuessedHsn
            key={shown.importId}
            guesses={shown.summary.guesses}
            busy={preview.isPending}
            onApply={(f) => {
              const merged = [...fixes.filter((x) => !f.some((y) => y.category === x.category)), ...f];
              setFixes(merged);
              check(shown.importId, mapping, shown.encoding, merged);
            }}
          />
          <h2>
            {t('columnMapping')} {shown.preset && <small className="muted">({shown.preset})</small>}
          </h2>
          <div className="mapping">
            {IMPORT_FIELDS.map((f) => (
              <label key={f} className="field">
                <span>{t(`importField_${f}`)}</span>
                <select value={mapping[f] ?? ''} onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value || undefined }))}>
                  <option value="">{t('notInFile')}</option>
                  {shown.headers.map((h) => (
                    <option key={h}>{h}</option>
                  ))}
                </select>
              </label>
            ))}
            <label className="field">
              <span>{t('encoding')}</span>
              <select value={shown.encoding} onChange={(e) => check(shown.importId, mapping, e.target.value as 'utf-8' | 'windows-1252')}>
                <option value="utf-8">UTF-8</option>
                <option value="windows-1252">Windows-1252 (Excel ANSI)</option>
              </select>
            </label>
          </div>
          <div className="actions" style={{ justifyContent: 'flex-start' }}>
            <button
              onClick={() => check(shown.importId, Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as Mapping, shown.encoding)}
              disabled={preview.isPending}
            >
              ↻ {t('checking')}
            </button>
            <button className="primary" data-testid="import-commit" disabled={!canImport} onClick={importNow}>
              <kbd>F10</kbd> {t('importNow')} ({shown.valid.toLocaleString('en-IN')})
            </button>
          </div>
          {commit.isPending && <Progress label={`${t('importing')} ${shown.valid.toLocaleString('en-IN')}`} done={0} total={null} />}
          <DataTable
            kind="grid"
            scroll={null}
            head={
              <>
                <th>{t('line')}</th>
                <th>{t('item')}</th>
                <th>{t('category')}</th>
                <th>{t('barcode')}</th>
                <th>
                  {t('hsnShort')} / {t('gst')}
                </th>
                <th className="num">{t('mrpShort')}</th>
                <th className="num">{t('rate')}</th>
              </>
            }
          >
            {shown.sample.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>
                  {r.name} {!r.active && <span className="warn">{t('notOnSale')}</span>}
                </td>
                <td>{r.category}</td>
                <td className="muted">{r.barcodes.join(' ')}</td>
                <td>
                  {r.hsn} · {r.gstRateBp / 100}% {r.hsnGuessed && <span className="warn">{t('guessedMark')}</span>}
                </td>
                <td className="num">{r.mrpPaise === null ? '' : formatInr(r.mrpPaise)}</td>
                <td className="num">{formatInr(r.pricePaise)}</td>
              </tr>
            ))}
          </DataTable>
          {shown.errors.length > 0 && <ErrorTable errors={shown.errors} />}
        </>
      )}
      {result && (
        <>
          {result.finished && (
            <p className="good" data-testid="import-finished">
              {t('importFinishedNow')}
            </p>
          )}
          <div className="stat-row" data-testid="import-result">
            <div className="stat good">
              <span>{t('importDone')}</span>
              <strong>{result.imported.toLocaleString('en-IN')}</strong>
            </div>
            <div className="stat">
              <span>{t('notOnSale')}</span>
              <strong data-testid="result-inactive">{result.inactive.toLocaleString('en-IN')}</strong>
            </div>
            <div className="stat">
              <span>{t('guessedMark')} HSN</span>
              <strong>{result.hsnGuessed.toLocaleString('en-IN')}</strong>
            </div>
            <div className="stat bad">
              <span>{t('rowsBad')}</span>
              <strong>{result.skipped.toLocaleString('en-IN')}</strong>
            </div>
          </div>
          <Progress label={t('importDone')} done={1} total={1} />
          {result.errors.length > 0 && <ErrorTable errors={result.errors} />}
        </>
      )}
    </BackOffice>
  );
}

const isImportField = (field: string): field is ImportField => IMPORT_FIELDS.some((f) => f === field);

function ErrorTable({ errors }: { errors: Preview['errors'] }) {
  const { t } = useT();
  const fieldWords = (field: string) => (isImportField(field) ? t(`importField_${field}`) : t('importField_file'));
  return (
    <DataTable
      kind="grid"
      testId="import-errors"
      scroll={null}
      head={
        <>
          <th>{t('line')}</th>
          <th>{t('field')}</th>
          <th>{t('reason')}</th>
        </>
      }
    >
      {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
        <tr key={`${e.line}-${i}`}>
          <td>{e.line}</td>
          <td>{fieldWords(e.field)}</td>
          <td className="bad">{e.message}</td>
        </tr>
      ))}
      {errors.length > SHOWN_ERRORS && (
        <tr>
          <td colSpan={3} className="muted">
            {t('importMoreErrors', { count: errors.length - SHOWN_ERRORS })}
          </td>
        </tr>
      )}
    </DataTable>
  );
}
