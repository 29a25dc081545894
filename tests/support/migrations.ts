import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { defaultMigrationsDir } from '../../db/migrate';

/**
 * A migrations folder of our own, so a test can stage an older app (only 0001) or a newer one with
 * a good or broken 0002 without touching db/migrations.
 */
export function stageMigrations(dir: string, extra: Record<string, string> = {}): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(defaultMigrationsDir, '0001_spine.sql'), join(dir, '0001_spine.sql'));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(join(dir, name), sql);
  return dir;
}

/** The highest applied migration version (0 when none). */
export function schemaVersion(db: Database.Database): number {
  return (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

export function columnNames(db: Database.Database, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>).map((r) => r.name);
}
