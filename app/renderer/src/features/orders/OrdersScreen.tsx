import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrderStatus, OrderView } from '../../../../core/contract/areas/orders';
import { formatInr, formatTime } from '../../../../core/format';
import { ordersQueries, useBillOrderMutation, useMoveOrderMutation, usePrintSlipMutation } from '../../api/orders';
import { useT } from '../../i18n/i18n';
import type { StringKey } from '../../i18n/i18n';
import { Dialog, PromptDialog } from '../../ui/Dialog';
import { useKeys } from '../../ui/keys';
import { Loading } from '../../ui/Loading';
import { CheckField } from '../../ui/fields';
import { useCatalogLink } from './catalog-link';

export const STATUS_WORD: Record<OrderStatus, StringKey> = {
  placed: 'ordPlaced',
  accepted: 'ordAccepted',
  packed: 'ordPacked',
  out: 'ordOut',
  ready: 'ordReady',
  delivered: 'ordDelivered',
  collected: 'ordCollected',
  cancelled: 'ordCancelled',
};

type Step = { to: 'accepted' | 'packed' | 'out' | 'ready' | 'delivered' | 'collected'; key: string; label: StringKey };

/** Where and when a delivery goes, with the slot in the screen's language as the customer chose it. */
function deliveryWords(o: OrderView, t: ReturnType<typeof useT>['t'], lang: string): string {
  if (o.fulfilment !== 'delivery') return t('ordPickup');
  const slot = lang === 'hi' ? o.slotLabelHi || o.slotLabel : o.slotLabel || o.slotLabelHi;
  return `${t('ordDelivery')}: ${o.address}${slot ? ` · ${t('ordSlot', { slot })}` : ''}`;
}

/** The next step an order can take at the counter, with its F-key. */
function nextStep(o: OrderView): Step | null {
  if (o.status === 'placed') return { to: 'accepted', key: 'F2', label: 'ordAccept' };
  if (o.status === 'accepted') return { to: 'packed', key: 'F3', label: 'ordMarkPacked' };
  if (o.status === 'packed')
    return o.fulfilment === 'delivery' ? { to: 'out', key: 'F4', label: 'ordMarkOut' } : { to: 'ready', key: 'F4', label: 'ordMarkReady' };
  if (o.status === 'out') return { to: 'delivered', key: 'F6', label: 'ordMarkDelivered' };
  if (o.status === 'ready') return { to: 'collected', key: 'F6', label: 'ordMarkCollected' };
  return null;
}

