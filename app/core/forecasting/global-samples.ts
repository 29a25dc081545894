import { mulberry32 } from '../random';
import type { FeatureBuilder } from './global-features';
import type { DemandPanel } from './series';

/** Feature rows, the level each row's prediction is multiplied by, and (for training) the actual units. */
export interface SampleMatrix {
  x: Float32Array;
  level: Float32Array;
  y: Float32Array;
  n: number;
  width: number;
}

/** Days of history a product needs before an origin can be used for training. */
const MIN_HISTORY = 28;

/** Targets drawn from one (product, origin) when sampling: its history summary is computed once for them. */
const TARGETS_PER_ORIGIN = 7;

/**
 * Training rows whose target days fall before `trainEnd` (so a model trained at a backtest origin
 * never sees that fold). Every (product, origin, target) is used when there are at most
 * `maxSamples`; otherwise (product, origin) pairs are drawn at random, in proportion to each
 * product's history, with a few targets each. Rows come out in a seeded random order, so training
 * can run with shuffle off.
 */
export function trainingSamples(
  panel: DemandPanel,
  builder: FeatureBuilder,
  trainEnd: number,
  horizon: number,
  maxSamples: number,
  seed: number,
): SampleMatrix {
  const random = mulberry32(seed);
  const origins = panel.series.map((s) => {
    const first = s.known.indexOf(1);
    return first < 0 ? 0 : Math.max(0, trainEnd - (first + MIN_HISTORY));
  });
  const pairs = origins.reduce((a, n) => a + n * horizon, 0);
  const groups: Array<{ k: number; o: number; targets: number[] }> = [];
  const usable = (k: number, o: number) => builder.level(k, o) > 0;
  const target = (k: number, t: number) => t < trainEnd && panel.series[k]?.known[t] === 1;
  let rows = 0;
  if (pairs <= maxSamples) {
    origins.forEach((count, k) => {
      for (let o = trainEnd - count; o < trainEnd; o += 1) {
        if (!usable(k, o)) continue;
        const targets: number[] = [];
        for (let t = o; t < Math.min(trainEnd, o + horizon); t += 1) if (target(k, t)) targets.push(t);
        groups.push({ k, o, targets });
        rows += targets.length;
      }
    });
  } else {
    const cumulative: number[] = [];
    origins.reduce((acc, n, k) => (cumulative[k] = acc + n), 0);
    const total = cumulative.at(-1) ?? 0;
    for (let tries = 0; rows < maxSamples && tries < maxSamples && total > 0; tries += 1) {
      const r = random() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) > r) hi = mid;
        else lo = mid + 1;
      }
      const o = trainEnd - 1 - Math.floor(random() * (origins[lo] ?? 0));
      if (!usable(lo, o)) continue;
      const targets = new Set<number>();
      for (let d = 0; d < TARGETS_PER_ORIGIN; d += 1) {
        const t = o + Math.floor(random() * horizon);
        if (target(lo, t)) targets.add(t);
      }
      groups.push({ k: lo, o, targets: [...targets] });
      rows += targets.size;
    }
  }
  const order = groups.flatMap((g, gi) => g.targets.map((t) => [gi, t] as const));
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as readonly [number, number], order[i] as readonly [number, number]];
  }
  const stats = groups.map((g) => builder.stats(g.k, g.o));
  const m = allocate(order.length, builder.layout.width);
  order.forEach(([gi, t], row) => {
    const g = groups[gi];
    const st = stats[gi];
    if (!g || !st) return;
    builder.write(g.k, g.o, st, t, horizon, m.x, row * m.width);
    m.level[row] = st.level;
    m.y[row] = panel.series[g.k]?.units[t] ?? 0;
  });
  return m;
}

/** Rows for products [from, to) (all by default) and days [origin, origin + horizon), product by product. */
export function predictionRows(panel: DemandPanel, builder: FeatureBuilder, origin: number, horizon: number, from = 0, to = panel.series.length): SampleMatrix {
  const m = allocate((to - from) * horizon, builder.layout.width);
  for (let k = from; k < to; k += 1) {
    const st = builder.stats(k, origin);
    for (let h = 0; h < horizon; h += 1) {
      const row = (k - from) * horizon + h;
      builder.write(k, origin, st, origin + h, horizon, m.x, row * m.width);
      m.level[row] = st.level;
    }
  }
  return m;
}

function allocate(n: number, width: number): SampleMatrix {
  return { x: new Float32Array(n * width), level: new Float32Array(n), y: new Float32Array(n), n, width };
}
