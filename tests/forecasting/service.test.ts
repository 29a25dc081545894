import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../app/core/contract';
import { CATALOGUE } from '../../app/core/i18n/catalogue';
import { panelFromLedger } from '../../app/core/forecasting/ledger';
import { ATTA, attaOn, DAYS, dateOf, FIRST_DAY, RETURN_DAY, SALT, SALT_BACK, SALT_OUT, SUPPLIER, shopWithHistory, type ShopWithHistory } from './shop-history';

let shop: ShopWithHistory;

beforeAll(async () => {
  shop = await shopWithHistory();
}, 120_000);
afterAll(() => shop?.host.dispose());

describe('demand history from the shop file', () => {
  it('nets returns on the bill’s day and censors the days salt was out of stock', () => {
    const ledger = shop.host.store.forecasting.history(FIRST_DAY, dateOf(DAYS - 1));
    const { panel, stockOutDays } = panelFromLedger(ledger);
    expect(panel.days).toBe(DAYS);
    const atta = panel.series.find((s) => s.id === ATTA);
    const salt = panel.series.find((s) => s.id === SALT);
    if (!atta || !salt) throw new Error('atta and salt must be in the history');
    // 5 extra on the return day, 2 of them back on a credit note dated two days later.
    expect(atta.units[RETURN_DAY]).toBe(attaOn(RETURN_DAY) + 3);
    expect(atta.units[RETURN_DAY + 2]).toBe(attaOn(RETURN_DAY + 2));
    expect([...atta.known].every((k) => k === 1)).toBe(true);
    // Salt: sold out on SALT_OUT (what sold is a floor, not demand), nothing on the shelf until the delivery.
    for (let i = SALT_OUT; i < SALT_BACK; i += 1) expect(salt.known[i], dateOf(i)).toBe(0);
    expect(salt.known[SALT_OUT - 1]).toBe(1);
    expect(salt.known[SALT_BACK]).toBe(1);
    expect(salt.units[SALT_BACK]).toBe(2);
    const outs = panel.series.flatMap((s) =>
      [...s.known].map((k, i) => (k === 0 && s.units.slice(0, i + 1).some((u) => u > 0) ? `${s.id}@${i}` : '')).filter(Boolean),
    );
    expect(outs).toEqual([20, 21, 22, 23].map((i) => `${SALT}@${i}`));
    expect(stockOutDays).toBe(SALT_BACK - SALT_OUT);
    // A product that never sold is in the ledger but has no known days.
    expect(panel.series.find((s) => s.id === 'prod-demo-010')?.known.some((k) => k === 1)).toBe(false);
    // Prices are paise per unit sold.
    expect(atta.price[0]).toBe(28500);
  });
});

describe('a forecasting run', () => {
  it('runs on the worker, stores forecasts, accuracy and models, and pushes progress', async () => {
    const events: string[] = [];
    const off = shop.host.events.subscribe((e) => {
      if (e.event === 'forecast.progress') events.push(e.payload.status);
    });
    const started = await shop.owner.call('forecasting.run', {});
    expect(started.started).toBe(true);
    const again = await shop.owner.call('forecasting.run', {});
    expect(again).toEqual({ runId: started.runId, started: false });
    const during = await shop.owner.call('forecasting.status', {});
    expect(during.running?.runId).toBe(started.runId);
    await shop.host.forecasts?.idle();
    off();
    expect(events[0]).toBe('running');
    expect(events.at(-1)).toBe('done');

    const status = await shop.owner.call('forecasting.status', {});
    expect(status.running).toBeNull();
    expect(status.latest?.id).toBe(started.runId);
    expect(status.latest?.origin).toBe(dateOf(DAYS));
    expect(status.latest?.summary.stockOutDays).toBe(SALT_BACK - SALT_OUT);
    const accuracy = status.latest?.summary.accuracy;
    expect(accuracy?.wape).toBeGreaterThanOrEqual(0);
    expect(accuracy?.naiveWape).toBeGreaterThanOrEqual(0);
    // The weekly pattern is exact here: the chosen forecasts miss by less than "same as last week" or equal it.
    expect(accuracy?.wape ?? 1).toBeLessThanOrEqual((accuracy?.naiveWape ?? 0) + 1e-9);
    const row = shop.host.store.raw.prepare<[string], { n: number }>('SELECT count(*) AS n FROM forecast_days WHERE run_id = ?').get(started.runId);
    expect(row?.n).toBe(2 * 28);

    const products = await shop.owner.call('forecasting.products', {});
    const atta = products.products.find((p) => p.productId === ATTA);
    expect(atta?.enoughHistory).toBe(true);
    // 2 a day on weekdays, 6 at weekends: 22 a week.
    expect(atta?.next7).toBeGreaterThan(22 * 0.8);
    expect(atta?.next7).toBeLessThan(22 * 1.2);

    const chart = await shop.owner.call('forecasting.chart', { productId: ATTA });
    const firstForecast = chart.days.findIndex((d) => d.point !== null);
    expect(chart.days[firstForecast]?.date).toBe(dateOf(DAYS));
    expect(chart.days.slice(0, firstForecast).every((d) => d.actual !== null)).toBe(true);
    const saturday = chart.days.find((d) => d.point !== null && new Date(`${d.date}T00:00:00Z`).getUTCDay() === 6);
    const tuesday = chart.days.find((d) => d.point !== null && new Date(`${d.date}T00:00:00Z`).getUTCDay() === 2);
    expect(saturday?.point ?? 0).toBeGreaterThan(tuesday?.point ?? 0);
    for (const d of chart.days.filter((x) => x.point !== null)) {
      expect(d.lower ?? -1).toBeLessThanOrEqual(d.point ?? 0);
      expect(d.upper ?? -1).toBeGreaterThanOrEqual(d.point ?? 0);
    }
    const category = await shop.owner.call('forecasting.chart', { category: atta?.category ?? '' });
    expect(category.days.some((d) => d.point !== null)).toBe(true);
  }, 180_000);

  it('refuses a chart with neither product nor category, with words in Hindi too', async () => {
    const e = await shop.owner.call('forecasting.chart', {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).key).toBe('forecasting.chartWhat');
    expect(CATALOGUE['forecasting.chartWhat'].hi).toMatch(/चार्ट/);
  });
});

