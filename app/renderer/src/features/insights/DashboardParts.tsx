import type { Result } from '../../../../core/contract';
import { formatQty } from '../../../../core/format';
import { useT } from '../../i18n/i18n';
import { openBills } from './open-bills';
import { Panel, PanelTable, type Column } from './Panel';

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
    <Panel title={t('paymentMix')} testId="payment-mix">
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
    </Panel>
  );
}

/** Top products of the period and those falling over the last four weeks; a row opens the bills. */
export function DashboardLists({ d, money }: { d: Dashboard; money: (v: number) => string }) {
  const { t, lang } = useT();
  const name = (p: { name: string; nameHi: string | null }) => (lang === 'hi' && p.nameHi ? p.nameHi : p.name);
  const { from, to } = d.current;
  const top: Array<Column<Dashboard['topProducts'][number]>> = [
    { head: t('item'), cell: name },
    { head: t('qty'), cell: (p) => formatQty(p.qtyMilli, 'pcs').replace(/\s*pcs$/, ''), num: true },
    { head: t('salesTrend'), cell: (p) => money(p.salesPaise), num: true },
    { head: t('margin'), cell: (p) => money(p.marginPaise), num: true },
  ];
  const falling: Array<Column<Dashboard['fallingProducts'][number]>> = [
    { head: t('item'), cell: name },
    { head: t('salesBefore'), cell: (p) => money(p.beforePaise), num: true },
    { head: t('now'), cell: (p) => money(p.nowPaise), num: true },
    { head: '%', cell: (p) => `${(p.changeBp / 100).toFixed(0)}%`, num: true, className: 'down' },
  ];
  return (
    <div className="dash-row">
      <Panel title={t('topProducts')}>
        <PanelTable columns={top} rows={d.topProducts} rowKey={(p) => p.productId} testId="top-products" onOpen={() => openBills(from, to)} />
      </Panel>
      <Panel title={t('fallingProducts')}>
        <PanelTable columns={falling} rows={d.fallingProducts} rowKey={(p) => p.productId} testId="falling-products" empty={t('noneFalling')} />
      </Panel>
    </div>
  );
}
