import { useQuery } from '@tanstack/react-query';
import { formatDate, formatInr } from '../../../../core/format';
import { forecastingQueries, useMakeDraftsMutation, useSetSupplierTermsMutation } from '../../api/forecasting';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';
import { reasonWord, units } from './words';
import { ForecastTable } from './ForecastTable';

/** What to order from whom and why, the products that will run out first, and a draft order per supplier. */
export function ReorderPanel({ onDrafts }: { onDrafts: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const reorder = useQuery(forecastingQueries.reorder());
  const make = useMakeDraftsMutation();
  const terms = useSetSupplierTermsMutation();
  const data = reorder.data;
  if (!data) return null;
  return (
    <>
      {data.alerts.length > 0 && (
        <section className="fc-card fc-alerts" role="alert" data-testid="forecast-alerts">
          <h2>{t('fcRunOut')}</h2>
          <ul>
            {data.alerts.map((a) => (
              <li key={a.productId}>
                {t('fcRunOutLine', { name: a.name, date: formatDate(a.runOutDate), delivery: formatDate(a.deliveryDate), pct: Math.round(a.chance * 100) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="muted">{t('fcServiceLevel')}</p>
      {data.groups.length === 0 && <p>{t('fcNothingToReorder')}</p>}
      {data.groups.map((g) => {
        const value = g.lines.reduce((sum, l) => sum + Math.round((l.orderMilli * l.unitCostPaise) / 1000), 0);
        return (
          <section className="fc-card" key={g.supplierId ?? 'none'} data-testid="reorder-group">
            <header className="fc-group-head">
              <h2>{g.supplierId ? g.supplierName : t('fcNoSupplier')}</h2>
              {g.supplierId && (
                <form
                  className="fc-terms"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const f = new FormData(e.currentTarget);
                    terms.mutate(
                      { supplierId: g.supplierId ?? '', leadTimeDays: Number(f.get('lead')), reviewDays: Number(f.get('review')) },
                      { onSuccess: () => toast('ok', t('saved')) },
                    );
                  }}
                >
                  <label className="field">
                    <span>{t('fcLeadTime')}</span>
                    <input name="lead" type="number" min={0} max={90} defaultValue={g.leadTimeDays} inputMode="numeric" />
                  </label>
                  <label className="field">
                    <span>{t('fcReview')}</span>
                    <input name="review" type="number" min={1} max={90} defaultValue={g.reviewDays} inputMode="numeric" />
                  </label>
                  <button type="submit" className="small">
                    {t('save')}
                  </button>
                </form>
              )}
            </header>
            <ForecastTable
              head={
                <>
                  <th>{t('name')}</th>
                  <th className="num">{t('fcOnHand')}</th>
                  <th className="num">{t('fcOnOrder')}</th>
                  <th className="num">{t('fcDemand')}</th>
                  <th className="num">{t('fcSafety')}</th>
                  <th className="num">{t('fcOrder')}</th>
                  <th>{t('fcWhy')}</th>
                </>
              }
            >
              {g.lines.map((l) => (
                <tr key={l.productId} className={l.runOutBeforeDelivery ? 'fc-loss' : undefined}>
                  <td>{l.name}</td>
                  <td className="num">{units(l.onHandMilli)}</td>
                  <td className="num">{units(l.onOrderMilli)}</td>
                  <td className="num">{units(l.demandMilli)}</td>
                  <td className="num">{units(l.safetyMilli)}</td>
                  <td className="num">
                    <strong>{units(l.orderMilli)}</strong> {l.unit}
                  </td>
                  <td>
                    {[
                      ...(l.runOutDate ? [t(l.runOutBeforeDelivery ? 'fcRunsOutFirst' : 'fcRunsOutOn', { date: formatDate(l.runOutDate) })] : []),
                      ...l.reasons.flatMap((r) => {
                        const w = reasonWord(r);
                        return w ? [t(w)] : [];
                      }),
                    ].join('; ')}
                  </td>
                </tr>
              ))}
            </ForecastTable>
            {g.supplierId && (
              <footer className="fc-group-foot">
                <span>
                  {t('value')}: {formatInr(value)}
                </span>
                <button
                  className="primary"
                  disabled={make.isPending || value === 0}
                  onClick={() => make.mutate({ supplierIds: [g.supplierId ?? ''] }, { onSuccess: () => (toast('ok', t('fcDraftMade')), onDrafts()) })}
                  data-testid="make-draft"
                >
                  {t('fcMakeDraft')}
                </button>
              </footer>
            )}
          </section>
        );
      })}
    </>
  );
}
