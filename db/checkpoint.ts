import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/**
 * WAL checkpoints off the bill's path and off the host's thread. SQLite's automatic checkpoint
 * runs inside the commit that crosses its threshold, so every few hundred bills one cashier
 * waited ~10 ms (on a large file, hundreds) while pages were copied back and the file fsynced.
 * Here the automatic one is off, and a worker thread with its own connection runs a PASSIVE
 * checkpoint every `everyCommits` commits and when the shop goes quiet; WAL lets it copy pages
 * while the counter keeps committing. Durability is unchanged: a commit is durable once its WAL
 * frames are synced (synchronous=FULL); checkpoints only keep the WAL short.
 *
 * The WAL file should be reused, not grown. SQLite writes it from its start again when a new write
 * finds every frame already copied back; a commit that extends the file makes its fsync journal the
 * new size too (post-bill p95 3.0 ms against 2.0 ms with the file reused). Under back-to-back bills
 * the worker never caught up with the commits made while it ran, and the WAL grew without end
 * (700 MB in 2,300 bills). So a few commits after each worker pass this thread copies back the
 * handful of frames committed meanwhile (`catchUpAfter`), and the next bill starts the WAL over.
 * The file keeps its size for the next round, up to `journal_size_limit`, beyond which SQLite cuts
 * it back when it starts over (a bulk import's WAL does not stay on disk).
 *
 * A bulk writer (an import's slices, an upload's pieces) writes far more between two passes than
 * bills do: copying its frames back here cost the counter 75–85 ms a round. Its commits are never
 * copied back on this thread; instead, every `bulkEvery` of them the writer waits (off this
 * thread's work, bills still served) while the worker copies the whole WAL back, and its next
 * commit starts the WAL over, so the file stays near `bulkEvery` slices' frames. While the counter
 * bills, the pass goes right after a bill, its writes and fsync done before the next bill's fsync.
 */
export interface CheckpointOptions {
  everyCommits?: number;
  /** bulk commits after which the bulk writer waits for the whole WAL to be copied back */
  bulkEvery?: number;
  /** commits after a worker pass at which this thread copies back what was committed meanwhile */
  catchUpAfter?: number;
  idleMs?: number;
}

export interface Checkpointer {
  /** call after each outermost commit */
  noteCommit(): void;
  /**
   * call after a bulk writer's commit (an import's slice), before its next: every `bulkEvery` such
   * commits it waits while the worker copies the whole WAL back, so the next write starts it over
   */
  noteBulkCommit(): Promise<void>;
  /** checkpoint on this thread, empty the WAL file and stop the worker (on close) */
  flush(): void;
  /** resolves when the checkpoints asked for so far are done (tests, benchmarks) */
  settled(): Promise<void>;
  /** how long each background checkpoint took */
  readonly durationsMs: readonly number[];
  /** how long each catch-up on the committing thread took */
  readonly catchUpMs: readonly number[];
  /** how long each bulk writer's wait for the WAL to be copied back took */
  readonly bulkWaitsMs: readonly number[];
}

