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
 */
export interface CheckpointOptions {
  everyCommits?: number;
  /** commits after a worker pass at which this thread copies back what was committed meanwhile */
  catchUpAfter?: number;
  idleMs?: number;
}

export interface Checkpointer {
  /** call after each outermost commit */
  noteCommit(): void;
  /** checkpoint on this thread, empty the WAL file and stop the worker (on close) */
  flush(): void;
  /** resolves when the checkpoints asked for so far are done (tests, benchmarks) */
  settled(): Promise<void>;
  /** how long each background checkpoint took */
  readonly durationsMs: readonly number[];
  /** how long each catch-up on the committing thread took */
  readonly catchUpMs: readonly number[];
}

// Plain CommonJS so the worker needs no TypeScript loader in tests, in dev or in the bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
parentPort.on('message', (message) => {
  if (message === 'stop') { db.close(); parentPort.close(); return; }
  const started = performance.now();
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ms: performance.now() - started });
  }
  catch (e) { parentPort.postMessage({ error: String(e && e.message || e) }); }
});`;

const WAL_KEPT_BYTES = 64 * 1024 * 1024;

export function createCheckpointer(db: Database.Database, options: CheckpointOptions = {}): Checkpointer {
  const everyCommits = options.everyCommits ?? 200;
  const catchUpAfter = options.catchUpAfter ?? 16;
  const idleMs = options.idleMs ?? 1500;
  const durationsMs: number[] = [];
  const catchUpMs: number[] = [];
  let commits = 0;
  let catchUpDue = false;
  let inFlight = 0;
  const waiters: Array<() => void> = [];
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
    worker.on('message', (m: { ms?: number; error?: string }) => {
      if (m.ms !== undefined) durationsMs.push(m.ms);
      if (m.error) console.error('[checkpoint]', m.error);
      inFlight -= 1;
      if (inFlight === 0) waiters.splice(0).forEach((w) => w());
    });
    worker.on('error', (e) => console.error('[checkpoint] worker failed', e));
    return worker;
  };

  // the version of the file (PRAGMA data_version) at the worker's last pass: it moves when another connection commits
  let dataVersion: Database.Statement<[], number> | null = null;
  let versionAtPass = -1;
  const checkpoint = (when: 'busy' | 'idle') => {
    if (commits === 0) return;
    const w = start();
    if (!w) return;
    commits = 0;
    catchUpDue = when === 'busy';
    dataVersion ??= db.prepare<[], number>('PRAGMA data_version').pluck();
    versionAtPass = dataVersion.get() ?? -1;
    inFlight += 1;
    w.postMessage(when);
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
      if (othersWrote()) {
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
    noteCommit() {
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
      if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
      commits = 0;
    },
    settled: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
