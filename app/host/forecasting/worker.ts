import { parentPort, workerData } from 'node:worker_threads';
import { runPipeline } from './pipeline';
import type { WorkerMessage, WorkerRequest } from './runner';

/**
 * The forecasting run's own thread: selection, training and forecasts happen here, so the host's
 * thread (bills, scans, the screens) never waits on them. Reports progress as it goes.
 */
const port = parentPort;
if (!port) throw new Error('forecast worker started outside a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
const request = workerData as WorkerRequest;

runPipeline(request.panel, {
  ...request.options,
  global: { ...request.options.global, onEpoch: (e) => post({ type: 'epoch', ...e }) },
  onProgress: (p) => post({ type: 'progress', ...p }),
})
  .then((result) => post({ type: 'done', result }))
  .catch((e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
