import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { toBase64 } from '../../../../core/contract/base64';
import { gstQueries, useLoadHsnMasterMutation, usePreviewHsnMasterMutation } from '../../api/gst';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';
import { DataTable } from '../../ui/DataTable';
import { FilePicker } from '../../ui/FilePicker';

/** The file as sent: a workbook as base64, anything else as text (the host names a wrong file). */
type HsnFile = { fileName: string; csv: string } | { fileName: string; xlsxBase64: string };

async function asSent(file: File): Promise<HsnFile> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const binary = /\.xlsx?$/i.test(file.name) || (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf);
  if (binary) return { fileName: file.name, xlsxBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
  return { fileName: file.name, csv: await file.text() };
}

interface Picked {
  file: HsnFile;
  codes: number;
  skipped: number;
  sample: Array<{ code: string; description: string }>;
}

function CodeTable({ rows, testId }: { rows: ReadonlyArray<{ code: string; description: string }>; testId: string }) {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <DataTable
        kind="grid"
        testId={testId}
        scroll={null}
        head={
          <>
            <th>{t('hsn')}</th>
            <th>{t('hsnDescription')}</th>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.code}>
            <td>{r.code}</td>
            <td>{r.description}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

/**
 * The GST portal's HSN master: the owner loads its file (read and shown first, then loaded on
 * a second press), and anyone looks a code up by its digits or by words of its description.
 */
export function HsnCodes({ isOwner }: { isOwner: boolean }) {
  const { t } = useT();
  const toast = useToast();
  const size = useQuery(gstQueries.hsnMaster());
  const [q, setQ] = useState('');
  const found = useQuery(gstQueries.searchHsn(q));
  const preview = usePreviewHsnMasterMutation();
  const load = useLoadHsnMasterMutation();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [reading, setReading] = useState('');
  const codes = size.data?.codes ?? 0;

  const choose = async (chosen: File) => {
    const file = await asSent(chosen);
    setPicked(null);
    setReading(file.fileName);
    preview.mutate(file, { onSuccess: (r) => setPicked({ file, ...r }), onSettled: () => setReading('') });
  };
  const apply = () => {
    if (!picked) return;
    load.mutate(picked.file, {
      onSuccess: (r) => {
        toast('ok', t('hsnMasterApplied', { codes: r.codes }));
        setPicked(null);
      },
    });
  };

  return (
    <section className="report-page" aria-label={t('hsnCodes')}>
      <h2>{t('hsnCodes')}</h2>
      <p data-testid="hsn-master-size">{codes > 0 ? t('hsnMasterLoaded', { codes }) : t('hsnMasterNone')}</p>
      {isOwner && (
        <div className="filters">
          <FilePicker label={t('hsnMasterFile')} accept=".xlsx,.csv,.txt" testId="hsn-file" onFile={(file) => void choose(file)} />
        </div>
      )}
      {reading !== '' && (
        <p className="muted" role="status">
          {t('hsnMasterReading', { file: reading })}
        </p>
      )}
      {picked && (
        <div className="card" data-testid="hsn-preview">
          <p>{t('hsnMasterPreview', { file: picked.file.fileName, codes: picked.codes, skipped: picked.skipped })}</p>
          <CodeTable rows={picked.sample} testId="hsn-sample" />
          <div className="bo-actions">
            <button className="primary" onClick={apply} disabled={load.isPending}>
              {t('hsnMasterApply')}
            </button>
            <button className="ghost" onClick={() => setPicked(null)}>
              {t('close')}
            </button>
          </div>
        </div>
      )}
      <label className="field">
        <span>{t('hsnSearch')}</span>
        <input value={q} inputMode="search" onChange={(e) => setQ(e.target.value)} />
      </label>
      {q.trim() !== '' &&
        ((found.data ?? []).length === 0 ? <p className="muted">{t('hsnNoMatch')}</p> : <CodeTable rows={found.data ?? []} testId="hsn-found" />)}
    </section>
  );
}
