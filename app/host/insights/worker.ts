import { parentPort, workerData } from 'node:worker_threads';
import { dayNumber, dayOfIso, runInsights, type InsightsOptions, type ShopHistory } from '../../core/insights';
import { simulateShop } from '../../core/insights/simulate/shop';
import { openReadOnlyDatabase } from '../../../db/open';
import { createStore } from '../../../db/store';
import { toPieces } from './chunks';
import type { InsightsRequest, WorkerMessage } from './protocol';
import { runInBackground } from '../workers/background-priority';

runInBackground();

/** The insights job's thread: loads the history, runs the pure engine, posts the report back once. */
function load(request: InsightsRequest): { history: ShopHistory; options: Partial<InsightsOptions> } {
  const source = request.source;
  if (source.kind === 'history') return { history: source.history, options: {} };
  if (source.kind === 'simulated') return { history: simulateShop(source.options).history, options: {} };
  const db = openReadOnlyDatabase(source.dbFile);
  try {
    const repo = createStore(db).insights;
    return { history: repo.history(source.from), options: { asOfDay: dayOfIso(source.today), pricedProducts: repo.pricedProducts(source.today) } };
  } finally {
    db.close();
  }
}

function run(request: InsightsRequest): WorkerMessage {
  try {
    const started = performance.now();
    const { history, options: loadedOptions } = load(request);
    const loaded = performance.now();
    let firstDay = Number.POSITIVE_INFINITY;
    for (const b of history.bills) firstDay = Math.min(firstDay, dayNumber(b.at));
    const given = { ...loadedOptions, ...request.options };
    const options = request.alertsOverWholeHistory && Number.isFinite(firstDay) ? { ...given, alertsFromDay: firstDay } : given;
    const report = runInsights(history, options, () => performance.now());
    return { ok: true, pieces: toPieces({ ...report }), loadMs: loaded - started, runMs: performance.now() - loaded };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const message = run(workerData as InsightsRequest);
parentPort?.postMessage(message, message.ok ? message.pieces.map((p) => p.json.buffer as ArrayBuffer) : []);
