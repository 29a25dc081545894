import { DELIVERY_CHARGE } from '../../billing/service-charge';
import { api, type Params } from '../../contract';
import { fail, message } from '../../i18n/fail';
import { postInvoice } from '../billing/post-invoice';
import { priceCart } from '../billing/price-cart';
import { requirePermission } from '../guards';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import { viewOf } from './place';

/**
 * A web order becomes a counter bill. The price the customer saw stands (a manager's price, since it
 * is not today's list price) unless the counter's is lower; `counterPrices` bills at today's prices,
 * which a manager or the owner confirms. priceCart caps every price at the MRP. One order makes at
 * most one bill: its clientRef is the order's own.
 */
export function billOrder(deps: ServiceDeps, p: Params<'orders.bill'>, ctx: CallContext) {
  const order = deps.store.webOrders.byId(p.id);
  if (!order) fail('NOT_FOUND', 'orders.notFound');
  if (order.status !== 'accepted' && order.status !== 'packed' && !order.billNumber)
    fail('INVALID_INPUT', 'orders.billWhen', { number: order.number, status: order.status });
  const today = deps.store.catalog.saleProducts(order.lines.map((l) => l.productId));
  const lines = order.lines.map((l) => {
    const counter = today.get(l.productId)?.pricePaise;
    if (counter === undefined) fail('NOT_FOUND', 'orders.productGone');
    const changed = counter > l.pricePaise;
    if (changed && p.counterPrices) requirePermission(ctx, 'price.override', message('orders.ownerConfirms', { product: l.name }));
    return { productId: l.productId, qtyMilli: l.qty * 1000, ...(changed && !p.counterPrices ? { unitPricePaise: l.pricePaise } : {}) };
  });
  const clientRef = `web-${order.id}`.slice(0, 64);
  // The fee the customer was shown is billed as it stands: a service line taxed with the goods.
  const charges = order.feePaise > 0 ? [{ ...DELIVERY_CHARGE, amountPaise: order.feePaise }] : [];
  return deps.store.transaction(() => {
    if (charges.length > 0) deps.store.webOrders.ensureCharge(DELIVERY_CHARGE, deps.clock.now().toISOString());
    const quote = priceCart(deps, api['billing.quote'].params.parse({ lines }), ctx, undefined, charges);
    const tender = order.payment === 'upi' ? 'upi' : 'cash';
    const invoice = postInvoice(
      deps,
      api['billing.postInvoice'].params.parse({
        clientRef,
        lines,
        tenders: [{ method: tender, amountPaise: quote.bill.totals.payable, reference: order.number }],
      }),
      ctx,
      charges,
    );
    if (order.billNumber !== invoice.number) deps.store.webOrders.move(order.id, order.status, order.reason, deps.clock.now().toISOString(), invoice.number);
    const billed = deps.store.webOrders.byId(order.id) ?? order;
    return { order: viewOf(billed), invoiceId: invoice.id, invoiceNumber: invoice.number };
  });
}
