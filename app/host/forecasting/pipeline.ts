import { forecastPanel, type EngineOptions, type PanelForecast } from '../../core/forecasting/engine';
import { GLOBAL, LOCAL_METHODS, PROFILE_ES, type Forecaster } from '../../core/forecasting/methods';
import type { DemandPanel } from '../../core/forecasting/series';
import { ETS, etsMethod } from './ets';
import type { GlobalForecaster, GlobalModelOptions } from './global-model';
import { globalModelInWorker } from './global-remote';
import type { SavedModel } from './tf-wasm';

/**
 * The whole forecasting run on the Node side: the pure methods of app/core/forecasting plus the
 * two that need wasm (augurs' ETS and the TensorFlow.js global model), with their averages as
 * candidates, through the engine's backtest selection.
 */
export interface PipelineOptions {
  origin: number;
  horizon: number;
  folds?: number;
  foldStep?: number;
  /** ETS only for this many best sellers (all when absent) */
  etsMaxSeries?: number;
  /** leave the global model out (tests of the classical methods, tiny panels) */
  withoutGlobal?: boolean;
  /** train the global model on this thread instead of one of its own (tests) */
  globalOnThisThread?: boolean;
  /** hand back every method's forecasts, not only the chosen ones (backtests want them; the app does not) */
  keepMethodMeans?: boolean;
  global?: GlobalModelOptions;
  margin?: number;
  onProgress?: EngineOptions['onProgress'];
  pause?: EngineOptions['pause'];
  /** the host's requests in flight, for the global model's thread to yield to (counter-gate.ts) */
  counterGate?: SharedArrayBuffer;
}

export const COMBINATIONS = [
  { name: 'profile+ets', members: [PROFILE_ES, ETS] },
  { name: 'profile+global', members: [PROFILE_ES, GLOBAL] },
  { name: 'profile+global+ets', members: [PROFILE_ES, GLOBAL, ETS] },
] as const;

export interface PipelineResult {
  forecast: PanelForecast;
  model: SavedModel | null;
  seconds: number;
}

export async function runPipeline(panel: DemandPanel, options: PipelineOptions): Promise<PipelineResult> {
  const started = performance.now();
  // TensorFlow.js is loaded only where the model trains (its own thread, unless asked otherwise).
  const global: GlobalForecaster | null = options.withoutGlobal
    ? null
    : options.globalOnThisThread
      ? (await import('./global-model')).globalModelMethod(options.global)
      : globalModelInWorker(options.global, options.counterGate);
  const methods: Forecaster[] = [...LOCAL_METHODS, etsMethod({ maxSeries: options.etsMaxSeries })];
  if (global) methods.push(global);
  try {
    const forecast = await forecastPanel(panel, {
      origin: options.origin,
      horizon: options.horizon,
      methods,
      combinations: COMBINATIONS,
      folds: options.folds,
      foldStep: options.foldStep,
      margin: options.margin,
      onProgress: options.onProgress,
      pause: options.pause,
    });
    const model = global ? await global.save() : null;
    if (options.keepMethodMeans === false) forecast.methodMeans = new Map();
    return { forecast, model, seconds: (performance.now() - started) / 1000 };
  } finally {
    global?.dispose();
  }
}
