import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/**
 * WAL checkpoints off the bill's path and off the host's thread. SQLite's automatic checkpoint
 * runs inside the commit that crosses its threshold, so every few hundred bills one cashier
 * waited ~10 ms (on a large file, hundreds) while pages were copied back and the file fsynced.
 * Here the automatic one is off, and a worker thread with its own connection runs a PASSIVE
 * checkpoint every `everyCommits` commits and when the shop goes quiet (then also emptying the WAL
 * file); WAL lets it copy pages while the counter keeps committing. Durability is unchanged: a commit is durable once its WAL
 * frames are synced (synchronous=FULL); checkpoints only keep the WAL short.
 */
export interface CheckpointOptions {
  everyCommits?: number;
  idleMs?: number;
}

export interface Checkpointer {
  /** call after each outermost commit */
  noteCommit(): void;
  /** checkpoint on this thread, shrink the WAL and stop the worker (on close) */
  flush(): void;
  /** resolves when the checkpoints asked for so far are done (tests, benchmarks) */
  settled(): Promise<void>;
  /** how long each background checkpoint took */
  readonly durationsMs: readonly number[];
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
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    // Quiet: once every frame is copied, TRUNCATE only empties the file (a moment), so the WAL left
    // by a busy spell or a bulk import does not keep slowing every later bill's page look-ups.
    if (message === 'idle' && r && r.busy === 0 && r.log === r.checkpointed) db.pragma('wal_checkpoint(TRUNCATE)');
    parentPort.postMessage({ ms: performance.now() - started });
  }
  catch (e) { parentPort.postMessage({ error: String(e && e.message || e) }); }
});`;

export function createCheckpointer(db: Database.Database, options: CheckpointOptions = {}): Checkpointer {
  const everyCommits = options.everyCommits ?? 400;
  const idleMs = options.idleMs ?? 1500;
  const durationsMs: number[] = [];
  let commits = 0;
  let inFlight = 0;
  const waiters: Array<() => void> = [];
  let idle: NodeJS.Timeout | undefined;
  let worker: Worker | null = null;
  db.pragma('wal_autocheckpoint = 0');

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

  const checkpoint = (when: 'busy' | 'idle') => {
    if (commits === 0) return;
    const w = start();
    if (!w) return;
    commits = 0;
    inFlight += 1;
    w.postMessage(when);
  };

  return {
    durationsMs,
    noteCommit() {
      commits += 1;
      if (commits >= everyCommits) checkpoint('busy');
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
