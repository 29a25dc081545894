import { useQuery } from '@tanstack/react-query';
import { formatInr } from '../../../../core/format';
import { useUpdateProductMutation } from '../../api/catalog';
import { insightsQueries } from '../../api/insights';
import { useT } from '../../i18n/i18n';
import { Loading } from '../../ui/Loading';

/**
 * Price suggestions beside the price they start from; applying one goes through the catalogue's
 * own audited price change. A suggestion whose product's price has since changed shows as applied
 * when it now has the suggested price.
 */
export function PricesPanel() {
  const { t } = useT();
  const query = useQuery(insightsQueries.prices());
  const update = useUpdateProductMutation();
  const d = query.data;
  return (
    <Loading query={query}>
      {() =>
        d && (
          <section className="dash-panel" data-testid="insights-prices">
            <h2>{t('insPrices')}</h2>
            <p className="muted">{t('insPricesHelp')}</p>
            {d.suggestions.length === 0 ? (
              <p className="muted">{t('insNoPrices')}</p>
            ) : (
              <div className="table-scroll">
                <table className="grid">
                  <thead>
                    <tr>
                      <th>{t('insProduct')}</th>
                      <th>{t('insWhy')}</th>
                      <th className="num">{t('insPriceNow')}</th>
                      <th className="num">{t('insPriceSuggested')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {d.suggestions.map((s) => {
                      const suggested = s.suggestedPaise;
                      const applied = suggested !== null && s.nowPaise === suggested;
                      return (
                        <tr key={`${s.productId}-${s.rule}`} data-testid="price-suggestion">
                          <td>{s.name}</td>
                          <td>{s.text}</td>
                          <td className="num">{formatInr(s.nowPaise)}</td>
                          <td className="num">{suggested === null ? '—' : formatInr(suggested)}</td>
                          <td>
                            {suggested === null ? (
                              <span className="muted">{t('insNoteOnly')}</span>
                            ) : applied ? (
                              <span className="muted">{t('insApplied')}</span>
                            ) : (
                              <button
                                type="button"
                                className="primary"
                                disabled={update.isPending}
                                onClick={() => update.mutate({ id: s.productId, pricePaise: suggested }, { onSuccess: () => void query.refetch() })}
                              >
                                {t('insApply', { price: formatInr(suggested) })}
                              </button>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )
      }
    </Loading>
  );
}
