import { movingAverage, seasonalNaive } from './baselines';
import type { PooledEffects } from './effects';
import { croston, sba, tsb } from './intermittent';
import type { ProfileForecast } from './profile-es';
import type { DemandPanel } from './series';

/**
 * A forecasting method: mean demand per day for every product over [origin, origin + horizon),
 * seeing only days before origin. The engine calls it once per backtest origin, oldest first, and
 * then at the forecast origin, so a trained model may carry on from where it stopped; it asks for
 * all of them before awaiting any, so an asynchronous method must answer them in that order.
 */
export interface MethodContext {
  panel: DemandPanel;
  origin: number;
  horizon: number;
  /** which call this is: 0 … folds (the last is the real forecast) */
  step: number;
  steps: number;
  effects: PooledEffects;
  /** the profile model of each product at this origin (shared: several methods use it) */
  profile: readonly ProfileForecast[];
}

/** null for a product the method cannot forecast (it is then not a candidate for it). */
export type MethodOutput = Array<Float64Array | null>;

export interface Forecaster {
  name: string;
  forecast(ctx: MethodContext): MethodOutput | Promise<MethodOutput>;
}

function perSeries(name: string, f: (ctx: MethodContext, k: number) => Float64Array): Forecaster {
  return { name, forecast: (ctx) => ctx.panel.series.map((_, k) => f(ctx, k)) };
}

const series = (ctx: MethodContext, k: number) => {
  const s = ctx.panel.series[k];
  if (!s) throw new RangeError(`no series ${k}`);
  return s;
};

export const SEASONAL_NAIVE = 'snaive';
export const MEAN_28 = 'mean-28';
export const PROFILE_ES = 'profile-es';
/** The global model (app/host/forecasting: it needs TensorFlow.js) */
export const GLOBAL = 'global';

export const seasonalNaiveMethod = perSeries(SEASONAL_NAIVE, (ctx, k) => seasonalNaive(series(ctx, k), ctx.origin, ctx.horizon));
export const mean28Method = perSeries(MEAN_28, (ctx, k) => movingAverage(series(ctx, k), ctx.origin, ctx.horizon, 28));
export const crostonMethod = perSeries('croston', (ctx, k) => croston(series(ctx, k), ctx.origin, ctx.horizon));
export const sbaMethod = perSeries('sba', (ctx, k) => sba(series(ctx, k), ctx.origin, ctx.horizon));
export const tsbMethod = perSeries('tsb', (ctx, k) => tsb(series(ctx, k), ctx.origin, ctx.horizon));
export const profileMethod = perSeries(PROFILE_ES, (ctx, k) => ctx.profile[k]?.mean ?? new Float64Array(ctx.horizon));

/** The methods that need nothing but this folder. */
export const LOCAL_METHODS: readonly Forecaster[] = [seasonalNaiveMethod, mean28Method, crostonMethod, sbaMethod, tsbMethod, profileMethod];
