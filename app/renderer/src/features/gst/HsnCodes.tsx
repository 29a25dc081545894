import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { gstQueries, useLoadHsnMasterMutation, usePreviewHsnMasterMutation } from '../../api/gst';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';

interface Picked {
  fileName: string;
  csv: string;
  codes: number;
  skipped: number;
  sample: Array<{ code: string; description: string }>;
}

function CodeTable({ rows, testId }: { rows: ReadonlyArray<{ code: string; description: string }>; testId: string }) {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <table className="grid" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('hsn')}</th>
            <th>{t('hsnDescription')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td>{r.code}</td>
              <td>{r.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
  const codes = size.data?.codes ?? 0;

  const choose = async (file: File) => {
    const csv = await file.text();
    preview.mutate({ fileName: file.name, csv }, { onSuccess: (r) => setPicked({ fileName: file.name, csv, ...r }) });
  };
  const apply = () => {
    if (!picked) return;
    load.mutate(
      { fileName: picked.fileName, csv: picked.csv },
      {
        onSuccess: (r) => {
          toast('ok', t('hsnMasterApplied', { codes: r.codes }));
          setPicked(null);
        },
      },
    );
  };

  return (
    <section className="report-page" aria-label={t('hsnCodes')}>
      <h2>{t('hsnCodes')}</h2>
      <p data-testid="hsn-master-size">{codes > 0 ? t('hsnMasterLoaded', { codes }) : t('hsnMasterNone')}</p>
      {isOwner && (
        <div className="filters">
          <label className="field">
            <span>{t('hsnMasterFile')}</span>
            <input type="file" accept=".csv,.txt" data-testid="hsn-file" onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0])} />
          </label>
        </div>
      )}
      {picked && (
        <div className="card" data-testid="hsn-preview">
          <p>{t('hsnMasterPreview', { file: picked.fileName, codes: picked.codes, skipped: picked.skipped })}</p>
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
