import { knownValues, type DemandSeries } from './series';

/**
 * Croston's method and its two corrections, for items that sell on few days. Each returns one
 * daily rate (demand is as likely on any future day). Censored days are skipped, so a stock-out
 * does not count as a day with no demand.
 *
 * - Croston (1972): smooth the non-zero sizes z and the intervals p between them; rate z / p.
 * - SBA (Syntetos & Boylan 2005): Croston's rate is biased upwards; multiply by 1 − α/2.
 * - TSB (Teunter, Syntetos & Babai 2011): smooth the probability of a demand every day, so the
 *   rate decays when an item stops selling (Croston's stays where the last sale left it).
 */
export interface IntermittentOptions {
  /** smoothing of sizes (and intervals) */
  alpha?: number;
  /** TSB: smoothing of the demand probability */
  beta?: number;
}

const DEFAULT_ALPHA = 0.1;
const DEFAULT_BETA = 0.05;

/** The Croston rate of a sequence of daily demands (oldest first); 0 when nothing ever sold. */
export function crostonRate(values: readonly number[], alpha = DEFAULT_ALPHA): number {
  let z = 0;
  let p = 0;
  let sinceLast = 0;
  let started = false;
  for (const y of values) {
    sinceLast += 1;
    if (y <= 0) continue;
    if (!started) {
      // First demand: its size, and the days up to it as the first interval.
      z = y;
      p = sinceLast;
      started = true;
    } else {
      z += alpha * (y - z);
      p += alpha * (sinceLast - p);
    }
    sinceLast = 0;
  }
  return started && p > 0 ? z / p : 0;
}

export function sbaRate(values: readonly number[], alpha = DEFAULT_ALPHA): number {
  return (1 - alpha / 2) * crostonRate(values, alpha);
}

export function tsbRate(values: readonly number[], alpha = DEFAULT_ALPHA, beta = DEFAULT_BETA): number {
  const firstSale = values.findIndex((y) => y > 0);
  if (firstSale < 0) return 0;
  // Start from the whole history's frequency and first size, then update day by day.
  let probability = values.filter((y) => y > 0).length / values.length;
  let z = values[firstSale] ?? 0;
  for (const y of values) {
    if (y > 0) {
      probability += beta * (1 - probability);
      z += alpha * (y - z);
    } else {
      probability -= beta * probability;
    }
  }
  return probability * z;
}

type Rate = (values: readonly number[], alpha?: number) => number;

function flat(rate: Rate) {
  return (s: DemandSeries, origin: number, horizon: number, options: IntermittentOptions = {}) =>
    new Float64Array(horizon).fill(rate(knownValues(s, 0, origin), options.alpha));
}

export const croston = flat(crostonRate);
export const sba = flat(sbaRate);
export const tsb = (s: DemandSeries, origin: number, horizon: number, options: IntermittentOptions = {}) =>
  new Float64Array(horizon).fill(tsbRate(knownValues(s, 0, origin), options.alpha, options.beta));
