import type { ApiClient } from '../../app/core/contract';
import type { OrderIn } from '../../app/core/contract/areas/orders';
import { startOtp, verifyOtp } from '../../app/core/services/orders/otp';
import { placeOrder } from '../../app/core/services/orders/place';
import type { StoredOrder } from '../../app/core/services/orders/ports';
import { makeTestHost, type TestHost } from './test-host';

let placed = 0;

/**
 * A web order placed as the catalog places it: an OTP-verified phone, a key, a phone and an
 * address of its own (so the per-phone and per-address limits never refuse it), for delivery in
 * `slot-1` and paid on delivery unless `order` says otherwise.
 */
export function placeWebOrder(host: TestHost, order: Partial<OrderIn> & Pick<OrderIn, 'lines'>): StoredOrder {
  placed += 1;
  const phone = `98271${String(10000 + placed)}`;
  startOtp(host.deps, phone, '123456');
  return placeOrder(host.deps, {
    idempotencyKey: `web-order-${String(placed).padStart(12, '0')}`,
    name: 'Meena',
    phone,
    phoneToken: verifyOtp(host.deps, phone, '123456'),
    fulfilment: 'delivery',
    address: `${placed} Nehru Nagar, Indore`,
    slot: 'slot-1',
    payment: 'cod',
    lang: 'en',
    ...order,
  }).order;
}

/** A web order for delivery (placeWebOrder), accepted, billed at the counter and taken to `until` (delivered by default). */
export async function deliveredOrder(
  host: TestHost,
  cashier: ApiClient,
  lines: OrderIn['lines'],
  until: 'accepted' | 'delivered' = 'delivered',
): Promise<{ order: StoredOrder; orderId: string; invoiceId: string; invoiceNumber: string }> {
  const order = placeWebOrder(host, { lines });
  await cashier.call('orders.move', { id: order.id, to: 'accepted' });
  const bill = await cashier.call('orders.bill', { id: order.id, clientRef: `web-${order.id}` });
  if (until === 'delivered') for (const to of ['packed', 'out', 'delivered'] as const) await cashier.call('orders.move', { id: order.id, to });
  return { order, orderId: order.id, invoiceId: bill.invoiceId, invoiceNumber: bill.invoiceNumber };
}

/** The shop takes delivery orders with a ₹25 fee and one slot (`slot-1`). */
export async function chargeDelivery(owner: ApiClient, feePaise = 2500): Promise<void> {
  await owner.call('orders.saveSettings', {
    deliveryFeePaise: feePaise,
    slots: [{ id: 'slot-1', label: 'Today 5–7 pm', labelHi: 'आज शाम 5–7' }],
  });
}

/** A test shop that delivers with the ₹25 fee, and its cashier and manager signed in. */
export async function deliveryShop(): Promise<{ host: TestHost; cashier: ApiClient; manager: ApiClient }> {
  const host = makeTestHost();
  const cashier = await host.as('staff');
  const manager = await host.as('manager');
  await chargeDelivery(await host.as('owner'));
  return { host, cashier, manager };
}
