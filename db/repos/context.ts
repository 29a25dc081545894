import { sql, type Placeholder } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema';

/** What every repo is built from: drizzle for typed queries, the raw handle for FTS and pragmas. */
export interface RepoContext {
  orm: BetterSQLite3Database<typeof schema>;
  raw: Database.Database;
}

export const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * A statement prepared on first use and kept. Building a drizzle query and preparing its SQL on
 * every call was most of what posting a bill cost (bench/); first use, not creation, so opening a
 * file prepares only what it runs.
 */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * A read kept in memory (every bill reads the shop row, the stock settings and the GST rate
 * table) until this connection changes it (`forget`) or another connection commits (PRAGMA
 * data_version moves).
 * Inside a transaction it is read afresh and not kept: a rollback would leave it stale.
 */
export function cachedRead<T>(raw: RepoContext['raw'], read: () => T): { get(): T; forget(): void } {
  // A prepared pragma: raw.pragma() would prepare it again on every call.
  const dataVersion = raw.prepare<[], number>('PRAGMA data_version').pluck();
  let kept: { version: number; value: T } | null = null;
  return {
    get() {
      if (raw.inTransaction) return read();
      const version = dataVersion.get() ?? 0;
      if (!kept || kept.version !== version) kept = { version, value: read() };
      return kept.value;
    },
    forget: () => void (kept = null),
  };
}

/** For transaction-bound multi-row writes done one prepared row at a time: all rows or none, also outside a transaction. */
export function atomically(raw: RepoContext['raw'], fn: () => void): void {
  if (raw.inTransaction) fn();
  else raw.transaction(fn)();
}

/** Named placeholders for a prepared drizzle statement: placeholders('id', 'name') → { id: sql.placeholder('id'), … }. */
export function placeholders<K extends string>(...names: K[]): Record<K, Placeholder<K>> {
  return Object.fromEntries(names.map((n) => [n, sql.placeholder(n)])) as Record<K, Placeholder<K>>;
}

/** "col = @key" assignments for the fields of `patch` that are given, for a partial UPDATE. */
export function assignments(columns: Record<string, string>, patch: Record<string, unknown>): { sets: string[]; args: Record<string, unknown> } {
  const sets: string[] = [];
  const args: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const v = patch[key];
    if (v === undefined) continue;
    sets.push(`${column} = @${key}`);
    args[key] = typeof v === 'boolean' ? Number(v) : Array.isArray(v) ? JSON.stringify(v) : v;
  }
  return { sets, args };
}
