import { dayFromIso } from '../../core/forecasting/days';
import { historyWindow, panelFromLedger } from '../../core/forecasting/ledger';
import { festivalPeaks, runAccuracy, type RunSummary } from '../../core/forecasting/run-summary';
import { withFutureDays, type DemandPanel } from '../../core/forecasting/series';
import type { NewRunResult } from '../../core/services/forecasting/ports';
import { openReadOnlyDatabase } from '../../../db/open';
import { createStore } from '../../../db/store';
import { yieldToCounter } from '../workers/counter-gate';
import { runPipeline } from './pipeline';
import type { SavedModel } from './tf-wasm';

/**
 * A shop's forecasting run inside the worker thread: the demand history read on a read-only
 * connection of its own, the pipeline, and the run's summary; the host's thread only receives the
 * answer and writes it. Two years of history; ETS for the best sellers only (it costs ~20 ms a
 * product per origin).
 */
export interface ShopJobData {
  role: 'shop';
  dbFile: string;
  runId: string;
  /** the shop's today (YYYY-MM-DD): history ends the day before, forecasts start today */
  today: string;
  horizon: number;
  years?: number;
  etsMaxSeries?: number;
  /** the host's requests in flight (counter-gate.ts): the run yields to them */
  counterGate?: SharedArrayBuffer;
}

export type ShopJobMessage =
  { type: 'progress'; stage: string; fraction: number } | { type: 'done'; result: Omit<NewRunResult, 'finishedAt'> } | { type: 'error'; message: string };

const FOLDS = 2;

/** Model bytes for the BLOB column: topology and weight specs as JSON, a NUL, then the weights. */
export function packModel(model: SavedModel | null): Uint8Array | null {
  if (!model) return null;
  const head = new TextEncoder().encode(JSON.stringify({ topology: model.topology, weightSpecs: model.weightSpecs }));
  const out = new Uint8Array(head.length + 1 + model.weights.length);
  out.set(head);
  out.set(model.weights, head.length + 1);
  return out;
}

/** The history's rows with a yield point every few hundred (the read takes seconds on two years). */
function* yielding<T>(rows: Iterable<T>, pause: () => void): Generator<T> {
  let n = 0;
  for (const row of rows) {
    if ((n += 1) % 256 === 0) pause();
    yield row;
  }
}

/** Products with at least one sale in the window (the rest have nothing to learn from). */
function sold(panel: DemandPanel): DemandPanel {
  return { ...panel, series: panel.series.filter((s) => s.known.some((k) => k === 1) || s.units.some((u) => u > 0)) };
}

export async function runShopJob(data: ShopJobData, post: (m: ShopJobMessage) => void): Promise<void> {
  const started = performance.now();
  const pause = yieldToCounter(data.counterGate);
  const window = historyWindow(data.today, data.years ?? 2);
  if (!window) throw new Error(`not a date: ${data.today}`);
  post({ type: 'progress', stage: 'history', fraction: 0.01 });
  const db = openReadOnlyDatabase(data.dbFile);
  let laidOut;
  try {
    // The history's rows stream from the connection straight into the panel's arrays.
    const history = createStore(db).forecasting.history(window.from, window.to);
    laidOut = panelFromLedger({ ...history, sales: yielding(history.sales, pause), stock: yielding(history.stock, pause) });
  } finally {
    db.close();
  }
  const { panel: history, stockOutDays } = laidOut;
  const panel = withFutureDays(sold(history), data.horizon);
  const origin = history.days;
  post({ type: 'progress', stage: 'history', fraction: 0.05 });
  const result = await runPipeline(panel, {
    origin,
    horizon: data.horizon,
    folds: FOLDS,
    etsMaxSeries: data.etsMaxSeries ?? 100,
    keepMethodMeans: false,
    withoutGlobal: panel.series.length === 0,
    onProgress: (p) => post({ type: 'progress', stage: p.stage, fraction: 0.05 + (0.85 * p.done) / Math.max(1, p.total) }),
    pause,
    counterGate: data.counterGate,
  });
  const { forecast } = result;
  const methods: Record<string, number> = {};
  for (const s of forecast.series) methods[s.chosen] = (methods[s.chosen] ?? 0) + 1;
  const summary: RunSummary = {
    accuracy: runAccuracy(panel, forecast, FOLDS),
    festivals: festivalPeaks(panel, dayFromIso(data.today) ?? panel.start + origin),
    methods,
    stockOutDays,
  };
  const foldFrom = Math.max(0, origin - FOLDS * data.horizon);
  const products: NewRunResult['products'] = forecast.series.map((f, k) => {
    const s = panel.series[k];
    let units = 0;
    if (s) for (let i = foldFrom; i < origin; i += 1) if (s.known[i]) units += s.units[i] ?? 0;
    const wape = (error: number | undefined) => (error === undefined || units <= 0 ? null : Math.round((error / units) * 1000) / 1000);
    const days = Array.from({ length: data.horizon }, (_, h) => ({
      day: new Date((panel.start + origin + h) * 86_400_000).toISOString().slice(0, 10),
      mean: f.mean[h] ?? 0,
      point: f.point[h] ?? 0,
      lower: f.lower[h] ?? 0,
      upper: f.upper[h] ?? 0,
    }));
    return {
      productId: f.id,
      category: f.category,
      method: f.chosen,
      demandClass: f.demandClass,
      enoughHistory: f.enoughHistory,
      dispersion: Number.isFinite(f.dispersion) ? f.dispersion : 1e9,
      backtestError: wape(f.backtestError[f.chosen]),
      naiveError: wape(f.backtestError.snaive),
      days,
    };
  });
  post({
    type: 'done',
    result: { runId: data.runId, seconds: (performance.now() - started) / 1000, summary, model: packModel(result.model), products },
  });
}
