import { localDate } from '../../core/calendar/fy';
import type { Clock, IdSource, Store } from '../../core/services/ports';
import type { ForecastJobs, NewRunResult, RunTrigger } from '../../core/services/forecasting/ports';
import type { EventBus } from '../event-bus';
import { startJobProcess } from '../workers/job-process';
import { everyNight } from '../workers/nightly';
import type { ShopJobData, ShopJobMessage } from './shop-job';

/**
 * The host's forecasting runs: one at a time, in the forecast worker thread (which reads the
 * history on its own connection and trains there), progress pushed to the screens a few times a
 * second, and the answer written back in slices of products with the event loop free between
 * them, so a bill posted meanwhile waits for one slice at most.
 */
export interface ForecastJobsOptions {
  dbFile: string;
  store: () => Store;
  clock: Clock;
  ids: IdSource;
  events: EventBus;
  log: (message: string, error?: unknown) => void;
  horizon?: number;
  /** products written per transaction */
  slice?: number;
  /** runs whose forecasts are kept (the newest finished ones) */
  keepRuns?: number;
  /** the host's requests in flight (counter-gate.ts): the run yields to them */
  counterGate?: SharedArrayBuffer;
}

export interface HostForecastJobs extends ForecastJobs {
  /** resolves when the run in progress (if any) has ended */
  idle(): Promise<void>;
  /** starts the nightly run when none has started today and it is past `hour` o'clock; returns the stop */
  nightly(options?: { everyMs?: number; hour?: number }): () => void;
  /** stops the run in progress (marked failed) before the shop file closes */
  close(): void;
}

const FORECAST_WORKER = { source: new URL('./worker.ts', import.meta.url), built: 'forecast-worker.mjs' };

export function createForecastJobs(options: ForecastJobsOptions): HostForecastJobs {
  const horizon = options.horizon ?? 28;
  const slice = options.slice ?? 200;
  let current: { runId: string; stage: string; fraction: number; stop: () => void; done: Promise<void> } | null = null;
  let lastPush = 0;
  const push = (runId: string, stage: string, fraction: number, status: 'running' | 'done' | 'failed', force = false) => {
    const now = Date.now();
    if (!force && now - lastPush < 250) return;
    lastPush = now;
    options.events.publish({ event: 'forecast.progress', payload: { runId, stage, fraction: Math.round(fraction * 1000) / 1000, status } });
  };
  const at = () => options.clock.now().toISOString();

  async function write(result: Omit<NewRunResult, 'finishedAt'>) {
    const store = options.store();
    for (let i = 0; i < result.products.length; i += slice) {
      store.forecasting.writeProducts(result.runId, result.products.slice(i, i + slice));
      if (current) {
        current.stage = 'saving';
        current.fraction = 0.9 + (0.1 * Math.min(result.products.length, i + slice)) / Math.max(1, result.products.length);
        push(result.runId, current.stage, current.fraction, 'running');
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    store.forecasting.finishRun({ ...result, products: result.products.length, finishedAt: at() });
    store.forecasting.prune(options.keepRuns ?? 8);
  }

  function start(request: { trigger: RunTrigger; userId: string | null }): { runId: string } | null {
    if (current) return null;
    const store = options.store();
    const runId = options.ids.newId('fcr');
    const today = localDate(options.clock.now());
    store.forecasting.insertRun({ id: runId, trigger: request.trigger, requestedBy: request.userId, startedAt: at(), origin: today, horizon, products: 0 });
    const data: ShopJobData = { role: 'shop', dbFile: options.dbFile, runId, today, horizon };
    // In a low-priority process of its own, as every long job (workers/job-process.ts).
    const worker = startJobProcess(FORECAST_WORKER, { workerData: { ...data }, counterGate: options.counterGate, level: 'nightly' });
    let settled = false;
    let answered = false;
    let stop = () => {};
    const done = new Promise<void>((resolve) => {
      const end = (error: string | null) => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        if (error !== null) {
          options.log(`[forecast] the run failed: ${error}`);
          try {
            options.store().forecasting.failRun(runId, at(), error.slice(0, 500));
          } catch (e) {
            options.log('[forecast] could not mark the run failed', e);
          }
        }
        push(runId, error === null ? 'done' : 'failed', 1, error === null ? 'done' : 'failed', true);
        options.events.publish({ event: 'data.changed', payload: { areas: ['forecasting'] } });
        current = null;
        resolve();
      };
      worker.on('message', (message: ShopJobMessage) => {
        if (message.type === 'progress') {
          if (current) Object.assign(current, { stage: message.stage, fraction: message.fraction });
          push(runId, message.stage, message.fraction, 'running');
        } else if (message.type === 'error') end(message.message);
        else {
          const result = message.result;
          answered = true;
          void worker.terminate();
          write(result).then(
            () => end(null),
            (e: unknown) => end(e instanceof Error ? e.message : String(e)),
          );
        }
      });
      worker.on('error', (e) => end(e.message));
      // The worker is ended on purpose once its answer is in; only an exit before that is a failure.
      worker.on('exit', (code) => {
        if (!answered) end(`the forecast worker stopped (exit code ${code}) before it finished`);
      });
      stop = () => end('the app closed before the run finished');
    });
    current = { runId, stage: 'starting', fraction: 0, stop: () => stop(), done };
    push(runId, 'starting', 0, 'running', true);
    return { runId };
  }

  return {
    start,
    progress: () => (current ? { runId: current.runId, stage: current.stage, fraction: current.fraction } : null),
    idle: async () => {
      while (current) await current.done;
    },
    nightly: ({ everyMs = 15 * 60_000, hour = 2 } = {}) =>
      everyNight({
        clock: options.clock,
        everyMs,
        hour,
        busy: () => current !== null,
        lastStartedAt: () => options.store().forecasting.latestRun()?.startedAt,
        start: () => start({ trigger: 'nightly', userId: null }),
        onError: (e) => options.log('[forecast] the nightly check failed', e),
      }),
    close: () => current?.stop(),
  };
}
