import type { DemandSeries } from './series';

/**
 * Accuracy over the days with known demand (stock-outs and closed days are left out), forecasts
 * clipped at 0.
 * - WAPE = Σ|y − ŷ| / Σy: the share of the units sold that the forecast missed.
 * - MASE: each product's mean absolute error over the in-sample mean absolute error of "same day
 *   last week", averaged over products (products whose history never changed are left out).
 * - bias = Σ(ŷ − y) / Σy: above 0 the forecast runs high.
 * A figure with nothing to divide by is null, never NaN.
 */
export interface Accuracy {
  wape: number | null;
  mase: number | null;
  bias: number | null;
}

export interface ErrorTally {
  absError: number;
  signedError: number;
  actual: number;
  days: number;
  /** Σ of each product's MASE and how many products had one */
  maseSum: number;
  maseCount: number;
}

export const emptyTally = (): ErrorTally => ({ absError: 0, signedError: 0, actual: 0, days: 0, maseSum: 0, maseCount: 0 });

/** Mean |y_t − y_{t−7}| over known pairs before `origin`: MASE's yardstick. */
export function naiveScale(s: DemandSeries, origin: number, period = 7): number {
  let sum = 0;
  let n = 0;
  for (let i = period; i < origin; i += 1) {
    if (s.known[i] && s.known[i - period]) {
      sum += Math.abs((s.units[i] ?? 0) - (s.units[i - period] ?? 0));
      n += 1;
    }
  }
  return n > 0 ? sum / n : 0;
}

/** Adds one product's errors for the days [origin, origin + forecast.length). */
export function tallySeries(tally: ErrorTally, s: DemandSeries, origin: number, forecast: ArrayLike<number>, scale: number): void {
  let abs = 0;
  let days = 0;
  for (let h = 0; h < forecast.length; h += 1) {
    const t = origin + h;
    if (!s.known[t]) continue;
    const y = s.units[t] ?? 0;
    const yhat = Math.max(0, forecast[h] ?? 0);
    abs += Math.abs(y - yhat);
    tally.signedError += yhat - y;
    tally.actual += y;
    days += 1;
  }
  tally.absError += abs;
  tally.days += days;
  if (days > 0 && scale > 0) {
    tally.maseSum += abs / days / scale;
    tally.maseCount += 1;
  }
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function accuracyOf(t: ErrorTally): Accuracy {
  return {
    wape: t.actual > 0 ? round4(t.absError / t.actual) : null,
    mase: t.maseCount > 0 ? round4(t.maseSum / t.maseCount) : null,
    bias: t.actual > 0 ? round4(t.signedError / t.actual) : null,
  };
}
