import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

/**
 * Versioned SQL migrations (db/migrations/NNNN_name.sql), applied in order, all pending ones in
 * one transaction after a backup copy of the file. A failure rolls everything back, so the old
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
      return { version: Number(f.slice(0, 4)), name: f.slice(5, -4), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigrationError extends Error {
  constructor(message: string, readonly version: number) {
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
  const rows = db.prepare('SELECT version, checksum FROM schema_migrations').all() as Array<{ version: number; checksum: string }>;
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

export function migrate(db: Database.Database, file: string, migrations: readonly Migration[], backupDir?: string): MigrateResult {
  const applied = appliedMigrations(db);
  for (const m of migrations) {
    const sum = applied.get(m.version);
    if (sum !== undefined && sum !== m.checksum) {
      throw new MigrationError(`Migration ${m.version}_${m.name} was changed after it was applied; migrations are append-only`, m.version);
    }
  }
  const pending = migrations.filter((m) => !applied.has(m.version));
  if (pending.length === 0) return { applied: [], backup: null };

  let backup: string | null = null;
  if (applied.size > 0 && file !== ':memory:') {
    const dir = backupDir ?? join(dirname(file), 'backups');
    mkdirSync(dir, { recursive: true });
    const current = Math.max(...applied.keys());
    backup = join(dir, `${basename(file)}.v${current}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`);
    db.prepare('VACUUM INTO ?').run(backup);
  }

  db.exec('BEGIN IMMEDIATE');
  try {
    const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
    for (const m of pending) {
      try {
        db.exec(m.sql);
      } catch (e) {
        throw new MigrationError(`Migration ${m.version}_${m.name} failed: ${(e as Error).message}`, m.version);
      }
      record.run(m.version, m.name, m.checksum, new Date().toISOString());
    }
    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new MigrationError(`Migrations left ${broken.length} broken foreign keys`, pending.at(-1)?.version ?? 0);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
  return { applied: pending.map((m) => m.version), backup };
}
