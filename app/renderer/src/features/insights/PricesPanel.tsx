import { useQuery } from '@tanstack/react-query';
import type { Result } from '../../../../core/contract';
import { formatInr } from '../../../../core/format';
import { useUpdateProductMutation } from '../../api/catalog';
import { insightsQueries } from '../../api/insights';
import { useT } from '../../i18n/i18n';
import { Loading } from '../../ui/Loading';
import { Panel, PanelTable, type Column } from './Panel';

type Suggestion = Result<'insights.prices'>['suggestions'][number];

/**
 * Price suggestions beside the price they start from; applying one goes through the catalogue's
 * own audited price change. A suggestion whose product's price has since changed shows as applied
 * when it now has the suggested price.
 */
export function PricesPanel() {
  const { t } = useT();
  const query = useQuery(insightsQueries.prices());
  const update = useUpdateProductMutation();
  const action = (s: Suggestion) => {
    const suggested = s.suggestedPaise;
    if (suggested === null) return <span className="muted">{t('insNoteOnly')}</span>;
    if (s.nowPaise === suggested) return <span className="muted">{t('insApplied')}</span>;
    return (
      <button
        type="button"
        className="primary"
        disabled={update.isPending}
        onClick={() => update.mutate({ id: s.productId, pricePaise: suggested }, { onSuccess: () => void query.refetch() })}
      >
        {t('insApply', { price: formatInr(suggested) })}
      </button>
    );
  };
  const columns: Array<Column<Suggestion>> = [
    { head: t('insProduct'), cell: (s) => s.name },
    { head: t('insWhy'), cell: (s) => s.text },
    { head: t('insPriceNow'), cell: (s) => formatInr(s.nowPaise), num: true },
    { head: t('insPriceSuggested'), cell: (s) => (s.suggestedPaise === null ? '—' : formatInr(s.suggestedPaise)), num: true },
    { head: '', cell: action },
  ];
  return (
    <Loading query={query}>
      {() =>
        query.data && (
          <Panel title={t('insPrices')} help={t('insPricesHelp')} testId="insights-prices">
            <PanelTable
              columns={columns}
              rows={query.data.suggestions}
              rowKey={(s) => `${s.productId}-${s.rule}`}
              rowTestId="price-suggestion"
              empty={t('insNoPrices')}
            />
          </Panel>
        )
      }
    </Loading>
  );
}
