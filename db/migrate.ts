import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { createBackupSync } from './backup/create';

/**
 * Versioned SQL migrations (db/migrations/NNNN_name.sql), applied in order, all pending ones in
 * one transaction after an online backup of the file (db/backup, checked before anything changes). A failure rolls everything back, so the old
 * file is untouched; an edited, already-applied migration stops the app (additive once released).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export const defaultMigrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir = defaultMigrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), 'utf8');
      // Line endings are normalised so a CRLF checkout on a Windows build machine has the same checksum.
      const checksum = createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
      return { version: Number(f.slice(0, 4)), name: f.slice(5, -4), sql, checksum };
    });
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly version: number,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrateResult {
  applied: number[];
  backup: string | null;
}

function appliedMigrations(db: Database.Database): Map<number, string> {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const rows = db.prepare<[], { version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations').all();
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

/** What is left to apply; refuses a file that an edited migration or a newer app has touched. */
function pendingMigrations(applied: Map<number, string>, migrations: readonly Migration[]): Migration[] {
  for (const m of migrations) {
    const sum = applied.get(m.version);
    if (sum !== undefined && sum !== m.checksum) {
      throw new MigrationError(`Migration ${m.version}_${m.name} was changed after it was applied; migrations are append-only`, m.version);
    }
  }
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied.keys()].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    const newest = Math.max(...unknown);
    throw new MigrationError(`This shop file was written by a newer SmartKirana (schema ${newest}); update the app before opening it`, newest);
  }
  return migrations.filter((m) => !applied.has(m.version));
}

export function migrate(db: Database.Database, file: string, migrations: readonly Migration[], backupDir?: string): MigrateResult {
  const applied = appliedMigrations(db);
  if (pendingMigrations(applied, migrations).length === 0) return { applied: [], backup: null };

  let backup: string | null = null;
  if (applied.size > 0 && file !== ':memory:') {
    const shop = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'shop'").get()
      ? db.prepare<[], { name: string }>('SELECT name FROM shop LIMIT 1').get()
      : undefined;
    const made = createBackupSync({
      source: file,
      dir: backupDir ?? join(dirname(file), 'backups'),
      slug: shop?.name ?? 'shop',
      kind: 'migration',
      at: new Date(),
      integrity: 'quick',
    });
    if (!made.ok || !made.file) {
      throw new MigrationError(
        `The shop file could not be backed up before upgrading it (${made.error ?? 'unknown'}); nothing was changed`,
        Math.max(...applied.keys()),
      );
    }
    backup = made.file;
  }

  // A table rebuilt to change a CHECK (SQLite cannot alter one) is dropped while other tables
  // still name it; foreign keys are checked whole before the commit instead (below).
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  // Another process may have migrated while this one waited for the lock: decide again under it.
  const pending = pendingMigrations(appliedMigrations(db), migrations);
  try {
    const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
    for (const m of pending) {
      try {
        db.exec(m.sql);
      } catch (e) {
        throw new MigrationError(`Migration ${m.version}_${m.name} failed: ${e instanceof Error ? e.message : String(e)}`, m.version);
      }
      record.run(m.version, m.name, m.checksum, new Date().toISOString());
    }
    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new MigrationError(`Migrations left ${broken.length} broken foreign keys`, pending.at(-1)?.version ?? 0);
    db.exec('COMMIT');
  } catch (e) {
    // Some failures (a trigger's RAISE(ROLLBACK), a full disk, an I/O error) have already rolled the
    // transaction back inside SQLite; a second ROLLBACK would throw and hide the MigrationError.
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { applied: pending.map((m) => m.version), backup };
}
