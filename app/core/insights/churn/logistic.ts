/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS) on standardised features.
 * With a handful of features Newton converges in under ten steps to the exact optimum, with no
 * learning rate to tune; ml-logistic-regression's fixed-step gradient descent needs both.
 */
export interface LogisticModel {
  means: number[];
  scales: number[];
  /** intercept first, then one weight per standardised feature */
  weights: number[];
}

/** Solves A x = b for a small symmetric positive-definite A (Gaussian elimination, partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const row = m[c] ?? [];
    const p = row[c] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] ?? [];
      const f = (other[c] ?? 0) / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return m.map((row, i) => {
    const p = row[i] ?? 0;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] ?? 0) / p;
  });
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function fitLogistic(
  features: readonly (readonly number[])[],
  outcomes: readonly boolean[],
  options: { l2?: number; iterations?: number } = {},
): LogisticModel {
  const width = features[0]?.length ?? 0;
  const n = features.length;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(1);
  for (let j = 0; j < width; j++) {
    let s = 0;
    for (const row of features) s += row[j] ?? 0;
    means[j] = n === 0 ? 0 : s / n;
    let v = 0;
    for (const row of features) v += ((row[j] ?? 0) - (means[j] ?? 0)) ** 2;
    const sd = n === 0 ? 0 : Math.sqrt(v / n);
    scales[j] = sd > 1e-12 ? sd : 1;
  }
  const x = features.map((row) => [1, ...row.map((v, j) => (v - (means[j] ?? 0)) / (scales[j] ?? 1))]);
  const l2 = options.l2 ?? 1;
  const weights = new Array<number>(width + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const grad = weights.map((w, j) => (j === 0 ? 0 : -l2 * w));
    const hess = weights.map((_, j) => weights.map((__, k) => (j === k && j > 0 ? l2 : 0)));
    x.forEach((row, i) => {
      let z = 0;
      for (let j = 0; j <= width; j++) z += (weights[j] ?? 0) * (row[j] ?? 0);
      const p = sigmoid(z);
      const err = (outcomes[i] ? 1 : 0) - p;
      const w = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= width; j++) {
        const rj = row[j] ?? 0;
        grad[j] = (grad[j] ?? 0) + err * rj;
        const hj = hess[j] ?? [];
        for (let k = j; k <= width; k++) hj[k] = (hj[k] ?? 0) + w * rj * (row[k] ?? 0);
      }
    });
    for (let j = 0; j <= width; j++) for (let k = 0; k < j; k++) (hess[j] ?? [])[k] = hess[k]?.[j] ?? 0;
    const step = solve(hess, grad);
    let change = 0;
    step.forEach((s, j) => {
      weights[j] = (weights[j] ?? 0) + s;
      change = Math.max(change, Math.abs(s));
    });
    if (change < 1e-8) break;
  }
  return { means, scales, weights };
}

export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let z = model.weights[0] ?? 0;
  row.forEach((v, j) => (z += (model.weights[j + 1] ?? 0) * ((v - (model.means[j] ?? 0)) / (model.scales[j] ?? 1))));
  const p = sigmoid(z);
  return Number.isFinite(p) ? p : 0.5;
}
