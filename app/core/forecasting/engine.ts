import { classifySeries, type DemandClass } from './classify';
import { median, quantile } from './distribution';
import { chooseMethod, classDefaults, scoreMethod, type FoldPairs, type MethodScore } from './selection';
import { calendarEvents, poolEffects } from './effects';
import { MEAN_28, PROFILE_ES, type Forecaster, type MethodOutput } from './methods';
import { capOutliers } from './outliers';
import { profileEs, type ProfileForecast } from './profile-es';
import type { DemandPanel, DemandSeries } from './series';

/**
 * Forecasts every product of a panel from `origin` on, choosing each product's method by a
 * rolling-origin backtest on the days before `origin` only: each method forecasts the last
 * `folds` blocks of `horizon` days from their starts, and the one with the least absolute error
 * of its median wins. Intermittent and lumpy products choose among Croston-type methods and the
 * models that pool across products; smooth and erratic ones among the weekly models.
 */
export interface Combination {
  name: string;
  members: readonly string[];
}

export interface EngineOptions {
  origin: number;
  horizon: number;
  methods: readonly Forecaster[];
  /** averages of other methods' means, offered as candidates too */
  combinations?: readonly Combination[];
  folds?: number;
  /** days between backtest origins (default: horizon, so the folds do not overlap) */
  foldStep?: number;
  /** a candidate replaces the class default only with this much less backtest error (0.1 = 10%) */
  margin?: number;
  /** which methods a product of a class may choose from (default: CANDIDATES) */
  candidates?: Partial<Record<DemandClass, readonly string[]>>;
  /** the interval reported with each forecast: [lower, upper] probabilities */
  interval?: [number, number];
  profileAlpha?: number;
  onProgress?: (progress: { stage: string; done: number; total: number }) => void;
  /** a yield point between products: the host's thread may want the CPU for a bill */
  pause?: () => void;
}

export const CANDIDATES: Record<DemandClass, readonly string[]> = {
  smooth: ['profile-es', 'snaive', 'mean-28', 'ets', 'global', 'profile+ets', 'profile+global', 'profile+global+ets'],
  erratic: ['profile-es', 'snaive', 'mean-28', 'ets', 'global', 'profile+ets', 'profile+global', 'profile+global+ets'],
  intermittent: ['profile-es', 'croston', 'sba', 'tsb', 'global', 'profile+global'],
  lumpy: ['profile-es', 'croston', 'sba', 'tsb', 'global', 'profile+global'],
  'no-demand': ['mean-28'],
};

export const MIN_HISTORY_DAYS = 14;
/**
 * A product leaves its class's default method only for one with this much less backtest error:
 * a few weeks of one product's sales rank methods noisily, and a method that won by chance loses
 * on the next weeks (on the bakery's training data, free per-product choice did worse than one
 * method for all).
 */
export const DEFAULT_MARGIN = 0.15;

export interface SeriesForecast {
  id: string;
  category: string;
  demandClass: DemandClass;
  chosen: string;
  /** fewer than MIN_HISTORY_DAYS known days before origin: the forecast is a plain mean */
  enoughHistory: boolean;
  mean: Float64Array;
  /** the median: the point that minimises absolute error */
  point: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  dispersion: number;
  /** absolute error of each candidate's median over the backtest folds */
  backtestError: Record<string, number>;
}

export interface PanelForecast {
  origin: number;
  horizon: number;
  interval: [number, number];
  series: SeriesForecast[];
  /** every method's means at the forecast origin (for comparing methods on a holdout) */
  methodMeans: Map<string, MethodOutput>;
  /** each demand class's default method (least backtest error over the class) */
  classDefaults: Partial<Record<DemandClass, string>>;
}

function addCombinations(outputs: Map<string, MethodOutput>, combinations: readonly Combination[], count: number, horizon: number): void {
  for (const combo of combinations) {
    const parts = combo.members.map((m) => outputs.get(m));
    if (parts.some((p) => !p)) continue;
    const out: MethodOutput = [];
    for (let k = 0; k < count; k += 1) {
      const members = parts.map((p) => p?.[k] ?? null);
      if (members.some((m) => !m)) {
        out.push(null);
        continue;
      }
      const avg = new Float64Array(horizon);
      for (const m of members) for (let h = 0; h < horizon; h += 1) avg[h] = (avg[h] ?? 0) + (m?.[h] ?? 0) / members.length;
      out.push(avg);
    }
    outputs.set(combo.name, out);
  }
}

function knownDays(s: DemandSeries, origin: number): number {
  let n = 0;
  for (let i = 0; i < origin; i += 1) n += s.known[i] ?? 0;
  return n;
}

