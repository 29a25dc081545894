import { useQuery } from '@tanstack/react-query';
import type { Result } from '../../../../core/contract';
import { formatInr } from '../../../../core/format';
import { insightsQueries } from '../../api/insights';
import { useT, type StringKey } from '../../i18n/i18n';
import { Loading } from '../../ui/Loading';
import { Panel, PanelTable } from './Panel';

type Customers = Result<'insights.customers'>;
type Segment = Customers['segments'][number]['segment'];

const SEGMENT_WORDS: Record<Segment, StringKey> = {
  champions: 'seg_champions',
  loyal: 'seg_loyal',
  potential_loyal: 'seg_potential_loyal',
  new: 'seg_new',
  promising: 'seg_promising',
  needs_attention: 'seg_needs_attention',
  cant_lose: 'seg_cant_lose',
  at_risk: 'seg_at_risk',
  about_to_sleep: 'seg_about_to_sleep',
  hibernating: 'seg_hibernating',
  lost: 'seg_lost',
};
const segmentWord = (s: Segment) => SEGMENT_WORDS[s];
const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;
/** wa.me wants the number with its country code and digits only; an Indian mobile is 10 digits. */
const waLink = (phone: string, text: string) => {
  const digits = phone.replace(/\D/g, '');
  const to = digits.length === 10 ? `91${digits}` : digits;
  return `https://wa.me/${to}?text=${encodeURIComponent(text)}`;
};

function PeopleList({ title, rows, message, testId }: { title: string; rows: Customers['remind']; message: (name: string) => string; testId: string }) {
  const { t } = useT();
  return (
    <Panel title={title} testId={testId}>
      {rows.length === 0 && <p className="muted">{t('insNobody')}</p>}
      <ul className="insight-list">
        {rows.map((r) => (
          <li key={r.customerId}>
            <p>{r.text}</p>
            {r.phone && (
              <a className="button" href={waLink(r.phone, message(r.name))} target="_blank" rel="noreferrer">
                {`${t('insShare')} · ${r.name}`}
              </a>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function Churn({ churn }: { churn: Customers['churn'] }) {
  const { t } = useT();
  const m = churn.measure;
  return (
    <Panel title={t('insChurn', { days: churn.horizonDays })} testId="insights-churn">
      <p className="muted" data-testid="churn-measure">
        {m
          ? t('insChurnMeasure', {
              days: churn.horizonDays,
              customers: m.customers,
              back: (m.cameBackBp / 100).toFixed(0),
              auc: (m.aucBp / 10_000).toFixed(2),
              baseAuc: (m.baselineAucBp / 10_000).toFixed(2),
              lift: (m.liftPct / 100).toFixed(2),
              baseLift: (m.baselineLiftPct / 100).toFixed(2),
            })
          : t('insChurnUnmeasured')}
      </p>
      <PanelTable
        short
        columns={[
          { head: t('insCustomer'), cell: (r) => r.name },
          { head: t('insRisk'), cell: (r) => pct(r.riskBp), num: true },
          { head: t('insDaysSince'), cell: (r) => r.daysSinceLast, num: true },
        ]}
        rows={churn.rows}
        rowKey={(r) => r.customerId}
      />
    </Panel>
  );
}

/** Customer groups, the top customers with their scores, who to remind and thank, and churn risk. */
export function CustomersPanel() {
  const { t } = useT();
  const query = useQuery(insightsQueries.customers());
  const d = query.data;
  return (
    <Loading query={query}>
      {() =>
        d && (
          <div className="dashboard">
            <Panel title={t('insSegments')} testId="insights-segments">
              <div className="figure-grid">
                {d.segments.map((s) => (
                  <div key={s.segment} className="figure-card">
                    <span className="figure-label">{t(segmentWord(s.segment))}</span>
                    <strong className="figure-value">{s.customers.toLocaleString('en-IN')}</strong>
                  </div>
                ))}
              </div>
            </Panel>
            <div className="dash-row">
              <PeopleList title={t('insRemind')} rows={d.remind} message={(name) => t('insRemindText', { name })} testId="insights-remind" />
              <PeopleList title={t('insThank')} rows={d.thank} message={(name) => t('insThankText', { name })} testId="insights-thank" />
            </div>
            <Churn churn={d.churn} />
            <Panel title={t('insTopCustomers')}>
              <PanelTable
                short
                testId="insights-top"
                columns={[
                  { head: t('insCustomer'), cell: (c) => c.name },
                  { head: t('insSegment'), cell: (c) => t(segmentWord(c.segment)) },
                  { head: t('insScores'), cell: (c) => `${c.r} · ${c.f} · ${c.m}`, num: true },
                  { head: t('insVisits'), cell: (c) => c.visits, num: true },
                  { head: t('insSpent'), cell: (c) => formatInr(c.spentPaise), num: true },
                ]}
                rows={d.top}
                rowKey={(c) => c.customerId}
              />
            </Panel>
          </div>
        )
      }
    </Loading>
  );
}
