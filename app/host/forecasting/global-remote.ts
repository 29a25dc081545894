import { Worker } from 'node:worker_threads';
import { GLOBAL, type MethodContext, type MethodOutput } from '../../core/forecasting/methods';
import type { DemandPanel } from '../../core/forecasting/series';
import type { GlobalForecaster, GlobalModelOptions } from './global-model';
import { forecastWorkerEntry } from './worker-entry';
import type { SavedModel } from './tf-wasm';

/**
 * The global model on a thread of its own: the pipeline asks it for every origin at once and
 * carries on with the per-product methods while it trains, so a run uses two cores. The model
 * and its training rows live in that thread; only the panel goes in and the forecasts come out.
 */
export type GlobalRequest = { id: number; type: 'forecast'; origin: number; horizon: number; step: number; steps: number } | { id: number; type: 'save' };
export type GlobalReply =
  | { id: number; type: 'output'; output: MethodOutput }
  | { id: number; type: 'saved'; model: SavedModel | null }
  | { id: number; type: 'failed'; message: string }
  | { id: -1; type: 'epoch'; step: number; epoch: number; epochs: number; loss: number };

export interface GlobalWorkerData {
  role: 'global-model';
  panel: DemandPanel;
  options: Omit<GlobalModelOptions, 'onEpoch' | 'pause'>;
  counterGate?: SharedArrayBuffer;
}

export function globalModelInWorker(options: GlobalModelOptions = {}, counterGate?: SharedArrayBuffer): GlobalForecaster {
  const { onEpoch, pause: _onThisThreadOnly, ...plain } = options;
  let worker: Worker | null = null;
  let panel: DemandPanel | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (reply: GlobalReply) => void; reject: (e: Error) => void }>();
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };

  const start = (p: DemandPanel) => {
    void worker?.terminate();
    panel = p;
    const data: GlobalWorkerData = { role: 'global-model', panel: p, options: plain, counterGate };
    const w = new Worker(forecastWorkerEntry(), { workerData: data });
    w.on('message', (reply: GlobalReply) => {
      if (reply.type === 'epoch') return onEpoch?.(reply);
      const entry = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.type === 'failed') entry?.reject(new Error(reply.message));
      else entry?.resolve(reply);
    });
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`the global model's thread stopped (exit code ${code})`)));
    worker = w;
    return w;
  };

  const ask = (w: Worker, request: GlobalRequest) =>
    new Promise<GlobalReply>((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      w.postMessage(request);
    });

  return {
    name: GLOBAL,
    async forecast(ctx: MethodContext): Promise<MethodOutput> {
      const w = worker && panel === ctx.panel ? worker : start(ctx.panel);
      const reply = await ask(w, { id: nextId++, type: 'forecast', origin: ctx.origin, horizon: ctx.horizon, step: ctx.step, steps: ctx.steps });
      return reply.type === 'output' ? reply.output : ctx.panel.series.map(() => null);
    },
    async save() {
      if (!worker) return null;
      const reply = await ask(worker, { id: nextId++, type: 'save' });
      return reply.type === 'saved' ? reply.model : null;
    },
    dispose() {
      const w = worker;
      worker = null;
      w?.removeAllListeners('exit');
      void w?.terminate();
    },
  };
}
