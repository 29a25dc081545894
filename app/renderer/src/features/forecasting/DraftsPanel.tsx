import { useQuery } from '@tanstack/react-query';
import { formatDate, formatInr } from '../../../../core/format';
import { forecastingQueries, useDropDraftMutation, usePlaceDraftMutation, useSetDraftLineMutation } from '../../api/forecasting';
import { useShareOrderMutation } from '../../api/purchasing';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';
import { units } from './words';
import { ForecastTable } from './ForecastTable';

/**
 * Draft orders made from the reorder suggestions: the owner changes quantities, then places the
 * draft as a purchase order (numbered, in Purchasing) and sends it on WhatsApp.
 */
export function DraftsPanel() {
  const { t } = useT();
  const toast = useToast();
  const drafts = useQuery(forecastingQueries.drafts());
  const setLine = useSetDraftLineMutation();
  const place = usePlaceDraftMutation();
  const drop = useDropDraftMutation();
  const share = useShareOrderMutation();
  const list = drafts.data ?? [];
  if (drafts.isSuccess && list.length === 0) return <p>{t('fcNoDrafts')}</p>;
  return (
    <>
      {list.map((d) => (
        <section className="fc-card" key={d.id} data-testid="forecast-draft">
          <header className="fc-group-head">
            <h2>
              {d.supplierName} <span className="muted">{formatDate(d.createdAt.slice(0, 10))}</span>
            </h2>
          </header>
          <ForecastTable
            head={
              <>
                <th>{t('name')}</th>
                <th className="num">{t('fcSuggested')}</th>
                <th className="num">{t('fcOrder')}</th>
                <th className="num">{t('value')}</th>
              </>
            }
          >
            {d.lines.map((l) => (
              <tr key={l.productId}>
                <td>{l.name}</td>
                <td className="num">{units(l.suggestedMilli)}</td>
                <td className="num">
                  <input
                    className="fc-qty"
                    type="number"
                    min={0}
                    step={l.unit === 'kg' || l.unit === 'l' ? 0.001 : 1}
                    inputMode="decimal"
                    aria-label={`${t('fcOrder')}: ${l.name}`}
                    defaultValue={l.qtyMilli / 1000}
                    onBlur={(e) => {
                      const qtyMilli = Math.round(Number(e.target.value) * 1000);
                      if (Number.isFinite(qtyMilli) && qtyMilli !== l.qtyMilli) setLine.mutate({ draftId: d.id, productId: l.productId, qtyMilli });
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') e.currentTarget.blur();
                    }}
                  />{' '}
                  {l.unit}
                </td>
                <td className="num">{formatInr(Math.round((l.qtyMilli * l.unitCostPaise) / 1000))}</td>
              </tr>
            ))}
          </ForecastTable>
          <footer className="fc-group-foot">
            <span>
              {t('value')}: <strong>{formatInr(d.valuePaise)}</strong>
            </span>
            <button className="ghost" onClick={() => drop.mutate({ draftId: d.id })} disabled={drop.isPending}>
              {t('fcDrop')}
            </button>
            <button
              className="primary"
              disabled={place.isPending}
              data-testid="place-draft"
              onClick={() =>
                place.mutate(
                  { draftId: d.id },
                  {
                    onSuccess: (po) => {
                      toast('ok', t('fcPlaced', { number: po.number }));
                      share.mutate({ id: po.poId }, { onSuccess: (s) => window.open(s.whatsappUrl, '_blank', 'noopener') });
                    },
                  },
                )
              }
            >
              {t('fcPlace')} + {t('shareWhatsapp')}
            </button>
          </footer>
        </section>
      ))}
    </>
  );
}
