import { describe, expect, it } from 'vitest';
import { median, quantile, normalQuantile, estimateDispersion, POISSON } from '../../app/core/forecasting/distribution';
import { accuracyOf, emptyTally, naiveScale, tallySeries } from '../../app/core/forecasting/metrics';
import { seriesOf } from './support';

describe('accuracy, hand-worked', () => {
  it('WAPE over known days only, forecasts clipped at 0; bias signed; MASE against last week', () => {
    // 7 days of history (all 4), then a holdout: 10, stock-out, 0, 6.
    const s = seriesOf('a', [4, 4, 4, 4, 4, 4, 4, 4, 10, Number.NaN, 0, 6]);
    const t = emptyTally();
    // Forecasts for days 8…11: 8, 50 (a stock-out day: left out), −3 (→ 0), 9.
    tallySeries(t, s, 8, [8, 50, -3, 9], naiveScale(s, 8));
    // |10−8| + |0−0| + |6−9| = 5 over 16 sold; signed (8−10) + 0 + (9−6) = 1.
    expect(t.absError).toBe(5);
    expect(t.actual).toBe(16);
    const a = accuracyOf(t);
    expect(a.wape).toBe(0.3125);
    expect(a.bias).toBe(0.0625);
    // The history never changed from week to week: no yardstick, so no MASE.
    expect(a.mase).toBeNull();
  });

  it('MASE divides by the mean weekly change in the history', () => {
    const s = seriesOf('b', [1, 2, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Pairs 7–13 vs 0–6: changes 2 each → scale 2. Forecast 12 for day 14 (10 sold): MAE 2 → MASE 1.
    const t = emptyTally();
    tallySeries(t, s, 14, [12], naiveScale(s, 14));
    expect(accuracyOf(t).mase).toBe(1);
  });

  it('nothing sold in the holdout: WAPE and bias are null, not NaN', () => {
    const t = emptyTally();
    tallySeries(t, seriesOf('c', [0, 0, 0, 0]), 2, [0, 1], 0);
    expect(accuracyOf(t)).toEqual({ wape: null, mase: null, bias: null });
  });
});

describe('the negative binomial around a forecast', () => {
  it('Poisson medians and quantiles', () => {
    // Poisson(2): P(≤1) = 0.406, P(≤2) = 0.677 → median 2; P(≤4) = 0.947, P(≤5) = 0.983 → q95 5.
    expect(median(2, POISSON)).toBe(2);
    expect(quantile(2, POISSON, 0.95)).toBe(5);
    // Poisson(0.5): P(0) = 0.607 → median 0.
    expect(median(0.5, POISSON)).toBe(0);
    expect(median(0, POISSON)).toBe(0);
  });

  it('over-dispersed: φ = 1 is geometric, P(0) = 1/(1+μ)', () => {
    // μ = 3, φ = 1: P(0) = 0.25, P(1) = 0.1875, P(2) = 0.1406 → cumulative 0.578 → median 2.
    expect(median(3, 1)).toBe(2);
    expect(quantile(3, 1, 0.2)).toBe(0);
  });

  it('estimates φ by moments and falls back to Poisson when the scatter is not wider', () => {
    expect(estimateDispersion([5, 5, 5], [5, 5, 5])).toBe(POISSON);
    // Residuals ±6 around 10: (36 − 10) per day → φ = 100 / 26.
    expect(estimateDispersion([4, 16], [10, 10])).toBeCloseTo(100 / 26, 10);
  });

  it('normal quantiles', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });
});
