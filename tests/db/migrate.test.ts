import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnNames, schemaVersion, stageMigrations, tableNames } from '../support/migrations';
import { tempDir } from '../support/test-host';
import { loadMigrations, MigrationError } from '../../db/migrate';
import { openDatabase } from '../../db/open';

// Every test works on a real SQLite file in its own temp folder.
let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('sk-migrate-'));
  file = join(dir, 'shop.sqlite');
});
afterEach(() => cleanup());

const LATEST = Math.max(...loadMigrations().map((m) => m.version));
const GOOD_0002 = 'CREATE TABLE loyalty (customer_id TEXT PRIMARY KEY REFERENCES customers (id), points INTEGER NOT NULL DEFAULT 0) STRICT;\n';

/** A shop file at version 1 (as the previous release left it) holding one customer. */
function shopAtVersion1(): string {
  const v1 = stageMigrations(join(dir, 'migrations-v1'));
  const { db } = openDatabase(file, { migrationsDir: v1 });
  db.prepare("INSERT INTO customers (id, name, created_at) VALUES ('cust-1', 'Sunita Sharma', '2026-11-24T05:30:00.000Z')").run();
  db.close();
  return v1;
}

function customerNames(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>('SELECT name FROM customers ORDER BY id')
    .all()
    .map((r) => r.name);
}

function schemaSql(db: Database.Database): unknown[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
}

