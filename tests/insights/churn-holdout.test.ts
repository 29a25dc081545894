import { describe, expect, it } from 'vitest';
import { measureChurn } from '../../app/core/insights/churn/holdout';
import { customerHistories } from '../../app/core/insights/customers/history';
import { dayNumber } from '../../app/core/insights/ist';
import { simulateShop } from '../../app/core/insights/simulate/shop';

/** The churn score's check on the shop's own last horizon, against days-since-last-visit alone. */
describe('churn measured out of time in the shop', () => {
  it('needs 30 customers known at the origin', () => {
    const few = simulateShop({ seed: 3, days: 200, billsPerDay: 20, products: 50, customers: 12, inject: false }).history;
    const last = Math.max(...few.bills.map((b) => dayNumber(b.at)));
    expect(measureChurn(customerHistories(few.bills, last), last, 60)).toBeNull();
  });

  it('scores a simulated year and beats recency alone on AUC', () => {
    const shop = simulateShop({ seed: 7, days: 365, billsPerDay: 120, products: 200, customers: 600, inject: false }).history;
    const last = Math.max(...shop.bills.map((b) => dayNumber(b.at)));
    const m = measureChurn(customerHistories(shop.bills, last), last, 60);
    if (!m) throw new Error('no measure');
    expect(m.originDay).toBe(last - 60);
    expect(m.method).toBe('logistic');
    expect(m.customers).toBeGreaterThan(100);
    expect(m.cameBackBp).toBeGreaterThan(0);
    expect(m.cameBackBp).toBeLessThan(10_000);
    expect(m.aucBp).toBeGreaterThan(5_000);
    expect(m.aucBp).toBeGreaterThanOrEqual(m.baselineAucBp);
    expect(m.liftPct).toBeGreaterThan(100);
  });
});
