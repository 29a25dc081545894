import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { startOtp, verifyOtp } from '../../app/core/services/orders/otp';
import { placeOrder } from '../../app/core/services/orders/place';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * The delivery fee is billed through its own inactive product row: the goods reports leave it out
 * (top products, the dashboard's top and falling products) and profitability shows it as its own
 * "Delivery charges" group, so the sales total still agrees with Sales in the books.
 */
const ATTA = 'prod-demo-001'; // ₹285, 5%
let host: TestHost;
let owner: ApiClient;
let date = '';

beforeAll(async () => {
  host = makeTestHost();
  owner = await host.as('owner');
  const staff = await host.as('staff');
  await owner.call('orders.saveSettings', { deliveryFeePaise: 2500 });
  const phone = '9827011111';
  startOtp(host.deps, phone, '123456');
  const { order } = placeOrder(host.deps, {
    idempotencyKey: 'delivery-charges-report-0001',
    name: 'Meena',
    phone,
    phoneToken: verifyOtp(host.deps, phone, '123456'),
    fulfilment: 'delivery',
    address: '14 Nehru Nagar, Indore',
    slot: '',
    payment: 'cod',
    lang: 'en',
    lines: [{ productId: ATTA, qty: 2, pricePaise: 28500 }],
  });
  await staff.call('orders.move', { id: order.id, to: 'accepted' });
  const bill = await staff.call('orders.bill', { id: order.id, clientRef: `web-${order.id}` });
  date = (await staff.call('billing.getInvoice', { id: bill.invoiceId })).date;
});
afterAll(() => host?.dispose());

const cells = (m: { parts: Array<{ rows: Array<{ cells: unknown[] }> }> }) => (m.parts[0]?.rows ?? []).map((r) => r.cells);

describe('the delivery fee in the reports', () => {
  it('is not a product in top products, but is its own row in profitability (English and Hindi)', async () => {
    const top = await owner.call('reports.view', { report: 'topProducts', from: date, to: date });
    const names = cells(top).map((c) => c[0]);
    expect(names).toContain('Aashirvaad Atta 5kg');
    expect(names.some((n) => /Delivery/.test(String(n)))).toBe(false);
    const profit = await owner.call('reports.view', { report: 'profitability', from: date, to: date });
    // ₹25 at 5% tax included: taxable 2381 paise, no cost.
    expect(
      cells(profit)
        .find((c) => c[0] === 'Delivery charges')
        ?.slice(1, 4),
    ).toEqual([2381, 0, 2381]);
    const total = cells(profit).find((c) => c[0] === 'Total');
    // 2 × ₹285 at 5%: taxable 54286; with the fee the total is the bill's whole taxable value.
    expect(total?.[1]).toBe(54286 + 2381);
    const inHindi = await host.as('owner', 'test-device-owner-hi', 'hi');
    const byBrand = await inHindi.call('reports.view', { report: 'profitability', groupBy: 'brand', from: date, to: date });
    expect(cells(byBrand).find((c) => c[0] === 'डिलीवरी शुल्क')?.[1]).toBe(2381);
  });

  it('is not among the dashboard’s top products', async () => {
    const d = await owner.call('insights.dashboard', { period: 'day', date });
    expect(d.topProducts.map((p) => p.name)).toContain('Aashirvaad Atta 5kg');
    expect(d.topProducts.some((p) => p.name === 'Delivery charge')).toBe(false);
  });
});
