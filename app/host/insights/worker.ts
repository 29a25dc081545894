import { parentPort, workerData } from 'node:worker_threads';
import { dayNumber, runInsights, type ShopHistory } from '../../core/insights';
import { simulateShop } from '../../core/insights/simulate/shop';
import { toPieces } from './chunks';
import type { InsightsRequest, WorkerMessage } from './protocol';

/** The insights job's thread: loads the history, runs the pure engine, posts the report back once. */
function load(request: InsightsRequest): ShopHistory {
  return request.source.kind === 'history' ? request.source.history : simulateShop(request.source.options).history;
}

function run(request: InsightsRequest): WorkerMessage {
  try {
    const started = performance.now();
    const history = load(request);
    const loaded = performance.now();
    let firstDay = Number.POSITIVE_INFINITY;
    for (const b of history.bills) firstDay = Math.min(firstDay, dayNumber(b.at));
    const options = request.alertsOverWholeHistory && Number.isFinite(firstDay) ? { ...request.options, alertsFromDay: firstDay } : request.options;
    const report = runInsights(history, options, () => performance.now());
    return { ok: true, pieces: toPieces({ ...report }), loadMs: loaded - started, runMs: performance.now() - loaded };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const message = run(workerData as InsightsRequest);
parentPort?.postMessage(message, message.ok ? message.pieces.map((p) => p.json.buffer as ArrayBuffer) : []);
