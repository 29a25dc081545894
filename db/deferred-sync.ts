import { open } from 'node:fs/promises';
import type Database from 'better-sqlite3';
import type { SqliteStore } from './store';

/**
 * Commits whose fsync is taken off the committing thread, for work that is said to nobody until it
 * is on disk (the sync applier's batches, the relay's log). Under WAL a commit with
 * synchronous=NORMAL writes its frames and returns; the file stays consistent whatever happens,
 * only the newest commits may be lost to a power cut, never a half of one. `flush` then makes what
 * was committed before it was called durable, one of two ways:
 * - a later commit at synchronous=FULL that wrote frames (a counter's bill) syncs the WAL file, and
 *   an fsync covers every frame before its own. While the counter bills (`waitForCommitMs` says how
 *   long to wait for one), `flush` resolves on such a commit and adds no fsync of its own: a second
 *   fsync of the same file running beside the bill's would make the bill wait for the disk twice;
 * - else it syncs the WAL file on libuv's thread pool, so the host's thread serves the counter
 *   while the disk works.
 * A checkpoint that copies frames back syncs the WAL before and the database file after, so a
 * frame the WAL no longer holds is durable too.
 */
export interface DeferredSync {
  /** fn in one transaction whose commit does not wait for the disk */
  transaction<T>(fn: () => T): T;
  /** fn's own statements (each its own transaction) commit without waiting for the disk */
  relaxed<T>(fn: () => T): T;
  /** resolves once everything committed before the call is on disk; rejects if the disk said no */
  flush(): Promise<void>;
  /** after a bulk writer's commit: its frames are copied back off this thread (Checkpointer.noteBulkCommit) */
  bulkCommitted(): Promise<void>;
}

export interface DeferredSyncOptions {
  /** how long a flush may wait for a commit that syncs the WAL anyway (0: sync now) */
  waitForCommitMs?: () => number;
}

interface Connection {
  wal: boolean;
  /** commits of `transaction` sync the WAL file (synchronous=FULL or EXTRA) */
  syncsOnCommit: boolean;
  relaxedNow: boolean;
  /** resolved by the next commit that synced frames */
  waiting: Array<() => void>;
  relax(): void;
  restore(): void;
}

export function deferredSync(current: () => SqliteStore, options: DeferredSyncOptions = {}): DeferredSync {
  // The host reopens its file after a restore: statements belong to one connection.
  const byConnection = new WeakMap<Database.Database, Connection>();
  const connectionOf = (store: SqliteStore): Connection => {
    const raw = store.raw;
    let c = byConnection.get(raw);
    if (!c) {
      const level = Number(raw.pragma('synchronous', { simple: true }));
      const kept = Number.isInteger(level) ? level : 2;
      const made: Connection = {
        wal: !raw.memory && String(raw.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal',
        syncsOnCommit: kept >= 2,
        relaxedNow: false,
        waiting: [],
        // SQLite sets this pragma while compiling the statement, so a prepared one would act once, when made.
        relax: () => {
          raw.exec('PRAGMA synchronous = NORMAL');
          made.relaxedNow = true;
        },
        restore: () => {
          raw.exec(`PRAGMA synchronous = ${kept}`);
          made.relaxedNow = false;
        },
      };
      store.onCommit((wrote) => {
        if (wrote && !made.relaxedNow && made.syncsOnCommit) made.waiting.splice(0).forEach((resolve) => resolve());
      });
      byConnection.set(raw, made);
      c = made;
    }
    return c;
  };
  const relaxedAround = <T>(store: SqliteStore, fn: () => T): T => {
    const c = connectionOf(store);
    if (!c.wal || store.raw.inTransaction) return fn();
    c.relax();
    try {
      return fn();
    } finally {
      c.restore();
    }
  };
  /** true once a commit that synced frames came after the call, false if none came within ms */
  const syncedByACommit = (c: Connection, ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        const at = c.waiting.indexOf(synced);
        if (at >= 0) c.waiting.splice(at, 1);
        resolve(false);
      }, ms);
      const synced = () => {
        clearTimeout(timer);
        resolve(true);
      };
      c.waiting.push(synced);
    });
  return {
    transaction(fn) {
      const store = current();
      return relaxedAround(store, () => store.transaction(fn));
    },
    relaxed: (fn) => relaxedAround(current(), fn),
    bulkCommitted: () => current().checkpoints.noteBulkCommit(),
    async flush() {
      const store = current();
      const c = connectionOf(store);
      if (!c.wal) return;
      const waitMs = options.waitForCommitMs?.() ?? 0;
      if (waitMs > 0 && c.syncsOnCommit && (await syncedByACommit(c, waitMs))) return;
      const raw = store.raw;
      const wal = await open(`${raw.name}-wal`, 'r').catch((e: unknown) => {
        // No WAL file: the last connection checkpointed it into the database file (synced) and removed it.
        if ((e as { code?: unknown }).code === 'ENOENT') return null;
        throw e;
      });
      if (!wal) return;
      try {
        await wal.datasync();
      } finally {
        await wal.close();
      }
    },
  };
}
