import { describe, expect, it } from 'vitest';
import { detectAnomalies } from '../../app/core/insights/anomalies/index';
import { runInsights } from '../../app/core/insights/job';
import { dayNumber } from '../../app/core/insights/ist';
import { renderMessage } from '../../app/core/insights/messages/render';
import { simulateShop } from '../../app/core/insights/simulate/shop';
import { ALERT_TYPES, BOOSTED_RATES, evaluateAnomalies } from '../../scripts/insights/anomaly-eval';
import { bill, emptyHistory, findNonFinite } from './helpers';

/**
 * Precision and recall on a simulated shop with injected anomalies (docs/insights.md describes
 * the generator and the figures over five seeds). The floors sit under the worst of those five
 * two-year runs: cashier spikes on rare actions are subtle by design (4–5 extra cancellations
 * against a usual of one every few days), the other kinds are clear.
 */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'cashier.void': { precision: 0.85, recall: 0.6 },
  'cashier.cancel': { precision: 0.9, recall: 0.5 },
  'cashier.discount': { precision: 0.85, recall: 0.5 },
  'cashier.return': { precision: 0.9, recall: 0.45 },
  'cashier.price_override': { precision: 0.9, recall: 0.5 },
  'cash.over_short': { precision: 0.95, recall: 0.95 },
  'cash.short_pattern': { precision: 0.95, recall: 0.9 },
  shrinkage: { precision: 0.95, recall: 0.95 },
  sales_drop: { precision: 0.9, recall: 0.75 },
  odd_hours: { precision: 0.95, recall: 0.95 },
};

describe('anomaly alerts on a simulated shop with injected anomalies', () => {
  const result = evaluateAnomalies({ seed: 1, days: 730, billsPerDay: 300, rates: BOOSTED_RATES });

  it.each(ALERT_TYPES)('%s meets its precision and recall floors', (type) => {
    const pr = result.byType[type]!;
    const floor = FLOORS[type]!;
    expect(pr.truths).toBeGreaterThan(10);
    expect(pr.precision, `${type}: ${JSON.stringify(pr)}`).toBeGreaterThanOrEqual(floor.precision);
    expect(pr.recall, `${type}: ${JSON.stringify(pr)}`).toBeGreaterThanOrEqual(floor.recall);
  });

  it('finds nothing much in the same shop without injected anomalies', () => {
    const shop = simulateShop({ seed: 2, days: 365, inject: false });
    const alerts = detectAnomalies(shop.history, shop.firstDay, shop.lastDay);
    // A year of four cashiers and 1,200 products: a few false alarms at most.
    expect(alerts.length, alerts.map((a) => renderMessage(a.message, 'en')).join('\n')).toBeLessThanOrEqual(5);
  });
});

describe('bad input never crashes or answers NaN', () => {
  it('empty history', () => {
    const report = runInsights(emptyHistory());
    expect(report.alerts).toEqual([]);
    expect(report.rfm).toEqual([]);
    expect(report.boughtTogether).toEqual([]);
    expect(findNonFinite({ ...report, stepMs: {} })).toBeNull();
  });

  it('one customer, one day', () => {
    const history = {
      ...emptyHistory(),
      bills: [bill('b1', 20_000, { products: ['a', 'b'] }), bill('b2', 20_000, { products: ['a'], hour: 23, cancelled: true })],
    };
    const report = runInsights(history);
    expect(report.rfm).toHaveLength(1);
    expect(report.churn.rows).toHaveLength(1);
    expect(report.asOf).toBe('2024-10-04');
    expect(findNonFinite({ ...report, stepMs: {} })).toBeNull();
  });

  it('a full simulated year runs end to end with every section filled', () => {
    const shop = simulateShop({ seed: 3, days: 365, billsPerDay: 120, products: 400, customers: 600 });
    const report = runInsights(shop.history, { alertsFromDay: shop.firstDay });
    expect(report.counts.bills).toBe(shop.history.bills.length);
    expect(report.churn.method).toBe('logistic');
    expect(report.boughtTogether.length).toBeGreaterThan(0);
    expect(report.remind.length).toBeGreaterThan(0);
    expect(report.thank.length).toBeGreaterThan(0);
    expect(report.alerts.length).toBeGreaterThan(0);
    expect(report.busyHours.busiestHour).not.toBeNull();
    expect(dayNumber(shop.history.bills.at(-1)!.at)).toBe(shop.lastDay);
    expect(findNonFinite({ ...report, stepMs: {} })).toBeNull();
  });
});
