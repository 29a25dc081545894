import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';
import { chargeDelivery, deliveredOrder } from '../support/web-orders';

/**
 * The delivery fee is billed through its own inactive product row: the goods reports leave it out
 * (top products, the dashboard's top and falling products) and profitability shows it as its own
 * "Delivery charges" group, so the sales total still agrees with Sales in the books.
 */
const ATTA = 'prod-demo-001'; // ₹285, 5%
let host: TestHost;
let owner: ApiClient;
let staff: ApiClient;
let date = '';

beforeAll(async () => {
  ({ host, owner, staff } = await hostWithClients({ owner: 'owner', staff: 'staff' }));
  await chargeDelivery(owner);
  const { invoiceId } = await deliveredOrder(host, staff, [{ productId: ATTA, qty: 2, pricePaise: 28500 }], 'accepted');
  date = (await staff.call('billing.getInvoice', { id: invoiceId })).date;
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
