/** Small robust statistics. Every function answers a number for any input, never NaN. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Median absolute deviation, scaled to match a normal's standard deviation. */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 || !Number.isFinite(denominator) ? 0 : numerator / denominator;
}

/** P(X ≤ k) for X ~ Poisson(lambda); terms in log space, so a large lambda does not underflow. */
export function poissonAtMost(k: number, lambda: number): number {
  if (k < 0) return 0;
  if (lambda <= 0) return 1;
  const logLambda = Math.log(lambda);
  let logFactorial = 0;
  let total = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logFactorial += Math.log(i);
    total += Math.exp(-lambda + i * logLambda - logFactorial);
  }
  return Math.min(1, total);
}

/** P(X ≥ k) for X ~ Poisson(lambda), summing whichever tail is the short one. */
export function poissonAtLeast(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  if (k <= lambda) return Math.max(0, 1 - poissonAtMost(k - 1, lambda));
  const logLambda = Math.log(lambda);
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  let total = 0;
  for (let i = k; i < k + 2000; i++) {
    if (i > k) logFactorial += Math.log(i);
    const term = Math.exp(-lambda + i * logLambda - logFactorial);
    total += term;
    if (term < total * 1e-15) break;
  }
  return Math.min(1, total);
}
