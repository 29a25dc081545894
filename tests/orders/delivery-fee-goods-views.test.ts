import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { expectApiError } from '../support/api-errors';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { chargeDelivery, deliveredOrder } from '../support/web-orders';
import { ATTA, COLA, PARLE as BISCUITS, SALT } from '../support/demo-catalog';

/**
 * The delivery fee's product row (`svc-delivery`) after delivered web orders, read through the
 * served host: every stock or goods view leaves it out, and the sales views that need it for their
 * totals show it as its own "Delivery charges" row. Counter bills of other goods sit beside the web
 * orders so the baskets have something to find (atta with salt) and the checks cannot pass empty.
 */
const FEE = 'svc-delivery';

let served: ServedHost;
let owner: ApiClient;
let manager: ApiClient;
let cashier: ApiClient;

/** Neither the fee's id nor its words anywhere in a reply. */
const clean = (reply: unknown) => {
  const text = JSON.stringify(reply);
  expect(text).not.toContain(FEE);
  expect(text).not.toMatch(/Delivery charge|डिलीवरी शुल्क/);
};

/** The orders are a day old when the reports are read: forecasting learns from the days before today. */
let dayOffset = -86_400_000;
const clock = { now: () => new Date(Date.now() + dayOffset) };

beforeAll(async () => {
  served = await serveTestHost({ clock });
  owner = await served.host.as('owner');
  manager = await served.host.as('manager');
  cashier = await served.host.as('staff');
  await chargeDelivery(owner);
  for (let i = 0; i < 6; i++) {
    await deliveredOrder(served.host, cashier, [
      { productId: ATTA, qty: 1, pricePaise: 28500 },
      { productId: SALT, qty: 1, pricePaise: 2800 },
    ]);
    const lines = [
      { productId: BISCUITS, qtyMilli: 1000 },
      { productId: COLA, qtyMilli: 1000 },
    ];
    const quote = await cashier.call('billing.quote', { lines });
    await cashier.call('billing.postInvoice', {
      clientRef: `goods-views-counter-${i}`,
      lines,
      tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }],
    });
  }
  const bills = await cashier.call('billing.listInvoices', {});
  expect(bills.filter((b) => b.payablePaise === 33800)).toHaveLength(6); // 285 + 28 + 25 each
  dayOffset = 0;
}, 120_000);
afterAll(() => served?.stop());

describe('the delivery fee kept out of goods', () => {
  it('is billed on every web order but has no stock, no lot and no value', async () => {
    const sold = served.host.store.raw.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM invoice_lines WHERE product_id = ?`).get(FEE);
    expect(sold?.n).toBe(6);
    const valuation = await manager.call('inventory.valuation', {});
    expect(valuation.products.some((p) => p.productId === ATTA)).toBe(true);
    clean(valuation);
    clean(await cashier.call('inventory.levels', {}));
    clean(await cashier.call('inventory.lowStock', {}));
    clean(await cashier.call('inventory.expiring', { withinDays: 3650 }));
    expect(await cashier.call('inventory.lots', { productId: FEE, includeEmpty: true })).toEqual([]);
    const to = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() + 330 * 60_000 - 2 * 86_400_000).toISOString().slice(0, 10);
    for (const report of ['stockValuation', 'stockAgeing', 'deadStock', 'topProducts'] as const)
      clean(await manager.call('reports.view', { report, from, to, days: 1 }));
    // Sales by category need the fee for their total: it is its own row, in the reader's words.
    const profit = JSON.stringify(await manager.call('reports.view', { report: 'profitability', from, to }));
    expect(profit).toContain('Delivery charges');
    expect(profit).not.toContain(FEE);
  });

  it('is never counted, adjusted, reordered or proposed for a purchase order', async () => {
    clean(await manager.call('purchasing.orderFromLowStock', {}));
    const take = await manager.call('inventory.openStockTake', { name: 'Whole shop' });
    const refused = await expectApiError(
      manager.call('inventory.recordCounts', { id: take.id, lines: [{ productId: FEE, countedMilli: 1000 }] }),
      'INVALID_INPUT',
    );
    expect(refused.message).toBe('The delivery charge has no stock: it cannot be counted or adjusted');
    await manager.call('inventory.recordCounts', { id: take.id, lines: [{ productId: ATTA, countedMilli: 1000 }] });
    clean(await manager.call('inventory.getStockTake', { id: take.id }));
    await expectApiError(manager.call('inventory.adjust', { lines: [{ productId: FEE, qtyMilli: 1000, reason: 'count' }] }), 'INVALID_INPUT');
    const moves = served.host.store.raw.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM stock_moves WHERE product_id = ?`).get(FEE);
    expect(moves?.n).toBe(0);
  });

  it('has no forecast, run-out or reorder suggestion', async () => {
    await owner.call('forecasting.run', {});
    await served.host.forecasts?.idle();
    const products = await manager.call('forecasting.products', { limit: 500 });
    expect(products.products.some((p) => p.productId === ATTA)).toBe(true);
    clean(products);
    clean(await manager.call('forecasting.reorder', {}));
    const notForecast = await expectApiError(manager.call('forecasting.chart', { productId: FEE }), 'INVALID_INPUT');
    expect(notForecast.key).toBe('forecasting.notForecast');
    clean(await manager.call('forecasting.chart', { productId: ATTA }));
  }, 300_000);

  it('is not in the insights: baskets pair goods with goods, repeats and prices are goods', async () => {
    await owner.call('insights.run', {});
    await served.host.insights?.idle();
    const baskets = await owner.call('insights.baskets', {});
    // the web orders' own pair is found, so the fee was in the same baskets and was left out
    expect(baskets.rules.some((r) => r.items.join() === 'Aashirvaad Atta 1kg' || r.then.includes('Atta'))).toBe(true);
    clean(baskets);
    clean(await owner.call('insights.customers', {}));
    clean(await owner.call('insights.prices', {}));
    clean(await owner.call('insights.alerts', {}));
    clean((await owner.call('insights.dashboard', {})).topProducts);
  }, 300_000);

  it('is never on sale: not in the counter’s search or barcode index, the catalog or its snapshot', async () => {
    clean(await cashier.call('catalog.search', { q: 'delivery', limit: 200 }));
    clean(await cashier.call('catalog.search', { q: 'डिलीवरी', limit: 200 }));
    clean(await cashier.call('catalog.search', { q: '', limit: 200 }));
    const index = await cashier.call('catalog.counterIndex', {});
    expect(index.length).toBeGreaterThan(10);
    clean(index);
    clean(await cashier.call('catalog.categories', {}));
    const snapshot = await fetch(`${served.http.url}/shop/snapshot.json`);
    expect(snapshot.status).toBe(200);
    const body = await snapshot.text();
    expect(body).toContain(ATTA);
    expect(body).not.toContain(FEE);
    // The row stays as billing made it: the owner cannot put it on sale.
    const kept = await expectApiError(owner.call('catalog.updateProduct', { id: FEE, active: true }), 'INVALID_INPUT');
    expect(kept.key).toBe('catalog.serviceChargeFixed');
    clean(await cashier.call('catalog.search', { q: 'delivery', limit: 200 }));
  });
});
