import { festivalFeaturesOn, FESTIVAL_FEATURES } from './calendar';
import { dayOfMonth, monthOf, weekdayOf } from './days';
import type { DemandPanel, DemandSeries } from './series';

/**
 * Rows for the global model: one per (product, forecast origin o, target day t ≥ o), built only
 * from days before o plus what is known of day t in advance (its calendar, planned price and
 * promotion). Demand is divided by the product's recent level so that a 2-a-day item and a
 * 200-a-day item teach the same shapes; the model predicts a multiplier of that level.
 */
const BASE_FEATURES = [
  'log-level',
  'mean-7/level',
  'mean-14/level',
  'mean-56/level',
  'mean-182/level',
  'weekday-8w/mean-56',
  'weekday-52w/mean-364',
  'last-year-ratio',
  'last-year-known',
  'zero-share-28',
  'horizon',
  ...['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => `weekday:${d}`),
  'year-sin',
  'year-cos',
  'salary-week',
  'promo',
  'price-change',
] as const;

export interface FeatureLayout {
  names: string[];
  categories: string[];
  width: number;
  /** where the festival windows and the category one-hot sit in a row: [first column, count] */
  festivals: [number, number];
  category: [number, number];
}

/** At most this many categories get their own input; the rest share "other". */
const MAX_CATEGORIES = 24;

export function featureLayout(panel: DemandPanel): FeatureLayout {
  const volume = new Map<string, number>();
  for (const s of panel.series) volume.set(s.category, (volume.get(s.category) ?? 0) + s.units.reduce((a, b) => a + b, 0));
  const categories = [...volume.keys()].sort((a, b) => (volume.get(b) ?? 0) - (volume.get(a) ?? 0) || (a < b ? -1 : 1)).slice(0, MAX_CATEGORIES);
  const names = [...BASE_FEATURES, ...FESTIVAL_FEATURES, ...categories.map((c) => `category:${c}`)];
  return {
    names,
    categories,
    width: names.length,
    festivals: [BASE_FEATURES.length, FESTIVAL_FEATURES.length],
    category: [BASE_FEATURES.length + FESTIVAL_FEATURES.length, categories.length],
  };
}

/** Running sums of a series so any window's mean over known days costs O(1). */
interface Prefix {
  sum: Float64Array;
  count: Int32Array;
}

function prefixOf(s: DemandSeries): Prefix {
  const n = s.units.length;
  const sum = new Float64Array(n + 1);
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) {
    const known = s.known[i] ?? 0;
    sum[i + 1] = (sum[i] ?? 0) + (known ? (s.units[i] ?? 0) : 0);
    count[i + 1] = (count[i] ?? 0) + known;
  }
  return { sum, count };
}

function windowMean(p: Prefix, from: number, to: number): { mean: number; n: number } {
  const a = Math.max(0, from);
  const b = Math.max(a, to);
  const n = (p.count[b] ?? 0) - (p.count[a] ?? 0);
  return { mean: n > 0 ? ((p.sum[b] ?? 0) - (p.sum[a] ?? 0)) / n : 0, n };
}

const clip = (x: number, hi = 5) => (Number.isFinite(x) ? Math.min(hi, Math.max(0, x)) : 0);

/** What a row needs from the days before its origin: computed once per (product, origin). */
export interface OriginStats {
  level: number;
  means: [number, number, number, number];
  mean56: number;
  mean364: number;
  /** mean of the last 8 and 52 known same-weekday days, by weekday */
  weekday8: Float64Array;
  weekday52: Float64Array;
  lastYearBase: { mean: number; n: number };
  zeroShare: number;
  referencePrice: number;
}

export interface FeatureBuilder {
  layout: FeatureLayout;
  /** the level a row's target is divided by; 0 when the product has sold nothing lately */
  level(k: number, origin: number): number;
  stats(k: number, origin: number): OriginStats;
  /** writes the row for (product k, its stats at origin, target t) at out[offset …] */
  write(k: number, origin: number, stats: OriginStats, t: number, horizon: number, out: Float32Array, offset: number): void;
}

function sameWeekdayMeans(s: DemandSeries, origin: number, weeks: number): Float64Array {
  const means = new Float64Array(7);
  for (let w = 0; w < 7; w += 1) {
    // The most recent day before origin that is w days before a multiple of weeks from origin.
    let sum = 0;
    let n = 0;
    for (let back = origin - 1 - w, seen = 0; back >= 0 && seen < weeks; back -= 7, seen += 1) {
      if (s.known[back]) {
        sum += s.units[back] ?? 0;
        n += 1;
      }
    }
    means[w] = n > 0 ? sum / n : Number.NaN;
  }
  return means;
}

