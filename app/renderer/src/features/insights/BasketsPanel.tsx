import { useQuery } from '@tanstack/react-query';
import type { Result } from '../../../../core/contract';
import { insightsQueries } from '../../api/insights';
import { useT } from '../../i18n/i18n';
import { Loading } from '../../ui/Loading';
import { Panel, PanelTable, type Column } from './Panel';

type Rule = Result<'insights.baskets'>['rules'][number];

const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;

/** "Often bought together": each rule beside its baseline, how often the second item is in a bill anyway. */
export function BasketsPanel() {
  const { t } = useT();
  const query = useQuery(insightsQueries.baskets());
  const columns: Array<Column<Rule>> = [
    { head: t('insWhenBought'), cell: (r) => r.items.join(' + ') },
    { head: t('insAlsoBought'), cell: (r) => r.then },
    { head: t('insChance'), cell: (r) => pct(r.confidenceBp), num: true },
    { head: t('insUsually'), cell: (r) => pct(r.baselineBp), num: true },
    { head: t('insLift'), cell: (r) => `${(r.liftPct / 100).toFixed(1)}×`, num: true },
    { head: t('billsCount'), cell: (r) => r.bills, num: true },
  ];
  return (
    <Loading query={query}>
      {() =>
        query.data && (
          <Panel title={t('insBaskets')} help={t('insBasketsHelp')} testId="insights-baskets">
            <PanelTable columns={columns} rows={query.data.rules} rowKey={(r) => `${r.items.join('+')}>${r.then}`} empty={t('insNoRules')} />
          </Panel>
        )
      }
    </Loading>
  );
}
