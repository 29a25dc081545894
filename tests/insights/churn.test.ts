import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic } from '../../app/core/insights/churn/logistic';
import { churnRisk, comeBackChance, trainChurn } from '../../app/core/insights/churn/score';
import { customerHistories } from '../../app/core/insights/customers/history';
import { auc, topShareLift } from '../../app/core/insights/evaluation';
import { evaluateChurn } from '../../scripts/insights/churn-cdnow';
import { cdnowHistories } from '../../scripts/insights/data';
import { bill, findNonFinite } from './helpers';

describe('measures', () => {
  it('AUC counts ties as half and is ½ with one class', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.75, 10);
    expect(auc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
    expect(auc([1, 2], [true, true])).toBe(0.5);
    expect(auc([], [])).toBe(0.5);
  });

  it('top-share lift takes a tie group at the cut at its own rate', () => {
    // 10 customers, 3 positives; the top 20% are two tied at the top, one of them positive.
    const scores = [9, 9, 5, 5, 5, 1, 1, 1, 1, 1];
    const outcomes = [true, false, true, true, false, false, false, false, false, false];
    expect(topShareLift(scores, outcomes, 0.2)).toBeCloseTo(0.5 / 0.3, 10);
    expect(topShareLift(scores, outcomes, 0.3)).toBeCloseTo((1 + 2 / 3) / 3 / 0.3, 10);
    expect(topShareLift([], [], 0.1)).toBe(0);
  });
});

describe('logistic regression', () => {
  it('learns a clear direction and stays finite on separable data', () => {
    const x = Array.from({ length: 40 }, (_, i) => [i]);
    const y = x.map(([v]) => (v ?? 0) >= 20);
    const model = fitLogistic(x, y);
    expect(predictLogistic(model, [35])).toBeGreaterThan(0.9);
    expect(predictLogistic(model, [5])).toBeLessThan(0.1);
    expect(findNonFinite(model)).toBeNull();
  });

  it('survives no rows and constant features', () => {
    expect(findNonFinite(fitLogistic([], []))).toBeNull();
    const model = fitLogistic([[1], [1], [1]], [true, false, true]);
    expect(predictLogistic(model, [1])).toBeCloseTo(2 / 3, 2);
  });
});

describe('churn risk in the shop', () => {
  it('falls back to recency with few customers, and never answers NaN', () => {
    expect(churnRisk(customerHistories([]), 100).rows).toEqual([]);
    const one = churnRisk(customerHistories([bill('a', 90, { customer: 'C1' })]), 100);
    expect(one.model.method).toBe('recency');
    expect(one.rows).toHaveLength(1);
    expect(one.rows[0]?.riskBp).toBeGreaterThan(0);
    expect(findNonFinite(one)).toBeNull();
    const sameDay = churnRisk(customerHistories([bill('a', 100, { customer: 'C1' }), bill('b', 100, { customer: 'C1' })]), 100);
    expect(findNonFinite(sameDay)).toBeNull();
  });

  it('trains on the shop’s own past when there is enough of it', () => {
    // 60 customers: the even ones come every 5 days throughout, the odd ones stopped at day 40.
    const bills = Array.from({ length: 60 }, (_, c) =>
      Array.from({ length: 30 }, (_, k) => k * 5)
        .filter((d) => c % 2 === 0 || d <= 40)
        .map((d) => bill(`${c}-${d}`, d, { customer: `C${c}` })),
    ).flat();
    const histories = customerHistories(bills);
    const model = trainChurn(histories.values(), 100, 45);
    expect(model.method).toBe('logistic');
    const scored = comeBackChance(model, histories.values(), 145);
    const loyal = scored.filter((s) => Number(s.customerId.slice(1)) % 2 === 0).map((s) => s.chance);
    const gone = scored.filter((s) => Number(s.customerId.slice(1)) % 2 === 1).map((s) => s.chance);
    expect(Math.min(...loyal)).toBeGreaterThan(Math.max(...gone));
  });
});

describe('CDNOW held-out half-year', () => {
  it('beats the recency-only baseline on AUC and top-decile lift', () => {
    const result = evaluateChurn(cdnowHistories());
    expect(result.customers).toBe(23_544);
    expect(result.model.auc).toBeGreaterThan(result.recencyBaseline.auc);
    expect(result.model.topDecileLift).toBeGreaterThan(result.recencyBaseline.topDecileLift);
    // The figures in docs/insights.md, with room for float differences only.
    expect(result.model.auc).toBeGreaterThan(0.8);
    expect(result.recencyBaseline.auc).toBeLessThan(0.8);
  });
});
