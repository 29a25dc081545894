import { estimateDispersion } from './distribution';
import { liftOn, type PooledEffects } from './effects';
import type { DemandSeries } from './series';

/**
 * Exponential smoothing of a product's level, with its weekday profile and its category's
 * festival, salary-week and promotion lifts taken out before smoothing and put back in the
 * forecast. One-step fits over the last year give the dispersion of its demand.
 */
export interface ProfileForecast {
  mean: Float64Array;
  /** negative binomial φ from the one-step residuals (Infinity: Poisson) */
  dispersion: number;
}

const FIT_DAYS = 365;
const START_DAYS = 28;
/** |log lift| above which a day counts as a festival day (a 25% lift or drop) */
const EVENT_DAY = Math.log(1.25);

export function profileEs(s: DemandSeries, k: number, effects: PooledEffects, horizon: number, alpha = 0.1): ProfileForecast {
  const origin = effects.origin;
  const profile = effects.weekday[k] ?? new Float64Array(7).fill(1);
  const lifts = effects.lifts.get(s.category);
  const factor = (i: number) => (profile[effects.weekdays[i] ?? 0] ?? 1) * liftOn(effects, lifts, s, i);
  const from = Math.max(0, origin - FIT_DAYS);
  const days: number[] = [];
  for (let i = from; i < origin; i += 1) if (s.known[i]) days.push(i);
  const mean = new Float64Array(horizon);
  if (days.length === 0) return { mean, dispersion: Number.POSITIVE_INFINITY };

  let level = 0;
  const start = days.slice(0, START_DAYS);
  for (const i of start) level += (s.units[i] ?? 0) / Math.max(1e-6, factor(i));
  level /= start.length;
  const actual: number[] = [];
  const fitted: number[] = [];
  for (const i of days) {
    const lift = liftOn(effects, lifts, s, i);
    const f = Math.max(1e-6, (profile[effects.weekdays[i] ?? 0] ?? 1) * lift);
    const y = s.units[i] ?? 0;
    actual.push(y);
    fitted.push(level * f);
    // Festival days say little about the usual level (their lift is the least certain part), so
    // the level moves on ordinary days only; and one huge day (a bulk order, a typo) only so far.
    if (Math.abs(Math.log(lift)) > EVENT_DAY) continue;
    const seen = Math.min(y / f, 3 * level + 5 * Math.sqrt(level) + 3);
    level += alpha * (seen - level);
  }
  for (let h = 0; h < horizon; h += 1) mean[h] = level * factor(origin + h);
  return { mean, dispersion: estimateDispersion(actual, fitted) };
}
