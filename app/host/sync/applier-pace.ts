import { counterRequests } from '../workers/counter-gate';

/**
 * How the applier shares the host's one thread with the counter. A request that reaches the host
 * while a batch runs waits for the batch, so while the counter is serving its screens (a request
 * came in the last `recentMs`):
 * - a batch ends once it has run `quickMs` (0: after one command, ~1 ms), so a bill waits at most
 *   one command;
 * - after each batch the thread is left free for the counter, so the applier takes at most `share`
 *   of it. Back to back, even one-command batches would keep the thread busy between bills:
 *   nearly every bill would arrive during one and wait for it, and the host would hold a core the
 *   counter's own process wants on a two-core PC (docs/sync.md "The counter goes first" has the
 *   figures);
 * - after that rest, the next batch waits for one of the counter's requests to be answered and
 *   starts at once: the gap after a bill is when the next bill is least likely to come. A batch at
 *   any other moment met the next bill two times in five. With no answer within `afterRequestMs`
 *   it starts anyway, so requests that never pause slow a catch-up and never stop it.
 *
 * When the counter is quiet a batch runs to its full budget, back to back, which applies a backlog
 * fastest. A batch never starts while a request is in flight on the host's thread (one awaiting
 * something), but waits for it at most `maxWaitMs`, so a long request slows a catch-up and never
 * stops it.
 */
export interface PaceOptions {
  quickMs?: number;
  recentMs?: number;
  maxWaitMs?: number;
  /** the most of the host's thread the applier takes while the counter is serving (0 < share ≤ 1) */
  share?: number;
  /** after its rest, how long a batch waits for one of the counter's requests to be answered before it starts anyway */
  afterRequestMs?: number;
}

export interface ApplierPace {
  /** resolves when no counter request is in flight, or after the longest wait */
  clear(): Promise<void>;
  /** the time budget of the batch about to start */
  budgetMs(fullMs: number): number;
  /** after a batch that ran `ms`: resolves when the next one may start */
  rest(ms: number): Promise<void>;
  /** the counter served a request in the last `recentMs` */
  serving(): boolean;
  close(): void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const LOOK_EVERY_MS = 25;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

export function applierPace(gate: SharedArrayBuffer | undefined, options: PaceOptions = {}): ApplierPace {
  if (!gate) return { clear: () => Promise.resolve(), budgetMs: (fullMs) => fullMs, rest: nextTurn, serving: () => false, close: () => {} };
  const requests = counterRequests(gate);
  const quickMs = options.quickMs ?? 0;
  const recentMs = options.recentMs ?? 150;
  const maxWaitMs = options.maxWaitMs ?? 20;
  const share = Math.min(1, Math.max(0.01, options.share ?? 0.25));
  const afterRequestMs = options.afterRequestMs ?? 50;
  let started = requests.started();
  let lastAt = Number.NEGATIVE_INFINITY;
  const serving = () => {
    const now = requests.started();
    if (now !== started) {
      started = now;
      lastAt = performance.now();
    }
    return performance.now() - lastAt < recentMs;
  };
  // A request is dated when it is first seen: looked for now and then, a request long past is not
  // taken for one just served when a device reconnects after a quiet spell.
  const looking = setInterval(serving, LOOK_EVERY_MS);
  looking.unref();
  return {
    async clear() {
      const deadline = performance.now() + maxWaitMs;
      while (requests.inFlight() > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
    },
    budgetMs: (fullMs) => (serving() ? Math.min(quickMs, fullMs) : fullMs),
    async rest(ms) {
      if (!serving() || share >= 1) return nextTurn();
      const restUntil = performance.now() + (ms * (1 - share)) / share;
      // Then the next batch starts just after one of the counter's requests is answered, the moment the
      // next one is least likely to come: bills come one after another, rarely back to back.
      const giveUpAt = restUntil + afterRequestMs;
      let seen = requests.started();
      // a request came (or was in flight) since the last look whose answer has not been waited for
      let came = false;
      for (;;) {
        await tick();
        const now = performance.now();
        if (!serving() || now >= giveUpAt) return;
        const started = requests.started();
        const inFlight = requests.inFlight();
        came ||= started !== seen || inFlight > 0;
        seen = started;
        if (!came || inFlight > 0) continue;
        if (now >= restUntil) return;
        came = false;
      }
    },
    serving,
    close: () => clearInterval(looking),
  };
}
