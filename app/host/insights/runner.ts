import type { InsightsReport } from '../../core/insights';
import { startJobProcess, type JobProcess } from '../workers/job-process';
import { fromPieces } from './chunks';
import type { InsightsReply, InsightsRequest, WorkerMessage } from './protocol';

export type { InsightsRequest, InsightsReply, InsightsSource, JobPauses } from './protocol';

/**
 * Runs the insights job on its own thread, so the counter's bills never wait behind it (the job
 * takes seconds over years of history), in a low-priority process of its own (job-process.ts).
 * In the built app the worker is its own bundle beside the host's (`insights-worker.mjs`); from
 * source (dev, tests) the TypeScript worker is loaded through tsx.
 */
const WORKER = { source: new URL('./worker.ts', import.meta.url), built: 'insights-worker.mjs' };

function spawn({ counterGate, ...request }: InsightsRequest): JobProcess {
  return startJobProcess(WORKER, { workerData: { ...request }, counterGate, level: 'nightly' });
}

export interface InsightsRun {
  result: Promise<InsightsReply>;
  /** stops the job (the host shutting down); the result then answers an error */
  cancel(): Promise<void>;
}

export function startInsightsJob(request: InsightsRequest): InsightsRun {
  const worker = spawn(request);
  let settled = false;
  let arrived = false;
  const result = new Promise<InsightsReply>((resolve) => {
    const finish = (reply: InsightsReply) => {
      if (settled) return;
      settled = true;
      resolve(reply);
      void worker.terminate();
    };
    worker.once('message', (message: WorkerMessage) => {
      if (!message.ok) return finish(message);
      arrived = true;
      fromPieces(message.pieces).then(
        ({ report, longestParseMs }) =>
          finish({
            ok: true,
            report: report as unknown as InsightsReport,
            loadMs: message.loadMs,
            runMs: message.runMs,
            longestParseMs,
            pauses: message.pauses,
          }),
        (e: unknown) => finish({ ok: false, error: `the insights report did not parse: ${e instanceof Error ? e.message : String(e)}` }),
      );
    });
    worker.once('error', (e) => finish({ ok: false, error: e.message }));
    worker.once('exit', (code) => {
      if (!arrived) finish({ ok: false, error: `the insights worker stopped (exit ${code}) before answering` });
    });
  });
  return {
    result,
    cancel: async () => {
      await worker.terminate();
    },
  };
}