describe('reorder from the forecasts', () => {
  it('suggests atta from its supplier in whole pieces and places the edited draft as a purchase order', async () => {
    await shop.owner.call('forecasting.setSupplierTerms', { supplierId: SUPPLIER, leadTimeDays: 3, reviewDays: 14 });
    const onHand = (await shop.owner.call('inventory.onHand', { productIds: [ATTA] }))[0]?.qtyMilli ?? 0;
    const reorder = await shop.owner.call('forecasting.reorder', {});
    const group = reorder.groups.find((g) => g.supplierId === SUPPLIER);
    expect(group?.leadTimeDays).toBe(3);
    const line = group?.lines.find((l) => l.productId === ATTA);
    if (!line) throw new Error(`atta should be suggested (on hand ${onHand / 1000})`);
    // 17 days of cover at ~22 a week is ~53 units plus safety stock, less what is on hand.
    expect(line.demandMilli).toBeGreaterThan(45_000);
    expect(line.demandMilli).toBeLessThan(62_000);
    expect(line.orderMilli % 1000).toBe(0);
    expect(line.orderMilli).toBeGreaterThanOrEqual(line.demandMilli + line.safetyMilli - onHand - 1000);

    const [draft] = await shop.owner.call('forecasting.makeDrafts', { supplierIds: [SUPPLIER] });
    if (!draft) throw new Error('a draft was expected');
    expect(draft.status).toBe('draft');
    const edited = await shop.owner.call('forecasting.setDraftLine', { draftId: draft.id, productId: ATTA, qtyMilli: 40_000 });
    expect(edited.lines.find((l) => l.productId === ATTA)?.qtyMilli).toBe(40_000);
    const half = await shop.owner.call('forecasting.setDraftLine', { draftId: draft.id, productId: ATTA, qtyMilli: 1500 }).catch((x: unknown) => x);
    expect((half as ApiError).code).toBe('INVALID_INPUT');

    const placed = await shop.owner.call('forecasting.placeDraft', { draftId: draft.id, notes: 'Before Saturday' });
    const po = await shop.owner.call('purchasing.getOrder', { id: placed.poId });
    expect(po.status).toBe('open');
    expect(po.supplier.id).toBe(SUPPLIER);
    expect(po.lines.find((l) => l.productId === ATTA)?.qtyMilli).toBe(40_000);
    const share = await shop.owner.call('purchasing.orderShare', { id: placed.poId });
    expect(share.whatsappUrl).toMatch(/^https:\/\/wa\.me\//);
    const drafts = await shop.owner.call('forecasting.drafts', {});
    expect(drafts.find((d) => d.id === draft.id)).toMatchObject({ status: 'ordered', poId: placed.poId });
    const twice = await shop.owner.call('forecasting.placeDraft', { draftId: draft.id }).catch((x: unknown) => x);
    expect((twice as ApiError).code).toBe('INVALID_INPUT');

    // What is now on order counts: the next suggestion for atta is smaller by the order.
    const after = await shop.owner.call('forecasting.reorder', {});
    const next = after.groups.find((g) => g.supplierId === SUPPLIER)?.lines.find((l) => l.productId === ATTA);
    expect(shop.host.store.forecasting.reorderFacts([ATTA])[0]?.onOrderMilli).toBe(40_000);
    if (next) expect(next.onOrderMilli).toBe(40_000);
    expect(next?.orderMilli ?? 0).toBeLessThan(line.orderMilli);
  });

  it('staff may not run forecasts', async () => {
    const e = await shop.staff.call('forecasting.run', {}).catch((x: unknown) => x);
    expect((e as ApiError).code).toBe('FORBIDDEN');
  });
});
