import Database from 'better-sqlite3';
import { loadMigrations, migrate, type MigrateResult } from './migrate';

export interface OpenOptions {
  /** how long a write waits for another process's lock before DB_BUSY */
  busyTimeoutMs?: number;
  migrationsDir?: string;
  backupDir?: string;
}

export interface OpenedDatabase {
  db: Database.Database;
  migration: MigrateResult;
}

/**
 * Opens (or creates) a shop's SQLite file the way the books need it: WAL for concurrent readers,
 * synchronous=FULL because power cuts are common, foreign keys on, a busy timeout; then migrates.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const migration = migrate(db, file, loadMigrations(options.migrationsDir), options.backupDir);
    return { db, migration };
  } catch (e) {
    db.close();
    throw e;
  }
}
