import { chmodSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { FILE_MODE } from './backup/copy';
import { loadMigrations, migrate, type MigrateResult } from './migrate';
import { checkShopFileHeader } from './shop-file-check';

export interface OpenOptions {
  /** how long a write waits for another process's lock before DB_BUSY */
  busyTimeoutMs?: number;
  migrationsDir?: string;
  backupDir?: string;
  /** run PRAGMA quick_check before anything is written (the host does; tools opening a copy need not) */
  quickCheck?: boolean;
}

export interface OpenedDatabase {
  db: Database.Database;
  migration: MigrateResult;
  /** how long quick_check took, when it ran */
  quickCheckMs: number | null;
}

/**
 * A shop file that must not be opened as it is: empty, cut short or damaged. The host says what
 * it found and which backup to restore; nothing is written to the file.
 */
export class ShopFileError extends Error {
  override name = 'ShopFileError';
  constructor(
    readonly found: 'empty' | 'truncated' | 'damaged',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * How long a write waits for a lock held by another program before the counter hears DB_BUSY.
 * Inside the host every write is on one connection, so only another program (a backup tool, an
 * antivirus scan, a second copy of the app) ever holds it; a cashier waits out a second without
 * noticing, and five seconds per bill is a queue at the counter.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 1000;

/**
 * Opens (or creates) a shop's SQLite file the way the books need it: WAL for concurrent readers,
 * synchronous=FULL because power cuts are common, foreign keys on, a busy timeout; then migrates.
 * An existing file is checked first (header, then quick_check), and made owner-only.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const onDisk = file !== ':memory:';
  if (onDisk) {
    const header = checkShopFileHeader(file);
    if (header.state === 'empty' || header.state === 'truncated' || header.state === 'damaged') throw new ShopFileError(header.state, header.detail);
  }
  const existed = onDisk && existsSync(file);
  const db = new Database(file, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
  try {
    let quickCheckMs: number | null = null;
    if (existed && options.quickCheck) {
      const started = performance.now();
      const rows = db.prepare<[], string>('PRAGMA quick_check(5)').pluck().all();
      quickCheckMs = performance.now() - started;
      if (rows.length !== 1 || rows[0] !== 'ok') throw new ShopFileError('damaged', `SQLite found damage in the shop file: ${rows.join('; ')}`);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (onDisk) for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, FILE_MODE);
    const migration = migrate(db, file, loadMigrations(options.migrationsDir), options.backupDir);
    return { db, migration, quickCheckMs };
  } catch (e) {
    db.close();
    if (e instanceof Database.SqliteError && (e.code === 'SQLITE_CORRUPT' || e.code === 'SQLITE_NOTADB'))
      throw new ShopFileError('damaged', `SQLite cannot read the shop file: ${e.message}`);
    throw e;
  }
}

/**
 * A second, read-only connection to a shop file the host has open: for long reads (exports,
 * import previews) on a worker thread. WAL lets it read while the counter writes; it never
 * takes the write lock, so it never makes a bill wait.
 */
export function openReadOnlyDatabase(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: DEFAULT_BUSY_TIMEOUT_MS });
  db.pragma('foreign_keys = ON');
  return db;
}
