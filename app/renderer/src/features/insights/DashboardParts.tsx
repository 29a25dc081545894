import type { Result } from '../../../../core/contract';
import { formatQty } from '../../../../core/format';
import { useT } from '../../i18n/i18n';
import { openBills } from './open-bills';
import { onEnter } from '../../ui/keys';

type Dashboard = Result<'insights.dashboard'>;

/** How the period's bills were paid, as bars with their rupees and shares written out. */
export function PaymentMix({ d, money }: { d: Dashboard; money: (v: number) => string }) {
  const { t } = useT();
  const p = d.payments;
  const parts = [
    { label: t('payCash'), paise: p.cashPaise, cls: 'cash' },
    { label: t('payUpi'), paise: p.upiPaise, cls: 'upi' },
    { label: t('payCard'), paise: p.cardPaise, cls: 'card' },
    { label: t('payKhata'), paise: p.creditPaise, cls: 'khata' },
  ];
  const total = parts.reduce((s, x) => s + x.paise, 0);
  return (
    <section className="dash-panel" data-testid="payment-mix">
      <h2>{t('paymentMix')}</h2>
      {parts.map((x) => {
        const share = total ? ((x.paise * 100) / total).toFixed(1) : '0.0';
        return (
          <button type="button" key={x.cls} className="mix-row" onClick={() => openBills(d.current.from, d.current.to)}>
            <span className="mix-label">{x.label}</span>
            <span className="mix-bar" aria-hidden="true">
              <i className={x.cls} style={{ width: `${share}%` }} />
            </span>
            <span className="mix-figure">{`${money(x.paise)} · ${share}%`}</span>
          </button>
        );
      })}
    </section>
  );
}

/** Top products of the period and those falling over the last four weeks; a row opens the bills. */
export function DashboardLists({ d, money }: { d: Dashboard; money: (v: number) => string }) {
  const { t, lang } = useT();
  const name = (p: { name: string; nameHi: string | null }) => (lang === 'hi' && p.nameHi ? p.nameHi : p.name);
  const { from, to } = d.current;
  return (
    <div className="dash-row">
      <section className="dash-panel">
        <h2>{t('topProducts')}</h2>
        <div className="table-scroll">
          <table className="grid" data-testid="top-products">
            <thead>
              <tr>
                <th>{t('item')}</th>
                <th className="num">{t('qty')}</th>
                <th className="num">{t('salesTrend')}</th>
                <th className="num">{t('margin')}</th>
              </tr>
            </thead>
            <tbody>
              {d.topProducts.map((p) => (
                <tr key={p.productId} className="drill" tabIndex={0} onClick={() => openBills(from, to)} onKeyDown={onEnter(() => openBills(from, to))}>
                  <td>{name(p)}</td>
                  <td className="num">{formatQty(p.qtyMilli, 'pcs').replace(/\s*pcs$/, '')}</td>
                  <td className="num">{money(p.salesPaise)}</td>
                  <td className="num">{money(p.marginPaise)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="dash-panel">
        <h2>{t('fallingProducts')}</h2>
        {d.fallingProducts.length === 0 ? (
          <p className="muted">{t('noneFalling')}</p>
        ) : (
          <div className="table-scroll">
            <table className="grid" data-testid="falling-products">
              <thead>
                <tr>
                  <th>{t('item')}</th>
                  <th className="num">{t('salesBefore')}</th>
                  <th className="num">{t('now')}</th>
                  <th className="num">%</th>
                </tr>
              </thead>
              <tbody>
                {d.fallingProducts.map((p) => (
                  <tr key={p.productId}>
                    <td>{name(p)}</td>
                    <td className="num">{money(p.beforePaise)}</td>
                    <td className="num">{money(p.nowPaise)}</td>
                    <td className="num down">{(p.changeBp / 100).toFixed(0)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