function PackingSlip({ order, onClose }: { order: OrderView; onClose: () => void }) {
  const { t, lang } = useT();
  const print = usePrintSlipMutation();
  const printed = print.data;
  return (
    <Dialog title={`${t('ordSlip')} · ${order.number}`} onClose={onClose}>
      <div className="packing-slip" data-testid="packing-slip">
        <p>
          <strong>{order.name}</strong> · {order.phone} · {deliveryWords(order, t, lang)}
        </p>
        <table className="report">
          <tbody>
            {order.lines.map((l) => (
              <tr key={l.productId}>
                <td>☐</td>
                <td>{lang === 'hi' && l.nameHi ? l.nameHi : l.name}</td>
                <td className="num">× {l.qty}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t('ordTotal')}: {formatInr(order.totalPaise)} · {order.payment === 'upi' ? t('ordUpi') : t('ordCod')}
        </p>
      </div>
      {printed && (
        <p role="status" className={printed.status === 'printed' ? 'ok' : 'error'}>
          {printed.status === 'printed'
            ? t('ordSlipPrinted')
            : printed.status === 'disabled'
              ? t('ordSlipNoPrinter')
              : t('ordSlipFailed', { error: printed.error ?? '' })}
        </p>
      )}
      <div className="actions wrap">
        <button className="primary" autoFocus disabled={print.isPending} onClick={() => print.mutate({ id: order.id })}>
          <kbd>Enter</kbd> {t('ordSlipThermal')}
        </button>
        <button onClick={() => window.print()}>{t('ordSlipPage')}</button>
      </div>
    </Dialog>
  );
}

/** Web orders: a new one rings and shows at the top; each moves on with one key or one tap. */
export function OrdersScreen() {
  const { t, lang } = useT();
  const [all, setAll] = useState(false);
  const link = useCatalogLink();
  const list = useQuery(all ? ordersQueries.all() : ordersQueries.open());
  const [picked, setPicked] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [slip, setSlip] = useState(false);
  const move = useMoveOrderMutation();
  const bill = useBillOrderMutation();
  const orders = list.data ?? [];
  const order = orders.find((o) => o.id === picked) ?? orders[0];
  const step = order ? nextStep(order) : null;
  const canBill = order && !order.billNumber && (order.status === 'accepted' || order.status === 'packed');
  const open = order && !['delivered', 'collected', 'cancelled'].includes(order.status);
  const go = (s: Step | null) => order && s && move.mutate({ id: order.id, to: s.to });
  const makeBill = (counterPrices = false) => order && canBill && bill.mutate({ id: order.id, clientRef: `web-${order.id}`.slice(0, 64), counterPrices });
  const pickBy = (d: number) => {
    const i = order ? orders.indexOf(order) : -1;
    const next = orders[Math.min(orders.length - 1, Math.max(0, i + d))];
    if (next) setPicked(next.id);
  };
  useKeys({
    ArrowDown: () => pickBy(1),
    ArrowUp: () => pickBy(-1),
    F2: () => order?.status === 'placed' && go(step),
    F3: () => order?.status === 'accepted' && go(step),
    F4: () => order?.status === 'packed' && go(step),
    F6: () => (order?.status === 'out' || order?.status === 'ready') && go(step),
    F8: () => makeBill(),
    F9: () => order && setSlip(true),
    F10: () => open && setCancelling(true),
  });
  return (
    <div className="orders-screen">
      <div className="toolbar">
        <h1>{t('navOrders')}</h1>
        <CheckField label={t('ordShowAll')} checked={all} onChange={setAll} />
        {link.shared && <p className="muted">{t('ordShopLink', { url: link.shared })}</p>}
      </div>
      <Loading query={list}>
        {() =>
          orders.length === 0 ? (
            <p className="muted">{t('ordNone')}</p>
          ) : (
            <div className="orders-split">
              <ul className="orders-list" role="listbox" aria-label={t('navOrders')}>
                {orders.map((o) => (
                  <li key={o.id} role="option" aria-selected={o === order} className={o === order ? 'active' : ''} onClick={() => setPicked(o.id)}>
                    <strong>{o.number}</strong> <span className={`tag ${o.status}`}>{t(STATUS_WORD[o.status])}</span>
                    <br />
                    {o.name} · {formatInr(o.totalPaise)} · {formatTime(o.createdAt)}
                  </li>
                ))}
              </ul>
              {order && (
                <section className="panel order-detail" aria-label={order.number} data-testid="order-detail" data-status={order.status}>
                  <h2>
                    {order.number} · {t(STATUS_WORD[order.status])}
                    {order.billNumber && <span className="tag"> {t('ordBilled', { number: order.billNumber })}</span>}
                  </h2>
                  <p>
                    {order.name} · <a href={`tel:${order.phone}`}>{order.phone}</a> · {deliveryWords(order, t, lang)} ·{' '}
                    {order.payment === 'upi' ? t('ordUpi') : t('ordCod')}
                  </p>
                  {order.reason && <p className="error">{order.reason}</p>}
                  <table className="report">
                    <tbody>
                      {order.lines.map((l) => (
                        <tr key={l.productId}>
                          <td>{lang === 'hi' && l.nameHi ? l.nameHi : l.name}</td>
                          <td className="num">× {l.qty}</td>
                          <td className="num">{formatInr(l.amountPaise)}</td>
                        </tr>
                      ))}
                      {order.feePaise > 0 && (
                        <tr>
                          <td colSpan={2}>{t('ordFee')}</td>
                          <td className="num">{formatInr(order.feePaise)}</td>
                        </tr>
                      )}
                      <tr className="total">
                        <td colSpan={2}>{t('ordTotal')}</td>
                        <td className="num">{formatInr(order.totalPaise)}</td>
                      </tr>
                    </tbody>
                  </table>
                  <div className="actions wrap">
                    {step && (
                      <button className="primary" disabled={move.isPending} onClick={() => go(step)}>
                        <kbd>{step.key}</kbd> {t(step.label)}
                      </button>
                    )}
                    {canBill && (
                      <button disabled={bill.isPending} onClick={() => makeBill()}>
                        <kbd>F8</kbd> {t('ordBill')}
                      </button>
                    )}
                    {canBill && (
                      <button className="ghost" disabled={bill.isPending} onClick={() => makeBill(true)}>
                        {t('ordBillToday')}
                      </button>
                    )}
                    <button onClick={() => setSlip(true)}>
                      <kbd>F9</kbd> {t('ordSlip')}
                    </button>
                    <a className="button" href={`https://wa.me/91${order.phone}`} target="_blank" rel="noreferrer">
                      {t('ordWhatsapp')}
                    </a>
                    {open && (
                      <button className="danger" onClick={() => setCancelling(true)}>
                        <kbd>F10</kbd> {order.status === 'placed' ? t('ordReject') : t('ordCancel')}
                      </button>
                    )}
                  </div>
                </section>
              )}
            </div>
          )
        }
      </Loading>
      {slip && order && <PackingSlip order={order} onClose={() => setSlip(false)} />}
      {cancelling && order && (
        <PromptDialog
          title={order.status === 'placed' ? t('ordReject') : t('ordCancel')}
          label={t('ordReason')}
          text
          onClose={() => setCancelling(false)}
          onSubmit={(reason) => move.mutate({ id: order.id, to: 'cancelled', reason }, { onSuccess: () => setCancelling(false) })}
        />
      )}
    </div>
  );
}
