import { mulberry32 } from '../../random';

/** A seeded random source (mulberry32): the same seed makes the same shop on every machine. */
export interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  normal(): number;
  poisson(lambda: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seeded(seed: number): Random {
  const next = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const poisson = (lambda: number) => {
    if (lambda <= 0) return 0;
    if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    for (let p = next(); p > limit; p *= next()) k++;
    return k;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    normal,
    poisson,
    pick: <T>(items: readonly T[]) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
  };
}

/** Index drawn from cumulative weights (ascending, last = total). */
export function drawCumulative(cumulative: Float64Array | readonly number[], u: number): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const target = u * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
