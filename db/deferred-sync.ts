import { open } from 'node:fs/promises';
import type Database from 'better-sqlite3';
import type { SqliteStore } from './store';

/**
 * Commits whose fsync is taken off the committing thread, for work that is said to nobody until it
 * is on disk (the sync applier's batches). Under WAL a commit with synchronous=NORMAL writes its
 * frames and returns; the file stays consistent whatever happens, only the newest commits may be
 * lost to a power cut, never a half of one. `flush` then syncs the WAL file on libuv's thread
 * pool, so the host's thread serves the counter while the disk works; what was committed before
 * `flush` was called is durable once it resolves (an fsync covers every page of the file). Any
 * later commit at synchronous=FULL (a counter's bill) also syncs every frame before its own.
 */
export interface DeferredSync {
  /** fn in one transaction whose commit does not wait for the disk */
  transaction<T>(fn: () => T): T;
  /** fn's own statements (each its own transaction) commit without waiting for the disk */
  relaxed<T>(fn: () => T): T;
  /** resolves once everything committed before the call is on disk; rejects if the disk said no */
  flush(): Promise<void>;
}

interface Pragmas {
  wal: boolean;
  relax(): void;
  restore(): void;
}

export function deferredSync(current: () => SqliteStore): DeferredSync {
  // The host reopens its file after a restore: statements belong to one connection.
  const byConnection = new WeakMap<Database.Database, Pragmas>();
  const pragmasOf = (raw: Database.Database): Pragmas => {
    let p = byConnection.get(raw);
    if (!p) {
      const level = Number(raw.pragma('synchronous', { simple: true }));
      p = {
        wal: !raw.memory && String(raw.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal',
        // SQLite sets this pragma while compiling the statement, so a prepared one would act once, when made.
        relax: () => raw.exec('PRAGMA synchronous = NORMAL'),
        restore: () => raw.exec(`PRAGMA synchronous = ${Number.isInteger(level) ? level : 2}`),
      };
      byConnection.set(raw, p);
    }
    return p;
  };
  return {
    transaction(fn) {
      const store = current();
      const p = pragmasOf(store.raw);
      if (!p.wal || store.raw.inTransaction) return store.transaction(fn);
      p.relax();
      try {
        return store.transaction(fn);
      } finally {
        p.restore();
      }
    },
    relaxed(fn) {
      const raw = current().raw;
      const p = pragmasOf(raw);
      if (!p.wal || raw.inTransaction) return fn();
      p.relax();
      try {
        return fn();
      } finally {
        p.restore();
      }
    },
    async flush() {
      const raw = current().raw;
      if (!pragmasOf(raw).wal) return;
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
