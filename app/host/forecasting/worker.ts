import { parentPort, workerData } from 'node:worker_threads';
import type { PooledEffects } from '../../core/forecasting/effects';
import type { GlobalReply, GlobalRequest, GlobalWorkerData } from './global-remote';
import { runPipeline } from './pipeline';
import type { WorkerMessage, WorkerRequest } from './runner';
import { runShopJob, type ShopJobData, type ShopJobMessage } from './shop-job';
import { runInBackground } from '../workers/background-priority';
import { yieldToCounter } from '../workers/counter-gate';

/**
 * The forecasting threads. `pipeline`: a whole run (selection, training, forecasts), so the
 * host's thread (bills, scans, the screens) never waits on it; it reports progress as it goes.
 * `global-model`: the global model, trained beside the pipeline's other methods.
 */
const port = parentPort;
if (!port) throw new Error('forecast worker started outside a worker thread');
runInBackground();
const data = workerData as ({ role: 'pipeline' } & WorkerRequest) | GlobalWorkerData | ShopJobData;

if (data.role === 'shop') {
  const post = (message: ShopJobMessage) => port.postMessage(message);
  runShopJob(data, post).catch((e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
} else if (data.role === 'pipeline') {
  const post = (message: WorkerMessage) => port.postMessage(message);
  runPipeline(data.panel, {
    ...data.options,
    global: { ...data.options.global, onEpoch: (e) => post({ type: 'epoch', ...e }) },
    onProgress: (p) => post({ type: 'progress', ...p }),
  })
    .then((result) => post({ type: 'done', result }))
    .catch((e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
} else {
  const reply = (message: GlobalReply) => port.postMessage(message);
  const { globalModelMethod } = await import('./global-model');
  const method = globalModelMethod({ ...data.options, onEpoch: (e) => reply({ id: -1, type: 'epoch', ...e }), pause: yieldToCounter(data.counterGate) });
  // The global model reads only the panel; the per-origin effects belong to the other methods.
  const noEffects: PooledEffects = { origin: 0, weekday: [], lifts: new Map(), events: [], weekdays: new Uint8Array() };
  port.on('message', (request: GlobalRequest) => {
    const answer =
      request.type === 'save'
        ? method.save().then((model): GlobalReply => ({ id: request.id, type: 'saved', model }))
        : method
            .forecast({
              panel: data.panel,
              origin: request.origin,
              horizon: request.horizon,
              step: request.step,
              steps: request.steps,
              effects: { ...noEffects, origin: request.origin },
              profile: [],
            })
            .then((output): GlobalReply => ({ id: request.id, type: 'output', output }));
    answer.then(reply, (e: unknown) => reply({ id: request.id, type: 'failed', message: e instanceof Error ? e.message : String(e) }));
  });
}
