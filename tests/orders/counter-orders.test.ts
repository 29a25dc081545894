import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import type { OrderIn } from '../../app/core/contract/areas/orders';
import { catalogSnapshot } from '../../app/core/services/orders/settings';
import { hostWithClients, type TestHost } from '../support/test-host';
import { placeWebOrder } from '../support/web-orders';
import { ATTA } from '../support/demo-catalog';

let host: TestHost;
let cashier: ApiClient;
let owner: ApiClient;

beforeAll(async () => ({ host, cashier, owner } = await hostWithClients({ cashier: 'staff', owner: 'owner' })));
afterAll(() => host?.dispose());

/** A pickup order for that much atta at ₹285, paid on collection unless `over` says otherwise. */
const place = (qty: number, over: Partial<OrderIn> = {}) =>
  placeWebOrder(host, { fulfilment: 'pickup', address: '', slot: '', lines: [{ productId: ATTA, qty, pricePaise: 28500 }], ...over });

const stockOf = (id: string) => catalogSnapshot(host.deps).products.find((p) => p.id === id);
const onHand = () => host.store.stock.onHand([ATTA])[0]?.qtyMilli ?? 0;

describe('web orders at the counter', () => {
  it('accepting holds stock from the catalog and from other orders; cancelling lets it go', async () => {
    const big = place(28);
    const other = place(3);
    expect((await cashier.call('orders.list', {})).map((o) => o.number)).toEqual([other.number, big.number]);
    await cashier.call('orders.move', { id: big.id, to: 'accepted' });
    expect(stockOf(ATTA)?.s).toBe('few');
    expect(() => place(3)).toThrow('Quantity: only 2 of Aashirvaad Atta 5kg left');
    await expect(cashier.call('orders.move', { id: other.id, to: 'accepted' })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    await expect(cashier.call('orders.move', { id: big.id, to: 'cancelled' })).rejects.toMatchObject({ key: 'orders.reasonNeeded' });
    const cancelled = await cashier.call('orders.move', { id: big.id, to: 'cancelled', reason: 'Customer called to cancel' });
    expect(cancelled).toMatchObject({ status: 'cancelled', reason: 'Customer called to cancel' });
    expect(stockOf(ATTA)?.s).toBe('in');
    await cashier.call('orders.move', { id: other.id, to: 'accepted' });
    await expect(cashier.call('orders.move', { id: big.id, to: 'accepted' })).rejects.toMatchObject({ key: 'orders.cannotMove' });
  });

  it('bills an accepted order once, at the price the customer saw, taking the stock', async () => {
    const order = place(2, { payment: 'upi' });
    await expect(cashier.call('orders.bill', { id: order.id, clientRef: 'web-bill-test-1' })).rejects.toMatchObject({ key: 'orders.billWhen' });
    await cashier.call('orders.move', { id: order.id, to: 'accepted' });
    await cashier.call('orders.move', { id: order.id, to: 'packed' });
    const before = onHand();
    const billed = await cashier.call('orders.bill', { id: order.id, clientRef: 'web-bill-test-1' });
    expect(billed.order.billNumber).toBe(billed.invoiceNumber);
    const invoice = await cashier.call('billing.getInvoice', { id: billed.invoiceId });
    expect(invoice.totals.payablePaise).toBe(57000);
    expect(invoice.payments.map((t) => t.method)).toEqual(['upi']);
    expect(onHand()).toBe(before - 2000);
    const again = await cashier.call('orders.bill', { id: order.id, clientRef: 'web-bill-test-2' });
    expect(again.invoiceId).toBe(billed.invoiceId);
    expect(onHand()).toBe(before - 2000);
    await cashier.call('orders.move', { id: order.id, to: 'ready' });
    expect((await cashier.call('orders.move', { id: order.id, to: 'collected' })).status).toBe('collected');
  });

  it('a price raised since the order: the customer’s price stands; today’s price needs a manager', async () => {
    const order = place(1);
    await cashier.call('orders.move', { id: order.id, to: 'accepted' });
    await owner.call('catalog.updateProduct', { id: ATTA, pricePaise: 29500 });
    await expect(cashier.call('orders.bill', { id: order.id, clientRef: 'web-bill-test-3', counterPrices: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cashier.call('orders.bill', { id: order.id, clientRef: 'web-bill-test-3' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const billed = await owner.call('orders.bill', { id: order.id, clientRef: 'web-bill-test-3' });
    expect((await owner.call('billing.getInvoice', { id: billed.invoiceId })).totals.payablePaise).toBe(28500);
  });

  it('Settings → Web shop are the owner’s, and the catalog shows them', async () => {
    await expect(cashier.call('orders.saveSettings', { minOrderPaise: 5000 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const saved = await owner.call('orders.saveSettings', { minOrderPaise: 5000, hours: '7:00–22:00' });
    expect(saved).toMatchObject({ minOrderPaise: 5000, hours: '7:00–22:00', delivery: true });
    expect(catalogSnapshot(host.deps).shop.settings.hours).toBe('7:00–22:00');
  });
});