export function featureBuilder(panel: DemandPanel, layout = featureLayout(panel)): FeatureBuilder {
  const prefixes = panel.series.map(prefixOf);
  const categoryIndex = new Map(layout.categories.map((c, i) => [c, i]));
  const [festivalOffset] = layout.festivals;
  const [categoryOffset] = layout.category;

  const level = (k: number, origin: number): number => {
    const p = prefixes[k];
    if (!p) return 0;
    const recent = windowMean(p, origin - 28, origin);
    if (recent.n >= 7 && recent.mean > 0) return recent.mean;
    return windowMean(p, origin - 182, origin).mean;
  };

  const stats = (k: number, origin: number): OriginStats => {
    const s = panel.series[k];
    const p = prefixes[k];
    if (!s || !p) throw new RangeError(`no series ${k}`);
    let zeros = 0;
    let seen = 0;
    for (let i = origin - 1; i >= 0 && seen < 28; i -= 1) {
      if (!s.known[i]) continue;
      seen += 1;
      if ((s.units[i] ?? 0) === 0) zeros += 1;
    }
    return {
      level: level(k, origin),
      means: [7, 14, 56, 182].map((d) => windowMean(p, origin - d, origin).mean) as [number, number, number, number],
      mean56: windowMean(p, origin - 56, origin).mean,
      mean364: windowMean(p, origin - 364, origin).mean,
      weekday8: sameWeekdayMeans(s, origin, 8),
      weekday52: sameWeekdayMeans(s, origin, 52),
      lastYearBase: windowMean(p, origin - 364 - 28, origin - 364),
      zeroShare: seen > 0 ? zeros / seen : 0,
      referencePrice: referencePrice(s, origin),
    };
  };

  const write = (k: number, origin: number, st: OriginStats, t: number, horizon: number, out: Float32Array, offset: number) => {
    const s = panel.series[k];
    const p = prefixes[k];
    if (!s || !p) return;
    out.fill(0, offset, offset + layout.width);
    const lvl = st.level;
    const ratio = (x: number) => (lvl > 0 ? clip(x / lvl) : 0);
    const lastYear = windowMean(p, t - 367, t - 360);
    const day = panel.start + t;
    const back = (((origin - 1 - t) % 7) + 7) % 7;
    const yearAngle = (2 * Math.PI * (monthOf(day) - 1 + (dayOfMonth(day) - 1) / 31)) / 12;
    const price = s.price[t] ?? Number.NaN;
    const wd8 = st.weekday8[back] ?? Number.NaN;
    const wd52 = st.weekday52[back] ?? Number.NaN;
    const f = out;
    let i = offset;
    f[i++] = Math.log1p(lvl) / 5;
    for (const m of st.means) f[i++] = ratio(m);
    f[i++] = st.mean56 > 0 && wd8 >= 0 ? clip(wd8 / st.mean56) : 1;
    f[i++] = st.mean364 > 0 && wd52 >= 0 ? clip(wd52 / st.mean364) : 1;
    const hasLastYear = lastYear.n >= 3 && st.lastYearBase.n >= 14 && st.lastYearBase.mean > 0;
    f[i++] = hasLastYear ? clip(lastYear.mean / st.lastYearBase.mean, 10) : 1;
    f[i++] = hasLastYear ? 1 : 0;
    f[i++] = st.zeroShare;
    f[i++] = (t - origin) / Math.max(1, horizon);
    f[i + weekdayOf(day)] = 1;
    i += 7;
    f[i++] = Math.sin(yearAngle);
    f[i++] = Math.cos(yearAngle);
    f[i++] = dayOfMonth(day) <= 7 ? 1 : 0;
    f[i++] = s.promo[t] ? 1 : 0;
    f[i++] = st.referencePrice > 0 && price > 0 ? Math.min(0.5, Math.max(-0.5, price / st.referencePrice - 1)) : 0;
    for (const id of festivalFeaturesOn(day)) f[offset + festivalOffset + id] = 1;
    const c = categoryIndex.get(s.category);
    if (c !== undefined) f[offset + categoryOffset + c] = 1;
  };

  return { layout, level, stats, write };
}
/** The median price of the known-priced days in the four weeks before origin (NaN if none). */
function referencePrice(s: DemandSeries, origin: number): number {
  const prices: number[] = [];
  for (let i = Math.max(0, origin - 28); i < origin; i += 1) {
    const p = s.price[i] ?? Number.NaN;
    if (p > 0) prices.push(p);
  }
  if (prices.length === 0) return Number.NaN;
  prices.sort((a, b) => a - b);
  return prices[Math.floor(prices.length / 2)] ?? Number.NaN;
}
