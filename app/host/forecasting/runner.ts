import { Worker } from 'node:worker_threads';
import type { DemandPanel } from '../../core/forecasting/series';
import type { GlobalModelOptions } from './global-model';
import type { PipelineOptions, PipelineResult } from './pipeline';
import { forecastWorkerEntry } from './worker-entry';

/**
 * Runs a forecasting pipeline in a worker thread and hands back its result; progress (stages
 * and training epochs) arrives as it happens. The worker is the bundled `forecast-worker.mjs`
 * next to the host's bundle, or, from source (tests, the CLI under tsx), `worker.ts` loaded
 * through tsx.
 */
export interface WorkerRequest {
  panel: DemandPanel;
  options: Omit<PipelineOptions, 'onProgress' | 'global'> & { global?: Omit<GlobalModelOptions, 'onEpoch'> };
}

export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'epoch'; step: number; epoch: number; epochs: number; loss: number }
  | { type: 'done'; result: PipelineResult }
  | { type: 'error'; message: string };

export type ProgressMessage = Extract<WorkerMessage, { type: 'progress' | 'epoch' }>;

export interface ForecastRun {
  result: Promise<PipelineResult>;
  /** stops the worker; `result` then rejects */
  cancel(): Promise<void>;
}

/**
 * `handOver`: move the panel's arrays to the worker instead of copying them (the caller's panel is
 * then empty): a big shop's history is built for the run and need not exist twice.
 */
export function runForecastInWorker(request: WorkerRequest, onProgress?: (message: ProgressMessage) => void, handOver = false): ForecastRun {
  const transferList = handOver ? request.panel.series.flatMap((s) => [s.units.buffer, s.known.buffer, s.promo.buffer, s.price.buffer]) : [];
  const worker = new Worker(forecastWorkerEntry(), { workerData: { role: 'pipeline', ...request }, transferList: transferList as ArrayBuffer[] });
  let settled = false;
  const result = new Promise<PipelineResult>((resolve, reject) => {
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') finish(() => resolve(message.result));
      else if (message.type === 'error') finish(() => reject(new Error(message.message)));
      else onProgress?.(message);
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the forecast worker stopped (exit code ${code}) before it finished`))));
  });
  return {
    result,
    async cancel() {
      await worker.terminate();
    },
  };
}