// Plain CommonJS so the worker needs no TypeScript loader in tests, in dev or in the bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const copiedAll = (r) => r.busy === 0 && r.log === r.checkpointed;
parentPort.on('message', (message) => {
  if (message === 'stop') { db.close(); parentPort.close(); return; }
  const started = performance.now();
  try {
    let r = passive.get();
    let whole = copiedAll(r);
    if (message === 'bulk') {
      // A pass copies the frames there were when it began; a bill committed meanwhile is left.
      // Whole only once a pass finds nothing new: then the next write starts the WAL over.
      whole = false;
      for (let i = 0; i < 8 && copiedAll(r); i++) {
        const again = passive.get();
        if (copiedAll(again) && again.log === r.log) { whole = true; break; }
        r = again;
      }
    }
    parentPort.postMessage({ ms: performance.now() - started, whole });
  }
  catch (e) { parentPort.postMessage({ error: String(e && e.message || e) }); }
});`;

const WAL_KEPT_BYTES = 64 * 1024 * 1024;
/** an import's slices (≤ 200 rows, a few hundred KB of frames each) between two waits for the worker */
const BULK_EVERY = 8;
/** passes a bulk writer waits for at most: bills keep committing while one runs */
const MAX_BULK_PASSES = 8;
/** a commit not a bulk writer's within this long: the counter is billing */
const COUNTER_BILLING_MS = 500;
/** how long a copy-back waits for the counter's next commit */
const NEXT_BILL_WAIT_MS = 60;

export function createCheckpointer(db: Database.Database, options: CheckpointOptions = {}): Checkpointer {
  const everyCommits = options.everyCommits ?? 200;
  const catchUpAfter = options.catchUpAfter ?? 16;
  const idleMs = options.idleMs ?? 1500;
  const bulkEvery = options.bulkEvery ?? BULK_EVERY;
  const durationsMs: number[] = [];
  const catchUpMs: number[] = [];
  const bulkWaitsMs: number[] = [];
  let commits = 0;
  let catchUpDue = false;
  let bulkCommits = 0;
  /** a bulk writer committed since the worker's last pass: its frames are too many to copy here */
  let bulkSincePass = false;
  let copyingBack: Promise<void> | null = null;
  let unmarkedCommitAt: number | null = null;
  let lastOtherCommitAt = -Infinity;
  const commitWaiters: Array<() => void> = [];
  const nextCommit = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      commitWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  let inFlight = 0;
  const waiters: Array<() => void> = [];
  /** the worker answers its passes in order: who waits for each */
  const answers: Array<(whole: boolean) => void> = [];
  let idle: NodeJS.Timeout | undefined;
  let worker: Worker | null = null;
  db.pragma('wal_autocheckpoint = 0');
  // Room for a round of bills between two checkpoints (~60 pages a bill), so the counter overwrites.
  db.pragma(`journal_size_limit = ${WAL_KEPT_BYTES}`);

  const start = (): Worker | null => {
    if (worker || db.memory) return worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: db.name, driver } });
    worker.unref();
    worker.on('message', (m: { ms?: number; whole?: boolean; error?: string }) => {
      if (m.ms !== undefined) durationsMs.push(m.ms);
      if (m.error) console.error('[checkpoint]', m.error);
      answers.shift()?.(m.whole === true || m.error !== undefined);
      inFlight -= 1;
      if (inFlight === 0) waiters.splice(0).forEach((w) => w());
    });
    worker.on('error', (e) => {
      console.error('[checkpoint] worker failed', e);
      answers.splice(0).forEach((a) => a(true));
    });
    return worker;
  };

  // the version of the file (PRAGMA data_version) at the worker's last pass: it moves when another connection commits
  let dataVersion: Database.Statement<[], number> | null = null;
  let versionAtPass = -1;
  /** a pass of the worker; resolves true when it copied back the whole WAL */
  const pass = (w: Worker, when: 'busy' | 'idle' | 'bulk') => {
    dataVersion ??= db.prepare<[], number>('PRAGMA data_version').pluck();
    versionAtPass = dataVersion.get() ?? -1;
    bulkSincePass = false;
    inFlight += 1;
    const whole = new Promise<boolean>((resolve) => answers.push(resolve));
    w.postMessage(when);
    return whole;
  };
  const checkpoint = (when: 'busy' | 'idle') => {
    if (commits === 0) return;
    const w = start();
    if (!w) return;
    commits = 0;
    catchUpDue = when === 'busy';
    void pass(w, when);
  };

  // A bulk writer waits between two of its commits while the worker copies back everything, then
  // its next commit (or a bill's) writes the WAL from its start again. Bills commit meanwhile (the
  // checkpoint is PASSIVE): the next pass copies their few frames, until one finds none left.
  const copyBackWhole = async () => {
    const w = start();
    if (!w) return;
    const started = performance.now();
    // While the counter bills, the pass goes right after a bill, so its writes and fsync are done
    // before the next bill's own fsync needs the disk.
    if (started - lastOtherCommitAt < COUNTER_BILLING_MS) await nextCommit(NEXT_BILL_WAIT_MS);
    for (let passes = 0; passes < MAX_BULK_PASSES; passes++) {
      if (await pass(w, 'bulk')) {
        commits = 0;
        catchUpDue = false;
        break;
      }
    }
    bulkWaitsMs.push(performance.now() - started);
  };

  // Only the frames since the worker's pass are left: a few milliseconds, mostly the database
  // file's fsync, once a round (bench: catchUpMs). While the worker is still copying, SQLite reports
  // it busy (no error, no wait) and the next commit retries.
  // It runs after a commit, so a failure here must not turn a saved bill into an error.
  //
  // A catch-up is small only when this connection made the commits since the pass: another
  // connection's writes (a job writing from a worker thread) can leave thousands of pages to copy,
  // a stall on this thread. Then the worker makes another pass instead.
  let passive: Database.Statement<[], { busy: number }> | null = null;
  const othersWrote = () => {
    dataVersion ??= db.prepare<[], number>('PRAGMA data_version').pluck();
    return dataVersion.get() !== versionAtPass;
  };
  const catchUp = () => {
    const started = performance.now();
    try {
      if (othersWrote() || bulkSincePass) {
        catchUpDue = false;
        checkpoint('busy');
        return;
      }
      passive ??= db.prepare<[], { busy: number }>('PRAGMA wal_checkpoint(PASSIVE)');
      const r = passive.get();
      if (r?.busy === 0) catchUpDue = false;
      catchUpMs.push(performance.now() - started);
    } catch (e) {
      catchUpDue = false;
      console.error('[checkpoint] catch-up failed', e);
    }
  };

  return {
    durationsMs,
    catchUpMs,
    bulkWaitsMs,
    noteBulkCommit() {
      unmarkedCommitAt = null;
      bulkSincePass = true;
      if (copyingBack) return copyingBack;
      bulkCommits += 1;
      if (bulkCommits < bulkEvery) return Promise.resolve();
      bulkCommits = 0;
      const copy = copyBackWhole().finally(() => (copyingBack = null));
      copyingBack = copy;
      return copy;
    },
    noteCommit() {
      // The commit before this one was not followed by noteBulkCommit: someone else's (a bill's).
      if (unmarkedCommitAt !== null) lastOtherCommitAt = unmarkedCommitAt;
      unmarkedCommitAt = performance.now();
      commitWaiters.splice(0).forEach((w) => w());
      commits += 1;
      if (commits >= everyCommits) checkpoint('busy');
      else if (catchUpDue && commits >= catchUpAfter) catchUp();
      clearTimeout(idle);
      idle = setTimeout(() => checkpoint('idle'), idleMs);
      idle.unref();
    },
    flush() {
      clearTimeout(idle);
      void worker?.postMessage('stop');
      worker = null;
      // A bulk writer waiting for a pass goes on (and finds the file closed) instead of waiting for ever.
      answers.splice(0).forEach((a) => a(true));
      if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
      commits = 0;
    },
    settled: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