describe('openDatabase migrations', () => {
  it('migrates a fresh file to the latest version, and a second open applies nothing', () => {
    const first = openDatabase(file);
    expect(first.migration).toEqual({ applied: loadMigrations().map((m) => m.version), backup: null });
    expect(schemaVersion(first.db)).toBe(LATEST);
    expect(tableNames(first.db)).toEqual(expect.arrayContaining(['invoices', 'journal_lines', 'schema_migrations']));
    first.db.close();

    const again = openDatabase(file);
    expect(again.migration).toEqual({ applied: [], backup: null });
    expect(schemaVersion(again.db)).toBe(LATEST);
    again.db.close();
    // A fresh file has nothing worth backing up, and an up-to-date one is not copied on every start.
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('backs up an existing file before migrating it; the backup opens at the old version with the old data', () => {
    shopAtVersion1();
    // A row committed by a connection that is still open lives only in the WAL: the backup must hold it too.
    const other = new Database(file);
    other.prepare("INSERT INTO customers (id, name, created_at) VALUES ('cust-2', 'Rahul Verma', '2026-11-24T05:31:00.000Z')").run();

    const v2 = stageMigrations(join(dir, 'migrations-v2'), { '0002_loyalty.sql': GOOD_0002 });
    const { db, migration } = openDatabase(file, { migrationsDir: v2 });
    other.close();
    expect(migration.applied).toEqual([2]);
    expect(migration.backup).not.toBeNull();
    const backupFile = migration.backup!;
    expect(dirname(backupFile)).toBe(join(dir, 'backups'));
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.sqlite'))).toEqual([
      expect.stringMatching(/^shop-\d{8}-\d{6}-\d{3}-migration\.sqlite$/),
    ]);
    expect(schemaVersion(db)).toBe(2);
    expect(customerNames(db)).toEqual(['Sunita Sharma', 'Rahul Verma']);
    db.close();

    const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(schemaVersion(backup)).toBe(1);
    expect(tableNames(backup)).not.toContain('loyalty');
    expect(customerNames(backup)).toEqual(['Sunita Sharma', 'Rahul Verma']);
    backup.close();
  });

  it.each([
    ['a statement fails halfway', "INSERT INTO customers (id) VALUES ('no-name');"],
    // RAISE(ROLLBACK) ends the transaction inside SQLite before migrate() can roll it back itself.
    [
      'a trigger rolls the transaction back itself',
      "CREATE TRIGGER half_made_guard BEFORE INSERT ON half_made BEGIN SELECT RAISE(ROLLBACK, 'refused'); END;\nINSERT INTO half_made VALUES (1);",
    ],
  ])('a failing migration (%s) throws MigrationError and leaves the old file untouched', (_case, failure) => {
    const v1 = shopAtVersion1();
    const probe = new Database(file);
    const schemaBefore = schemaSql(probe);
    probe.close();

    const broken = stageMigrations(join(dir, 'migrations-broken'), {
      '0002_half_made.sql': `CREATE TABLE half_made (id INTEGER PRIMARY KEY) STRICT;\nALTER TABLE customers ADD COLUMN loyalty INTEGER NOT NULL DEFAULT 0;\n${failure}\n`,
    });
    let thrown: unknown;
    try {
      openDatabase(file, { migrationsDir: broken });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MigrationError);
    if (!(thrown instanceof MigrationError)) return;
    expect(thrown.version).toBe(2);
    expect(thrown.message).toMatch(/Migration 2_half_made failed/);

    const db = new Database(file, { timeout: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(schemaVersion(db)).toBe(1);
    expect(customerNames(db)).toEqual(['Sunita Sharma']);
    expect(tableNames(db)).not.toContain('half_made');
    expect(columnNames(db, 'customers')).not.toContain('loyalty');
    expect(schemaSql(db)).toEqual(schemaBefore);
    // The failed open released the file: another program can write at once.
    expect(() => db.exec('BEGIN IMMEDIATE; ROLLBACK;')).not.toThrow();
    db.close();

    // The previous release still starts on it.
    const reopened = openDatabase(file, { migrationsDir: v1 });
    expect(reopened.migration.applied).toEqual([]);
    reopened.db.close();
  });

  it('refuses to start when an applied migration was edited afterwards', () => {
    const v1 = shopAtVersion1();
    appendFileSync(join(v1, '0001_spine.sql'), '\n-- an innocent-looking edit\n');
    expect(() => openDatabase(file, { migrationsDir: v1 })).toThrow(MigrationError);
    expect(() => openDatabase(file, { migrationsDir: v1 })).toThrow(/Migration 1_spine was changed after it was applied; migrations are append-only/);

    // Nothing was done to the file: the real migrations still accept it.
    const { db } = openDatabase(file);
    expect(customerNames(db)).toEqual(['Sunita Sharma']);
    db.close();
  });
});

describe('openDatabase and other versions of the app', () => {
  it('refuses a file written by a newer app, and leaves it alone', () => {
    shopAtVersion1();
    const v2 = stageMigrations(join(dir, 'migrations-v2'), { '0002_loyalty.sql': GOOD_0002 });
    openDatabase(file, { migrationsDir: v2 }).db.close();
    const older = stageMigrations(join(dir, 'migrations-old'));
    expect(() => openDatabase(file, { migrationsDir: older })).toThrow(/written by a newer SmartKirana \(schema 2\)/);
    const { db } = openDatabase(file, { migrationsDir: v2 });
    expect(schemaVersion(db)).toBe(2);
    db.close();
  });

  it('does nothing when another process applied the same migration while this one waited for the lock', async () => {
    shopAtVersion1();
    const v2 = stageMigrations(join(dir, 'migrations-v2'), { '0002_loyalty.sql': GOOD_0002 });
    const m2 = loadMigrations(v2).find((m) => m.version === 2)!;
    // Another copy of the app takes the write lock first, migrates, and commits 300 ms later.
    const other = spawn(
      process.execPath,
      [
        '-e',
        `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.exec('BEGIN IMMEDIATE');
      process.stdout.write('locked\\n');
      setTimeout(() => {
        db.exec(process.argv[2]);
        db.prepare('INSERT INTO schema_migrations VALUES (2, ?, ?, ?)').run('loyalty', process.argv[3], new Date().toISOString());
        db.exec('COMMIT');
        db.close();
      }, 300);`,
        file,
        GOOD_0002,
        m2.checksum,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => other.stdout.once('data', () => resolve()));
    const opened = openDatabase(file, { migrationsDir: v2, busyTimeoutMs: 5000 }); // blocks until the other commits
    expect(opened.migration.applied).toEqual([]);
    expect(schemaVersion(opened.db)).toBe(2);
    opened.db.close();
    await new Promise((resolve) => other.once('exit', resolve));
  });
});

describe('openDatabase settings', () => {
  it('turns on WAL, synchronous=FULL, foreign keys and the busy timeout', () => {
    const { db } = openDatabase(file, { busyTimeoutMs: 1234 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL: a power cut never loses a committed bill
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
    db.close();
  });

  it('waits one second for a file another program holds, unless told otherwise', () => {
    const { db } = openDatabase(file);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1000);
    db.close();
  });
});
