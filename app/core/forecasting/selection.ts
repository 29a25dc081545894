import type { DemandClass } from './classify';
import { estimateDispersion, median } from './distribution';

/**
 * Choosing each product's method from its backtest. For every candidate the folds give pairs of
 * (actual, forecast mean) on known days; from them come the candidate's dispersion (how widely
 * actual sales scatter around its means, shrunk towards the product's in-sample one) and the
 * absolute error of its medians. A class of products first gets the method with the least error
 * summed over the class; a product leaves it only for a method with `margin` less error of its own.
 */
export interface FoldPairs {
  actual: Float64Array;
  mean: Float64Array;
  /** pairs filled so far */
  length: number;
}

export interface MethodScore {
  /** absolute error of the medians (with the product's own day-to-day dispersion) */
  error: number;
  /** dispersion of actual sales around this method's forecasts: for its intervals */
  dispersion: number;
}

/** Days of in-sample evidence the product's own dispersion counts as, against the folds' days. */
const PRIOR_DAYS = 28;

export function scoreMethod(pairs: FoldPairs, priorDispersion: number): MethodScore {
  const n = pairs.length;
  const own = estimateDispersion(pairs.actual.subarray(0, n), pairs.mean.subarray(0, n));
  // Average the inverse dispersions (Poisson is 0), so an infinite one does not swamp the other.
  const inverse = (n * (1 / own) + PRIOR_DAYS * (1 / priorDispersion)) / (n + PRIOR_DAYS);
  const dispersion = inverse > 0 ? 1 / inverse : Number.POSITIVE_INFINITY;
  let error = 0;
  for (let i = 0; i < n; i += 1) error += Math.abs((pairs.actual[i] ?? 0) - median(Math.max(0, pairs.mean[i] ?? 0), priorDispersion));
  return { error, dispersion };
}

/** Per class, the method with the least error summed over its products (only methods that forecast them all). */
export function classDefaults(
  classes: readonly DemandClass[],
  scores: ReadonlyArray<ReadonlyMap<string, MethodScore>>,
  candidates: Partial<Record<DemandClass, readonly string[]>>,
): Map<DemandClass, string> {
  const totals = new Map<DemandClass, Map<string, { error: number; count: number }>>();
  const members = new Map<DemandClass, number>();
  classes.forEach((c, k) => {
    members.set(c, (members.get(c) ?? 0) + 1);
    const t = totals.get(c) ?? new Map<string, { error: number; count: number }>();
    totals.set(c, t);
    for (const [name, score] of scores[k] ?? []) {
      const entry = t.get(name) ?? { error: 0, count: 0 };
      entry.error += score.error;
      entry.count += 1;
      t.set(name, entry);
    }
  });
  const defaults = new Map<DemandClass, string>();
  for (const [c, t] of totals) {
    let best = Number.POSITIVE_INFINITY;
    for (const name of candidates[c] ?? []) {
      const entry = t.get(name);
      if (entry && entry.count === members.get(c) && entry.error < best) {
        best = entry.error;
        defaults.set(c, name);
      }
    }
  }
  return defaults;
}

/** The product's method: its class default unless a candidate beats that by `margin`. */
export function chooseMethod(
  pool: readonly string[],
  scores: ReadonlyMap<string, MethodScore>,
  classDefault: string | undefined,
  margin: number,
): string | null {
  const available = pool.filter((name) => scores.has(name));
  let chosen = available.find((name) => name === classDefault) ?? available[0] ?? null;
  if (!chosen) return null;
  let best = (scores.get(chosen)?.error ?? Number.POSITIVE_INFINITY) * (1 - margin);
  for (const name of available) {
    const e = scores.get(name)?.error ?? Number.POSITIVE_INFINITY;
    if (e < best) {
      best = e;
      chosen = name;
    }
  }
  return chosen;
}
