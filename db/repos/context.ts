import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema';

/** What every repo is built from: drizzle for typed queries, the raw handle for FTS and pragmas. */
export interface RepoContext {
  orm: BetterSQLite3Database<typeof schema>;
  raw: Database.Database;
}

export const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));
