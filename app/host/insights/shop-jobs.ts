import { localDate } from '../../core/calendar/fy';
import { dayOfIso, isoOfDay } from '../../core/insights/ist';
import type { InsightsJobs, InsightsRun, InsightsTrigger } from '../../core/services/insights/ports';
import type { Clock } from '../../core/services/ports';
import type { EventBus } from '../event-bus';
import { everyNight } from '../workers/nightly';
import { startInsightsJob, type InsightsRun as WorkerRun } from './runner';

/**
 * The host's insights runs: one at a time, on the insights worker thread, which reads two years
 * of the books on its own read-only connection; the host keeps the last report in memory for the
 * screens (a restart runs it again at night or when the owner asks).
 */
export interface InsightsJobsOptions {
  dbFile: string;
  clock: Clock;
  events: EventBus;
  log: (message: string, error?: unknown) => void;
  /** days of history the job reads (two years) */
  historyDays?: number;
  /** the host's requests in flight (workers/counter-gate.ts): the run yields to them */
  counterGate?: SharedArrayBuffer;
}

export interface HostInsightsJobs extends InsightsJobs {
  /** resolves when the run in progress (if any) has ended */
  idle(): Promise<void>;
  /** starts the nightly run when none has run today and it is past `hour` o'clock (IST); returns the stop */
  nightly(options?: { everyMs?: number; hour?: number }): () => void;
  close(): void;
}

export function createInsightsJobs(options: InsightsJobsOptions): HostInsightsJobs {
  const historyDays = options.historyDays ?? 730;
  let current: { startedAt: string; worker: WorkerRun; done: Promise<void> } | null = null;
  let last: InsightsRun | null = null;
  let failure: { at: string; error: string } | null = null;
  const at = () => options.clock.now().toISOString();

  function start(trigger: InsightsTrigger): boolean {
    if (current) return false;
    const today = localDate(options.clock.now());
    const startedAt = at();
    const began = performance.now();
    const worker = startInsightsJob({
      source: { kind: 'books', dbFile: options.dbFile, from: isoOfDay(dayOfIso(today) - historyDays + 1), today },
      counterGate: options.counterGate,
    });
    const done = worker.result.then((reply) => {
      current = null;
      if (reply.ok) {
        last = { trigger, startedAt, finishedAt: at(), seconds: Math.round((performance.now() - began) / 100) / 10, report: reply.report };
        failure = null;
      } else {
        failure = { at: at(), error: reply.error.slice(0, 500) };
        options.log(`[insights] the run failed: ${reply.error}`);
      }
      options.events.publish({ event: 'data.changed', payload: { areas: ['insights'] } });
    });
    current = { startedAt, worker, done };
    return true;
  }

  return {
    start,
    running: () => (current ? { startedAt: current.startedAt } : null),
    last: () => last,
    lastError: () => failure,
    idle: async () => {
      await current?.done;
    },
    nightly: ({ everyMs = 15 * 60_000, hour = 3 } = {}) =>
      everyNight({
        clock: options.clock,
        everyMs,
        hour,
        busy: () => current !== null,
        lastStartedAt: () => last?.startedAt,
        start: () => start('nightly'),
        onError: (e) => options.log('[insights] the nightly check failed', e),
      }),
    close: () => {
      void current?.worker.cancel();
    },
  };
}
