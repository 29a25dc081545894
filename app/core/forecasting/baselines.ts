import type { DemandSeries } from './series';
import { recentMean } from './series';

/**
 * The two baselines every model has to beat. Both read only known days (censored days are
 * skipped, never taken as zeros).
 */

/** Same weekday as the last week sold: the most recent known day a whole number of weeks back. */
export function seasonalNaive(s: DemandSeries, origin: number, horizon: number, period = 7): Float64Array {
  const out = new Float64Array(horizon);
  const fallback = recentMean(s, origin, 28);
  for (let h = 0; h < horizon; h += 1) {
    const target = origin + h;
    let value = fallback;
    for (let back = target - period * Math.ceil((h + 1) / period); back >= 0; back -= period) {
      if (s.known[back]) {
        value = s.units[back] ?? 0;
        break;
      }
    }
    out[h] = value;
  }
  return out;
}

/** The mean of the last `window` known days, flat over the horizon. */
export function movingAverage(s: DemandSeries, origin: number, horizon: number, window = 28): Float64Array {
  return new Float64Array(horizon).fill(recentMean(s, origin, window));
}
