/**
 * A day's demand as a negative binomial around the forecast mean: variance μ + μ²/φ, where the
 * dispersion φ is estimated from how far a product's sales scatter around its fitted means
 * (φ = ∞ is Poisson). It gives the quantiles for intervals and the median, which is the point
 * forecast that minimises absolute error (and so WAPE); means are kept for sums such as demand
 * over a lead time.
 */
export const POISSON = Number.POSITIVE_INFINITY;
const MIN_DISPERSION = 0.2;
const MAX_DISPERSION = 1e6;
/** Above this mean the pmf walk is long and the normal approximation is close. */
const NORMAL_ABOVE = 150;

export function variance(mean: number, dispersion: number): number {
  return mean + (Number.isFinite(dispersion) ? (mean * mean) / dispersion : 0);
}

/** φ by moments from pairs of (actual, fitted mean); Poisson when the scatter is no wider. */
export function estimateDispersion(actual: ArrayLike<number>, fitted: ArrayLike<number>): number {
  let excess = 0;
  let squares = 0;
  for (let i = 0; i < actual.length; i += 1) {
    const mu = fitted[i] ?? 0;
    if (!(mu > 0)) continue;
    excess += ((actual[i] ?? 0) - mu) ** 2 - mu;
    squares += mu * mu;
  }
  if (!(excess > 0) || !(squares > 0)) return POISSON;
  return Math.min(MAX_DISPERSION, Math.max(MIN_DISPERSION, squares / excess));
}

/** The standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9 after one step). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be inside (0, 1): ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(c, q) / (poly(d, q) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = (poly(a, r) * q) / (poly(b, r) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -poly(c, q) / (poly(d, q) * q + 1);
  }
  return x;
}

/** The smallest whole k with P(Y ≤ k) ≥ p; a continuous quantile for large means. */
export function quantile(mean: number, dispersion: number, p: number): number {
  if (!(mean > 0)) return 0;
  if (mean > NORMAL_ABOVE) return Math.max(0, mean + normalQuantile(p) * Math.sqrt(variance(mean, dispersion)));
  const poisson = !Number.isFinite(dispersion);
  const r = dispersion;
  // log P(Y = 0), then the pmf step by step: P(k+1) = P(k) · (k + r)/(k + 1) · μ/(r + μ).
  let logP = poisson ? -mean : r * Math.log(r / (r + mean));
  const ratio = poisson ? 0 : mean / (r + mean);
  let cumulative = Math.exp(logP);
  let k = 0;
  const limit = mean * 50 + 1000;
  while (cumulative < p && k < limit) {
    logP += poisson ? Math.log(mean / (k + 1)) : Math.log(((k + r) / (k + 1)) * ratio);
    k += 1;
    cumulative += Math.exp(logP);
  }
  return k;
}

export const median = (mean: number, dispersion: number) => quantile(mean, dispersion, 0.5);
