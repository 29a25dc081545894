import { counterRequests } from '../workers/counter-gate';

/**
 * How long the applier's next batch may run. A request that reaches the host while a batch runs
 * waits for the batch (one thread), so while the counter is serving its screens (a request came in
 * the last `recentMs`) a batch ends once it has run `quickMs` (0: after one command, ~1 ms) and the
 * event loop reads the next request between two batches; when the counter is quiet a batch runs to
 * its full budget, which applies a backlog fastest. Measured (bench sync-devices): batches of 2 ms
 * while the counter bills put its p95 at 1.3–1.5 × alone, one command at 0.8–1.1 ×. A batch never starts while a request is in flight on the host's thread (one
 * awaiting something), but waits for it at most `maxWaitMs`, so a long request slows a catch-up and
 * never stops it.
 */
export interface PaceOptions {
  quickMs?: number;
  recentMs?: number;
  maxWaitMs?: number;
}

export interface ApplierPace {
  /** resolves when no counter request is in flight, or after the longest wait */
  clear(): Promise<void>;
  /** the time budget of the batch about to start */
  budgetMs(fullMs: number): number;
}

export function applierPace(gate: SharedArrayBuffer | undefined, options: PaceOptions = {}): ApplierPace {
  if (!gate) return { clear: () => Promise.resolve(), budgetMs: (fullMs) => fullMs };
  const requests = counterRequests(gate);
  const quickMs = options.quickMs ?? 0;
  const recentMs = options.recentMs ?? 150;
  const maxWaitMs = options.maxWaitMs ?? 20;
  let started = requests.started();
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    async clear() {
      const deadline = performance.now() + maxWaitMs;
      while (requests.inFlight() > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
    },
    budgetMs(fullMs) {
      const now = requests.started();
      if (now !== started) {
        started = now;
        lastAt = performance.now();
      }
      return performance.now() - lastAt < recentMs ? Math.min(quickMs, fullMs) : fullMs;
    },
  };
}
