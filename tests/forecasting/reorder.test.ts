import { describe, expect, it } from 'vitest';
import { dailyVariance, normalCdf, runOutRisk, suggestReorder, type ReorderInput } from '../../app/core/forecasting/reorder';

/** 10 a day for 30 days, Poisson (variance 10 a day). */
const steady: Pick<ReorderInput, 'mean' | 'variance'> = { mean: new Float64Array(30).fill(10), variance: new Float64Array(30).fill(10) };

describe('reorder quantity, hand-worked', () => {
  it('lead time + review period, safety stock from the variance, rounded up to packs', () => {
    // Cover 3 + 7 = 10 days: demand 100, σ = √(10 × 10) = 10, z(95%) = 1.6449 → safety 16.449.
    // Target 116.449 − 20 on hand = 96.449 → 8.04 packs of 12 → 9 packs = 108.
    const s = suggestReorder({ ...steady, leadTimeDays: 3, reviewPeriodDays: 7, serviceLevel: 0.95, onHand: 20, onOrder: 0, packSize: 12 });
    expect(s.coverDays).toBe(10);
    expect(s.demand).toBe(100);
    expect(s.safetyStock).toBeCloseTo(16.449, 3);
    expect(s.shortfall).toBeCloseTo(96.449, 3);
    expect([s.packs, s.orderQty]).toEqual([9, 108]);
    expect(s.reasons).toEqual(['rounded-to-packs']);
  });

  it('stock already on order counts', () => {
    // 116.449 − 20 − 48 = 48.449 → 4.04 packs → 5 packs = 60.
    const s = suggestReorder({ ...steady, leadTimeDays: 3, reviewPeriodDays: 7, serviceLevel: 0.95, onHand: 20, onOrder: 48, packSize: 12 });
    expect(s.orderQty).toBe(60);
  });

  it('nothing to order when the shelf and the order already cover the target', () => {
    const s = suggestReorder({ ...steady, leadTimeDays: 3, reviewPeriodDays: 7, serviceLevel: 0.95, onHand: 80, onOrder: 40, packSize: 12 });
    expect([s.orderQty, s.reasons]).toEqual([0, ['enough-stock']]);
  });

  it('raised to the supplier’s minimum, in whole packs', () => {
    // Shortfall 116.449 − 110 = 6.449 → 1 pack; minimum 50 units → ⌈50/12⌉ = 5 packs = 60.
    const s = suggestReorder({ ...steady, leadTimeDays: 3, reviewPeriodDays: 7, serviceLevel: 0.95, onHand: 110, onOrder: 0, packSize: 12, minimumOrder: 50 });
    expect(s.orderQty).toBe(60);
    expect(s.reasons).toContain('raised-to-minimum');
  });

  it('capped by what sells before it expires (bread: 4 days on the shelf)', () => {
    // No uncertainty (variance 0): cover 1 + 7 = 8 days = 80; 5 on hand → 75 → 8 packs of 10.
    // The order lands on day 1; the 5 on hand are gone by then; days 1–4 sell 40 → at most 4 packs.
    const bread = { mean: new Float64Array(30).fill(10), variance: new Float64Array(30) };
    const s = suggestReorder({ ...bread, leadTimeDays: 1, reviewPeriodDays: 7, serviceLevel: 0.95, onHand: 5, onOrder: 0, packSize: 10, shelfLifeDays: 4 });
    expect(s.safetyStock).toBe(0);
    expect(s.shelfLifeCap).toBe(40);
    expect(s.orderQty).toBe(40);
    expect(s.reasons).toEqual(['rounded-to-packs', 'capped-by-shelf-life']);
    // Stock still on the shelf when the order lands sells first: 25 on hand leaves 15 → cap 25 → 2 packs.
    expect(
      suggestReorder({ ...bread, leadTimeDays: 1, reviewPeriodDays: 7, serviceLevel: 0.95, onHand: 25, onOrder: 0, packSize: 10, shelfLifeDays: 4 }).orderQty,
    ).toBe(20);
    // A minimum above what can sell in time: nothing, and why.
    const none = suggestReorder({
      ...bread,
      leadTimeDays: 1,
      reviewPeriodDays: 7,
      serviceLevel: 0.95,
      onHand: 5,
      onOrder: 0,
      packSize: 10,
      shelfLifeDays: 4,
      minimumOrder: 60,
    });
    expect([none.orderQty, none.reasons.at(-1)]).toEqual([0, 'minimum-exceeds-shelf-life']);
  });

  it('a forecast shorter than the cover is extended with its last week', () => {
    const s = suggestReorder({
      mean: [1, 1, 1, 1, 1, 1, 1, 8, 8, 8, 8, 8, 8, 8],
      variance: new Float64Array(14),
      leadTimeDays: 7,
      reviewPeriodDays: 14,
      serviceLevel: 0.9,
      onHand: 0,
      onOrder: 0,
      packSize: 1,
    });
    expect(s.demand).toBe(7 + 14 * 8);
    expect(s.reasons).toContain('forecast-extended');
  });

  it('refuses a pack of 0 and a service level of 100%', () => {
    expect(() => suggestReorder({ ...steady, leadTimeDays: 1, reviewPeriodDays: 1, serviceLevel: 0.95, onHand: 0, onOrder: 0, packSize: 0 })).toThrow(
      RangeError,
    );
    expect(() => suggestReorder({ ...steady, leadTimeDays: 1, reviewPeriodDays: 1, serviceLevel: 1, onHand: 0, onOrder: 0, packSize: 1 })).toThrow(RangeError);
  });
});

describe('will it run out before the next delivery?', () => {
  it('25 on the shelf, 10 a day, delivery in 3 days: out on day 2, with 82% chance', () => {
    // Demand before delivery: 30 (σ = √30 = 5.477); P(D > 25) = Φ(5 / 5.477) = Φ(0.9129) = 0.819.
    const r = runOutRisk({ ...steady, onHand: 25, onOrder: 0, leadTimeDays: 3 });
    expect(r).toEqual({ day: 2, beforeDelivery: true, probability: 0.819 });
  });

  it('an order arriving tomorrow carries it past the delivery', () => {
    // 45 from day 1: cumulative 10, 20, 30, 40, 50 → out on day 4; P(D > 45) = 1 − Φ(2.739) = 0.003.
    const r = runOutRisk({ ...steady, onHand: 25, onOrder: 20, onOrderArrivesDay: 1, leadTimeDays: 3 });
    expect(r).toEqual({ day: 4, beforeDelivery: false, probability: 0.003 });
  });

  it('variance from the forecast’s dispersion, and the normal CDF', () => {
    expect(Array.from(dailyVariance([2, 0], 4))).toEqual([2 + 4 / 4, 0]);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
  });
});
