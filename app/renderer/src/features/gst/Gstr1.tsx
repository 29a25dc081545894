import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../../../../core/contract';
import { saveBlob } from '../../api/files';
import { gstQueries } from '../../api/gst';
import { useT } from '../../i18n/i18n';
import { useKeys } from '../../ui/keys';
import { ReportScreen } from '../../ui/report/ReportScreen';
import { MonthPicker, monthOf, monthTitle, periodOf } from './MonthPicker';

/** Saves the return as the portal's offline tool expects: returns_<fp>_R1_<gstin>.json. */
function downloadJson(data: Result<'gst.gstr1'>) {
  const { json } = data;
  saveBlob(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `returns_${json.fp}_R1_${json.gstin || 'gstin'}.json`);
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

/**
 * GSTR-1 for a month: each section's totals and the HSN summary (the report model, as the
 * exports), the validation report, and the portal JSON to upload (F9).
 */
export function Gstr1() {
  const { t, lang } = useT();
  const [month, setMonth] = useState(monthOf);
  const period = periodOf(month);
  const query = useQuery(gstQueries.gstr1({ period }));
  useKeys({ F9: () => query.data && downloadJson(query.data) });
  return (
    <ReportScreen
      testId="gstr1"
      title={`GSTR-1 · ${monthTitle(month, lang)}`}
      params={{ report: 'gstr1', period }}
      actions={
        <button type="button" className="primary" disabled={!query.data} onClick={() => query.data && downloadJson(query.data)}>
          <kbd>F9</kbd> {t('downloadJson')}
        </button>
      }
      filters={<MonthPicker value={month} onChange={setMonth} />}
    >
      {query.data && (
        <>
          <Issues issues={query.data.issues} />
          <details className="raw-json">
            <summary>{t('showJson')}</summary>
            <pre>{JSON.stringify(query.data.json, null, 2)}</pre>
          </details>
        </>
      )}
    </ReportScreen>
  );
}
