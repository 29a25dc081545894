import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { is } from 'drizzle-orm';
import { getTableConfig, integer, SQLiteTable, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-host';
import { openDatabase } from '../../db/open';
import * as schema from '../../db/schema/index';

/**
 * The schema guard: drizzle's typed view (db/schema) and the hand-written migrations describe the
 * same tables. Queries are typed from one and run against the other, so a column added to one side
 * only would compile and then fail at the counter.
 */
interface ColumnShape {
  type: string;
  notNull: boolean;
  primaryKey: boolean;
}
type TableShape = Record<string, ColumnShape>;

// Left out on purpose: the migration log, SQLite's own tables, and FTS5 (virtual, plus its shadow tables).
const NOT_DRIZZLE = new Set(['schema_migrations']);

function drizzleShape(table: SQLiteTable): TableShape {
  const config = getTableConfig(table);
  const compositeKey = new Set(config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)));
  return Object.fromEntries(
    config.columns.map((c) => [c.name, { type: c.getSQLType().toUpperCase(), notNull: c.notNull, primaryKey: c.primary || compositeKey.has(c.name) }]),
  );
}

function databaseShape(db: Database.Database, table: string): TableShape {
  const columns = db
    .prepare<[string], { name: string; type: string; not_null: number; pk: number }>('SELECT name, type, "notnull" AS not_null, pk FROM pragma_table_info(?)')
    .all(table);
  // Every table is STRICT, where a primary key column can never hold NULL (checked below).
  return Object.fromEntries(columns.map((c) => [c.name, { type: c.type.toUpperCase(), notNull: c.not_null === 1 || c.pk > 0, primaryKey: c.pk > 0 }]));
}

function drizzleTables(module: Record<string, unknown>): SQLiteTable[] {
  return Object.values(module).filter((value): value is SQLiteTable => is(value, SQLiteTable));
}

function realTables(db: Database.Database): Array<{ name: string; strict: number }> {
  const rows = db.prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'").all();
  return rows.filter((t) => !t.name.startsWith('sqlite_') && !NOT_DRIZZLE.has(t.name));
}

/** Every way the two sides disagree, one readable line each (empty when they match). */
function schemaDrift(db: Database.Database, tables: readonly SQLiteTable[]): string[] {
  const drift: string[] = [];
  const declared = new Map(tables.map((t) => [getTableConfig(t).name, drizzleShape(t)]));
  const actual = new Map(realTables(db).map((t) => [t.name, databaseShape(db, t.name)]));
  for (const name of declared.keys()) if (!actual.has(name)) drift.push(`${name}: in db/schema but not created by the migrations`);
  for (const name of actual.keys()) if (!declared.has(name)) drift.push(`${name}: created by the migrations but missing from db/schema`);
  for (const [name, wanted] of declared) {
    const got = actual.get(name);
    if (!got) continue;
    for (const column of new Set([...Object.keys(wanted), ...Object.keys(got)])) {
      const w = wanted[column];
      const g = got[column];
      if (!g) drift.push(`${name}.${column}: in db/schema only`);
      else if (!w) drift.push(`${name}.${column}: in the database only`);
      else if (JSON.stringify(w) !== JSON.stringify(g))
        drift.push(`${name}.${column}: db/schema says ${JSON.stringify(w)}, the database says ${JSON.stringify(g)}`);
    }
  }
  return drift;
}

let db: Database.Database;
let cleanup: () => void;
beforeAll(() => {
  const temp = tempDir('sk-schema-');
  cleanup = temp.cleanup;
  db = openDatabase(join(temp.dir, 'shop.sqlite')).db;
});
afterAll(() => {
  db.close();
  cleanup();
});

describe('db/schema matches the migrated database', () => {
  it('has the same tables and columns (names, NOT NULL, INTEGER/TEXT, primary keys)', () => {
    const tables = drizzleTables(schema);
    expect(tables.length).toBeGreaterThan(10);
    expect(schemaDrift(db, tables)).toEqual([]);
  });

  it('creates every table STRICT, so the declared types are enforced', () => {
    expect(
      realTables(db)
        .filter((t) => t.strict !== 1)
        .map((t) => t.name),
    ).toEqual([]);
  });

  it('leaves out only the migration log and the search index', () => {
    const all = db
      .prepare<[], { name: string; type: string }>("SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all();
    const skipped = all.filter((t) => !realTables(db).some((r) => r.name === t.name)).map((t) => `${t.name} (${t.type})`);
    expect(skipped.sort()).toEqual(
      [
        'schema_migrations (table)',
        'products_fts (virtual)',
        ...['config', 'content', 'data', 'docsize', 'idx'].map((s) => `products_fts_${s} (shadow)`),
      ].sort(),
    );
  });
});

describe('the guard notices drift', () => {
  it('a column added by a migration only', () => {
    db.exec('SAVEPOINT drift; ALTER TABLE customers ADD COLUMN loyalty_points INTEGER');
    try {
      expect(schemaDrift(db, drizzleTables(schema))).toEqual(['customers.loyalty_points: in the database only']);
    } finally {
      db.exec('ROLLBACK TO drift; RELEASE drift');
    }
  });

  it('a column, a NOT NULL or a type changed in db/schema only', () => {
    const customers = sqliteTable('customers', {
      id: text('id').primaryKey(),
      name: text('name'), // NOT NULL forgotten
      phone: text('phone').notNull(),
      gstin: text('gstin'),
      stateCode: text('state_code'),
      address: text('address').notNull(),
      creditLimitPaise: text('credit_limit_paise').notNull(), // wrong type
      createdAt: text('created_at').notNull(),
      loyaltyPoints: integer('loyalty_points').notNull(), // no migration adds it
    });
    const tables = drizzleTables(schema).map((t) => (getTableConfig(t).name === 'customers' ? customers : t));
    expect(schemaDrift(db, tables)).toEqual([
      'customers.name: db/schema says {"type":"TEXT","notNull":false,"primaryKey":false}, the database says {"type":"TEXT","notNull":true,"primaryKey":false}',
      'customers.credit_limit_paise: db/schema says {"type":"TEXT","notNull":true,"primaryKey":false}, the database says {"type":"INTEGER","notNull":true,"primaryKey":false}',
      'customers.loyalty_points: in db/schema only',
    ]);
  });

  it('a table on one side only', () => {
    const drift = schemaDrift(
      db,
      drizzleTables(schema).filter((t) => getTableConfig(t).name !== 'outbox'),
    );
    expect(drift).toEqual(['outbox: created by the migrations but missing from db/schema']);
  });
});