function recordFold(pairs: Map<string, FoldPairs>, s: DemandSeries, origin: number, outputs: Map<string, MethodOutput>, k: number, capacity: number): void {
  for (const [name, out] of outputs) {
    const mean = out[k];
    if (!mean) continue;
    let p = pairs.get(name);
    if (!p) {
      p = { actual: new Float64Array(capacity), mean: new Float64Array(capacity), length: 0 };
      pairs.set(name, p);
    }
    for (let h = 0; h < mean.length && p.length < capacity; h += 1) {
      if (!s.known[origin + h]) continue;
      p.actual[p.length] = s.units[origin + h] ?? 0;
      p.mean[p.length] = mean[h] ?? 0;
      p.length += 1;
    }
  }
}

export async function forecastPanel(history: DemandPanel, options: EngineOptions): Promise<PanelForecast> {
  const { origin, horizon, methods } = options;
  if (origin + horizon > history.days) throw new RangeError('the panel must hold the days to forecast (add future days first)');
  // Days from origin on are never read by a method; the backtest folds are scored on capped days too.
  const panel = capOutliers(history, origin).panel;
  const folds = options.folds ?? 2;
  const interval = options.interval ?? [0.1, 0.9];
  const step = options.foldStep ?? horizon;
  const origins = [...Array.from({ length: folds }, (_, f) => origin - horizon - (folds - 1 - f) * step).filter((o) => o > MIN_HISTORY_DAYS), origin];
  const calendar = calendarEvents(panel);
  const count = panel.series.length;
  const pairs = panel.series.map(() => new Map<string, FoldPairs>());
  let final = new Map<string, MethodOutput>();
  let finalProfile: ProfileForecast[] = [];
  const total = origins.length * (methods.length + 1);
  let done = 0;

  // Every method is asked for every origin before any answer is awaited: a method that works on
  // another thread (the global model) trains while this one runs the others.
  const asked = origins.map((o, index) => {
    const effects = poolEffects(panel, o, calendar, options.pause);
    const profile = panel.series.map((s, k) => {
      options.pause?.();
      return profileEs(s, k, effects, horizon, options.profileAlpha);
    });
    options.onProgress?.({ stage: `origin ${index + 1}/${origins.length}: calendar effects`, done: (done += 1), total });
    const answers = methods.map((method) => {
      const answer = Promise.resolve(method.forecast({ panel, origin: o, horizon, step: index, steps: origins.length, effects, profile }));
      void answer.then(
        () => options.onProgress?.({ stage: `origin ${index + 1}/${origins.length}: ${method.name}`, done: (done += 1), total }),
        () => undefined,
      );
      return answer;
    });
    return { o, profile, answers };
  });
  for (const { o, profile, answers } of asked) {
    const outputs = new Map<string, MethodOutput>();
    const results = await Promise.all(answers);
    methods.forEach((method, i) => outputs.set(method.name, results[i] ?? []));
    addCombinations(outputs, options.combinations ?? [], count, horizon);
    if (o === origin) {
      final = outputs;
      finalProfile = profile;
    } else panel.series.forEach((s, k) => recordFold(pairs[k] ?? new Map(), s, o, outputs, k, folds * horizon));
  }

  const candidates = { ...CANDIDATES, ...options.candidates };
  const classes = panel.series.map((s) => classifySeries(s, origin).demandClass);
  const scores = panel.series.map((_, k) => {
    const prior = finalProfile[k]?.dispersion ?? Number.POSITIVE_INFINITY;
    const scored = new Map<string, MethodScore>();
    for (const [name, p] of pairs[k] ?? []) if (final.get(name)?.[k]) scored.set(name, scoreMethod(p, prior));
    return scored;
  });
  const defaults = classDefaults(classes, scores, candidates);
  const series = panel.series.map((s, k): SeriesForecast => {
    const demandClass = classes[k] ?? 'no-demand';
    const enoughHistory = knownDays(s, origin) >= MIN_HISTORY_DAYS;
    const scored = scores[k] ?? new Map<string, MethodScore>();
    const picked = enoughHistory ? chooseMethod(candidates[demandClass] ?? [], scored, defaults.get(demandClass), options.margin ?? DEFAULT_MARGIN) : null;
    const chosen = picked ?? (enoughHistory ? PROFILE_ES : MEAN_28);
    const mean = Float64Array.from(final.get(chosen)?.[k] ?? new Float64Array(horizon), (v) => (Number.isFinite(v) && v > 0 ? v : 0));
    // The point is the median of the day's sales around the mean (the product's own scatter); the
    // interval also carries how far this method's means missed in the backtest.
    const daily = finalProfile[k]?.dispersion ?? Number.POSITIVE_INFINITY;
    const dispersion = Math.min(daily, scored.get(chosen)?.dispersion ?? daily);
    return {
      id: s.id,
      category: s.category,
      demandClass,
      chosen,
      enoughHistory,
      mean,
      point: mean.map((m) => median(m, daily)),
      lower: mean.map((m) => quantile(m, dispersion, interval[0])),
      upper: mean.map((m) => quantile(m, dispersion, interval[1])),
      dispersion,
      backtestError: Object.fromEntries([...scored].map(([name, score]) => [name, Math.round(score.error * 100) / 100])),
    };
  });
  return { origin, horizon, interval, series, methodMeans: final, classDefaults: Object.fromEntries(defaults) };
}
