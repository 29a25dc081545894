import { parentPort, workerData } from 'node:worker_threads';
import { dayNumber, dayOfIso, runInsights, type InsightsOptions, type ShopHistory } from '../../core/insights';
import { simulateShop } from '../../core/insights/simulate/shop';
import { openReadOnlyDatabase } from '../../../db/open';
import { createStore } from '../../../db/store';
import { toPieces } from './chunks';
import type { InsightsRequest, JobPauses, WorkerMessage } from './protocol';
import { runInBackground } from '../workers/background-priority';
import { yieldToCounter } from '../workers/counter-gate';

runInBackground();

/** The insights job's thread: loads the history, runs the pure engine, posts the report back once. */
function load(request: InsightsRequest, pause: () => void): { history: ShopHistory; options: Partial<InsightsOptions> } {
  const source = request.source;
  if (source.kind === 'history') return { history: source.history, options: {} };
  if (source.kind === 'simulated') return { history: simulateShop(source.options, pause).history, options: {} };
  const db = openReadOnlyDatabase(source.dbFile);
  try {
    const repo = createStore(db).insights;
    return { history: repo.history(source.from, pause), options: { asOfDay: dayOfIso(source.today), pricedProducts: repo.pricedProducts(source.today) } };
  } finally {
    db.close();
  }
}

/** The counter gate's yield point, counted for the job log and the benchmark. */
function countedPause(shared: SharedArrayBuffer | undefined): { pause: () => void; pauses: JobPauses } {
  const gate = yieldToCounter(shared);
  const pauses: JobPauses = { yieldPoints: 0, waits: 0, waitedMs: 0 };
  if (!shared) return { pause: () => {}, pauses };
  return {
    pauses,
    pause: () => {
      pauses.yieldPoints += 1;
      const started = performance.now();
      gate();
      const waited = performance.now() - started;
      // An idle gate answers in microseconds; a millisecond or more was a wait for a request.
      if (waited >= 1) {
        pauses.waits += 1;
        pauses.waitedMs += waited;
      }
    },
  };
}

function run(request: InsightsRequest): WorkerMessage {
  try {
    const { pause, pauses } = countedPause(request.counterGate);
    const started = performance.now();
    const { history, options: loadedOptions } = load(request, pause);
    const loaded = performance.now();
    let firstDay = Number.POSITIVE_INFINITY;
    for (const b of history.bills) firstDay = Math.min(firstDay, dayNumber(b.at));
    const given = { ...loadedOptions, ...request.options };
    const options = request.alertsOverWholeHistory && Number.isFinite(firstDay) ? { ...given, alertsFromDay: firstDay } : given;
    const report = runInsights(history, options, { now: () => performance.now(), pause });
    return {
      ok: true,
      pieces: toPieces({ ...report }),
      loadMs: loaded - started,
      runMs: performance.now() - loaded,
      pauses: { ...pauses, waitedMs: Math.round(pauses.waitedMs) },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const message = run(workerData as InsightsRequest);
parentPort?.postMessage(message, message.ok ? message.pieces.map((p) => p.json.buffer as ArrayBuffer) : []);
