import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatDate } from '../../../../core/format';
import { saveBlob } from '../../api/files';
import { gstQueries } from '../../api/gst';
import { useT } from '../../i18n/i18n';
import { Amt } from '../../ui/Amount';
import { useKeys } from '../../ui/keys';
import { Loading } from '../../ui/Loading';
import { EmptyRow, ReportPage } from '../../ui/ReportPage';
import { MonthPicker, monthOf, periodOf } from './MonthPicker';

type Heads = { taxablePaise: number; igstPaise: number; cgstPaise: number; sgstPaise: number; cessPaise: number };
const HEADS = ['taxablePaise', 'igstPaise', 'cgstPaise', 'sgstPaise', 'cessPaise'] as const;

/** How many entries a section of the portal JSON holds (invoices inside b2b/b2cl/cdnr groups). */
function countOf(json: Record<string, unknown>, key: string, inner?: string): number {
  const section = json[key];
  if (!Array.isArray(section)) return 0;
  if (!inner) return section.length;
  return section.reduce(
    (n: number, g: unknown) =>
      n + (g && typeof g === 'object' && Array.isArray((g as Record<string, unknown>)[inner]) ? ((g as Record<string, unknown[]>)[inner]?.length ?? 0) : 0),
    0,
  );
}

function hsnRows(json: Record<string, unknown>, key: 'hsn_b2b' | 'hsn_b2c'): Array<Record<string, string | number>> {
  const hsn = json.hsn;
  if (!hsn || typeof hsn !== 'object') return [];
  const rows = (hsn as Record<string, unknown>)[key];
  return Array.isArray(rows) ? (rows as Array<Record<string, string | number>>) : [];
}

/** Saves the return as the portal's offline tool expects: returns_<fp>_R1_<gstin>.json. */
function downloadJson(data: Result<'gst.gstr1'>) {
  const gstin = typeof data.json.gstin === 'string' ? data.json.gstin : 'gstin';
  const fp = typeof data.json.fp === 'string' ? data.json.fp : data.period.label;
  saveBlob(new Blob([JSON.stringify(data.json, null, 2)], { type: 'application/json' }), `returns_${fp}_R1_${gstin}.json`);
}

function HsnTable({ title, rows }: { title: string; rows: Array<Record<string, string | number>> }) {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <table className="report compact">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th>HSN</th>
            <th>{t('description')}</th>
            <th>UQC</th>
            <th className="num">{t('qty')}</th>
            <th className="num">{t('ratePct')}</th>
            <th className="num">{t('taxable')}</th>
            <th className="num">IGST</th>
            <th className="num">CGST</th>
            <th className="num">SGST</th>
            <th className="num">{t('cess')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <EmptyRow cols={10} />}
          {rows.map((r) => (
            <tr key={`${r.hsn_sc}-${r.uqc}-${r.rt}`}>
              <td>{r.hsn_sc}</td>
              <td>{r.desc}</td>
              <td>{r.uqc}</td>
              <td className="num">{r.qty}</td>
              <td className="num">{r.rt}</td>
              {(['txval', 'iamt', 'camt', 'samt', 'csamt'] as const).map((k) => (
                <td key={k} className="num">
                  {Number(r[k] ?? 0).toLocaleString('en-IN', { minimumFractionDigits: 2 })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Issues({ issues }: { issues: Result<'gst.gstr1'>['issues'] }) {
  const { t } = useT();
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <section className="issues" data-testid="gst-issues">
      <h2>{t('validationReport')}</h2>
      {issues.length === 0 ? (
        <p className="result ok">{t('noIssues')}</p>
      ) : (
        <>
          <p className={`result ${errors ? 'bad' : 'ok'}`}>
            {errors} {t('errors')}, {issues.length - errors} {t('warnings')}
          </p>
          <ul className="issue-list">
            {issues.map((i, n) => (
              <li key={n} className={i.severity}>
                <strong>{i.severity === 'error' ? t('error') : t('warning')}</strong> {i.document && <code>{i.document}</code>} {i.message}{' '}
                <small className="hint">({i.code})</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** GSTR-1 for a month: each section's totals, the HSN summary, the validation report, and the JSON to upload. */
export function Gstr1() {
  const { t } = useT();
  const [month, setMonth] = useState(monthOf);
  const query = useQuery(gstQueries.gstr1({ period: periodOf(month) }));
  useKeys({ F9: () => query.data && downloadJson(query.data) });
  const sections: Array<[string, string, Heads, number]> = query.data
    ? [
        ['b2b', t('gstB2b'), query.data.summary.b2b, countOf(query.data.json, 'b2b', 'inv')],
        ['b2cl', t('gstB2cl'), query.data.summary.b2cl, countOf(query.data.json, 'b2cl', 'inv')],
        ['b2cs', t('gstB2cs'), query.data.summary.b2cs, countOf(query.data.json, 'b2cs')],
        ['cdnr', t('gstCdnr'), query.data.summary.cdnr, countOf(query.data.json, 'cdnr', 'nt')],
        ['cdnur', t('gstCdnur'), query.data.summary.cdnur, countOf(query.data.json, 'cdnur')],
      ]
    : [];
  return (
    <ReportPage
      testId="gstr1"
      title={`GSTR-1 · ${periodOf(month)}`}
      sub={query.data ? `${formatDate(query.data.period.from)} – ${formatDate(query.data.period.to)}` : undefined}
      actions={
        <>
          <button type="button" className="primary" disabled={!query.data} onClick={() => query.data && downloadJson(query.data)}>
            <kbd>F9</kbd> {t('downloadJson')}
          </button>
        </>
      }
      filters={<MonthPicker value={month} onChange={setMonth} />}
    >
      <Loading query={query}>
        {() =>
          query.data && (
            <>
              <div className="table-scroll">
                <table className="report">
                  <thead>
                    <tr>
                      <th>{t('section')}</th>
                      <th className="num">{t('entries')}</th>
                      <th className="num">{t('taxable')}</th>
                      <th className="num">IGST</th>
                      <th className="num">CGST</th>
                      <th className="num">SGST</th>
                      <th className="num">{t('cess')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sections.map(([key, label, heads, count]) => (
                      <tr key={key}>
                        <td>
                          <strong>{key}</strong> <span className="hint">{label}</span>
                        </td>
                        <td className="num">{count}</td>
                        {HEADS.map((h) => (
                          <Amt key={h} paise={heads[h]} />
                        ))}
                      </tr>
                    ))}
                    <tr>
                      <td>
                        <strong>nil</strong> <span className="hint">{t('gstNil')}</span>
                      </td>
                      <td />
                      <Amt paise={query.data.summary.nilPaise} />
                      <td colSpan={4} />
                    </tr>
                  </tbody>
                  <tfoot>
                    <tr>
                      <td colSpan={7}>
                        doc_issue: {query.data.summary.documents} {t('documentsIssued')}, {query.data.summary.cancelled} {t('cancelled')}
                      </td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              <Issues issues={query.data.issues} />
              <HsnTable title={`HSN ${t('gstB2b')}`} rows={hsnRows(query.data.json, 'hsn_b2b')} />
              <HsnTable title={`HSN ${t('gstB2c')}`} rows={hsnRows(query.data.json, 'hsn_b2c')} />
              <details className="raw-json">
                <summary>{t('showJson')}</summary>
                <pre>{JSON.stringify(query.data.json, null, 2)}</pre>
              </details>
            </>
          )
        }
      </Loading>
    </ReportPage>
  );
}
