import { AsyncLocalStorage } from 'node:async_hooks';
import { statSync } from 'node:fs';
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import type { Host } from '../app/host/create-host';

/**
 * What a slow bill waited for, seen from the host's own thread (the bench runs the host in its own
 * process): its timer firing late, its transaction's BEGIN IMMEDIATE (the write lock and its busy
 * handler), body and COMMIT (the WAL's fsync at synchronous=FULL), a checkpoint catch-up run after
 * its commit, other transactions and flushes meanwhile, V8's GC pauses (perf_hooks 'gc' entries)
 * and event-loop blocks over 20 ms with what overlapped them.
 */
interface Span {
  from: number;
  to: number;
}
interface TxSpan extends Span {
  bill: number | null;
  beginMs: number;
  bodyMs: number;
  commitMs: number;
  catchUpMs: number;
  failed: boolean;
  /** for a slow transaction not a bill's: who ran it (the first frames of our code on its stack) */
  caller?: string;
}
interface GcSpan extends Span {
  kind: string;
}

export interface BillTiming {
  bill: number;
  due: number;
  sent: number;
  back: number;
}

const LOOP_TICK_MS = 10;
const BLOCK_MS = 20;
const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak', 16: 'all' };
const r1 = (ms: number) => Math.round(ms * 10) / 10;
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.to, b.to) - Math.max(a.from, b.from));
const within = <T extends Span>(spans: readonly T[], w: Span) => spans.filter((s) => s.to > w.from && s.from < w.to);
const SLOW_TX_MS = 40;
const WAL_SAMPLE_TICKS = 25;
/** The frames of our own code that called a slow transaction, innermost first (the probe's own left out). */
const callerOf = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((l) => /\/(app|db)\//.test(l) && !l.includes('heavy-work-probes'))
    .slice(0, 4)
    .map((l) =>
      l
        .trim()
        .replace(/^at /, '')
        .replace(/\(?(file:\/\/)?\/[^()\s]*?\/(app|db)\//, '$2/')
        .replace(/\)$/, ''),
    )
    .join(' < ');
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

export interface Probes {
  /** runs one bill's call so that its transactions are told apart from everyone else's */
  asBill<T>(bill: number, call: () => Promise<T>): Promise<T>;
  /** the slowest bills of a phase, each with what it waited for */
  slowest(bills: readonly BillTiming[], phaseEnd: number, count?: number): unknown[];
  /** the host thread's blocks over 20 ms in a phase, GC pauses in it, and what the import's flushes took */
  hostThread(phase: { from: number; to: number }): unknown;
  stop(): void;
}

export function startProbes(host: Host): Probes {
  const who = new AsyncLocalStorage<number>();
  const txs: TxSpan[] = [];
  const gcs: GcSpan[] = [];
  const blocks: Span[] = [];
  const flushes: Span[] = [];

  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & { detail?: { kind?: number } }>) {
      gcs.push({ from: e.startTime, to: e.startTime + e.duration, kind: GC_KINDS[e.detail?.kind ?? 0] ?? 'other' });
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });

  // The WAL file's size now and then: bulk writes must not grow it without bound.
  const walSizes: Array<{ at: number; bytes: number }> = [];
  const walFile = `${host.store.raw.name}-wal`;
  let ticks = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - last > LOOP_TICK_MS + BLOCK_MS) blocks.push({ from: last + LOOP_TICK_MS, to: now });
    last = now;
    if (++ticks % WAL_SAMPLE_TICKS === 0) walSizes.push({ at: now, bytes: statSync(walFile, { throwIfNoEntry: false })?.size ?? 0 });
  }, LOOP_TICK_MS);

  // Every transaction of the host's connection, timed in its parts; the store object is the one the services use.
  const store = host.store;
  const transaction = store.transaction;
  const checkpoints = store.checkpoints;
  const noteCommit = checkpoints.noteCommit;
  const noteBulkCommit = checkpoints.noteBulkCommit;
  /** a bulk writer's waits while the worker copied the WAL back */
  const copyBacks: Span[] = [];
  let lastCopy: Promise<void> | null = null;
  checkpoints.noteBulkCommit = () => {
    const copy = noteBulkCommit();
    if (copy !== lastCopy) {
      lastCopy = copy;
      const from = performance.now();
      void copy
        .finally(() => {
          if (performance.now() - from > 1) copyBacks.push({ from, to: performance.now() });
        })
        .catch(() => undefined);
    }
    return copy;
  };
  let catchUp = 0;
  checkpoints.noteCommit = () => {
    const t = performance.now();
    noteCommit();
    catchUp += performance.now() - t;
  };
  store.transaction = <T>(fn: () => T): T => {
    if (store.raw.inTransaction) return transaction(fn);
    const t0 = performance.now();
    let t1 = t0;
    let t2 = t0;
    catchUp = 0;
    let failed = true;
    try {
      const result = transaction(() => {
        t1 = performance.now();
        try {
          return fn();
        } finally {
          t2 = performance.now();
        }
      });
      failed = false;
      return result;
    } finally {
      const t3 = performance.now();
      const bill = who.getStore() ?? null;
      const span: TxSpan = { from: t0, to: t3, bill, beginMs: t1 - t0, bodyMs: t2 - t1, commitMs: t3 - t2 - catchUp, catchUpMs: catchUp, failed };
      if (bill === null && t3 - t0 > SLOW_TX_MS) {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 30;
        span.caller = callerOf(new Error().stack);
        Error.stackTraceLimit = limit;
      }
      txs.push(span);
    }
  };
  const unsynced = host.deps.unsyncedWrites;
  const flush = unsynced?.flush;
  if (unsynced && flush) {
    unsynced.flush = async () => {
      const span = { from: performance.now(), to: 0 };
      try {
        await flush();
      } finally {
        span.to = performance.now();
        flushes.push(span);
      }
    };
  }

  const loopBlock = (b: Span) => {
    const gc = within(gcs, b);
    const tx = within(txs, b);
    const gcMs = sum(gc.map((g) => overlap(g, b)));
    const txMs = sum(tx.map((t) => overlap(t, b)));
    const cause =
      gcMs > txMs && gcMs > 0.3 * (b.to - b.from) ? 'GC' : txMs > 0.3 * (b.to - b.from) ? 'transactions' : 'other JS on the host thread (a job reply, slices)';
    return { from: r1(b.from), ms: r1(b.to - b.from), gcMs: r1(gcMs), txMs: r1(txMs), cause };
  };

  return {
    asBill: (bill, call) => who.run(bill, call),
    slowest(bills, phaseEnd, count = 10) {
      return [...bills]
        .sort((a, b) => b.back - b.due - (a.back - a.due))
        .slice(0, count)
        .map((b) => {
          const waited: Span = { from: b.due, to: b.back };
          const inCall: Span = { from: b.sent, to: b.back };
          const own = txs.filter((t) => t.bill === b.bill);
          const others = within(txs, inCall).filter((t) => t.bill !== b.bill);
          const gc = within(gcs, waited);
          return {
            waitedMs: r1(b.back - b.due),
            timerLateMs: r1(b.sent - b.due),
            callMs: r1(b.back - b.sent),
            endedBeforePhaseEndMs: r1(phaseEnd - b.back),
            // wall-clock time it was sent, to line it up with the machine's disk statistics
            sentAt: new Date(performance.timeOrigin + b.sent).toISOString(),
            own: {
              writeLockMs: r1(sum(own.map((t) => t.beginMs))),
              bodyMs: r1(sum(own.map((t) => t.bodyMs))),
              commitFsyncMs: r1(sum(own.map((t) => t.commitMs))),
              checkpointCatchUpMs: r1(sum(own.map((t) => t.catchUpMs))),
              failed: own.some((t) => t.failed),
            },
            othersTransactions: {
              n: others.length,
              ms: r1(sum(others.map((t) => overlap(t, inCall)))),
              commitFsyncMs: r1(sum(others.map((t) => t.commitMs))),
              catchUpMs: r1(sum(others.map((t) => t.catchUpMs))),
            },
            flushesOnThreadPoolMs: r1(sum(within(flushes, inCall).map((f) => overlap(f, inCall)))),
            /** the checkpoint worker copying an import's WAL back meanwhile (its writes and fsync share the disk) */
            copyBackMs: r1(sum(within(copyBacks, inCall).map((c) => overlap(c, inCall)))),
            gc: { n: gc.length, ms: r1(sum(gc.map((g) => overlap(g, waited)))), kinds: [...new Set(gc.map((g) => g.kind))] },
            loopBlocks: within(blocks, waited).map(loopBlock),
          };
        });
    },
    hostThread(phase) {
      const b = within(blocks, phase).map(loopBlock);
      const gc = within(gcs, phase);
      const longest = [...b].sort((x, y) => y.ms - x.ms).slice(0, 5);
      const major = gc.filter((g) => g.kind !== 'minor');
      return {
        blocksOver20Ms: b.length,
        blockedMs: r1(sum(b.map((x) => x.ms))),
        byCause: Object.fromEntries([...new Set(b.map((x) => x.cause))].map((c) => [c, b.filter((x) => x.cause === c).length])),
        longestBlocks: longest,
        gc: { n: gc.length, ms: r1(sum(gc.map((g) => g.to - g.from))), maxMs: r1(Math.max(0, ...gc.map((g) => g.to - g.from))), notMinor: major.length },
        slowestOtherTransactions: within(txs, phase)
          .filter((t) => t.bill === null)
          .sort((x, y) => y.to - y.from - (x.to - x.from))
          .slice(0, 6)
          .map((t) => ({
            ms: r1(t.to - t.from),
            writeLockMs: r1(t.beginMs),
            bodyMs: r1(t.bodyMs),
            commitMs: r1(t.commitMs),
            catchUpMs: r1(t.catchUpMs),
            caller: t.caller,
          })),
        catchUpsOnHostThread: {
          n: within(txs, phase).filter((t) => t.catchUpMs > 1).length,
          maxMs: r1(Math.max(0, ...within(txs, phase).map((t) => t.catchUpMs))),
        },
        flushes: { n: within(flushes, phase).length, maxMs: r1(Math.max(0, ...within(flushes, phase).map((f) => f.to - f.from))) },
        bulkWaitsForCopyBack: {
          n: within(copyBacks, phase).length,
          ms: r1(sum(within(copyBacks, phase).map((c) => c.to - c.from))),
          maxMs: r1(Math.max(0, ...within(copyBacks, phase).map((c) => c.to - c.from))),
        },
        walMaxBytes: Math.max(0, ...walSizes.filter((w) => w.at >= phase.from && w.at <= phase.to).map((w) => w.bytes)),
      };
    },
    stop() {
      clearInterval(ticker);
      gcObserver.disconnect();
      store.transaction = transaction;
      checkpoints.noteCommit = noteCommit;
      checkpoints.noteBulkCommit = noteBulkCommit;
      if (unsynced && flush) unsynced.flush = flush;
    },
  };
}
