import { getTableColumns, is, Param, Placeholder, sql, type SQL, type Table } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema';

/** What every repo is built from: drizzle for queries, the raw handle for transactions and for `query()`. */
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
 * Inside a transaction a kept value still serves (a write through the repo forgets it first), but
 * a fresh read is not kept: a rollback would leave it stale.
 */
export function cachedRead<T>(raw: RepoContext['raw'], read: () => T): { get(): T; forget(): void } {
  // A prepared pragma: raw.pragma() would prepare it again on every call.
  const dataVersion = raw.prepare<[], number>('PRAGMA data_version').pluck();
  let kept: { version: number; value: T } | null = null;
  return {
    get() {
      const version = dataVersion.get() ?? 0;
      if (kept && kept.version === version) return kept.value;
      if (raw.inTransaction) return read();
      kept = { version, value: read() };
      return kept.value;
    },
    forget: () => void (kept = null),
  };
}

/** What a drizzle insert or update builder answers before it is prepared: its text and parameters. */
interface BuiltWrite {
  toSQL(): { sql: string; params: unknown[] };
}

/** How one parameter of a built write takes its value from the values by name. */
function bindFor(p: unknown): (values: Readonly<Record<string, unknown>>) => unknown {
  const named = (name: string) => (values: Readonly<Record<string, unknown>>) => {
    if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
    return values[name];
  };
  if (is(p, Placeholder)) return named(p.name);
  if (is(p, Param) && is(p.value, Placeholder)) {
    const value = named(p.value.name);
    const { encoder } = p;
    return (values) => encoder.mapToDriverValue(value(values));
  }
  return () => p;
}

/**
 * A drizzle write (insert, upsert, update) with placeholders, built on first use and run with its
 * values by name, as drizzle's prepared `run` does. Drizzle's own walks every parameter with its
 * class checks on each run, twice an insert's own time on a bill's rows (bench/ post-bill); here
 * each parameter's source (placeholder, column encoder, constant) is worked out once.
 */
export function preparedWrite(raw: RepoContext['raw'], build: () => BuiltWrite): () => { run(values: Readonly<Record<string, unknown>>): void } {
  return once(() => {
    const { sql: text, params } = build().toSQL();
    const statement = raw.prepare(text);
    const binds = params.map(bindFor);
    return { run: (values) => void statement.run(binds.map((bind) => bind(values))) };
  });
}

/** For transaction-bound multi-row writes done one prepared row at a time: all rows or none, also outside a transaction. */
export function atomically(raw: RepoContext['raw'], fn: () => void): void {
  if (raw.inTransaction) fn();
  else raw.transaction(fn)();
}

/** Σ of an integer column as a number (drizzle's own sum() answers text, for decimals). */
export const sumOf = (column: SQLiteColumn | SQL): SQL<number> => sql<number>`sum(${column})`;

/**
 * `column IN (the JSON array bound to placeholder name)`: one prepared statement reads the rows of
 * any number of keys (a bill's products), where `inArray` would make a new text for each count.
 */
export const inJsonList = (column: SQLiteColumn, name: string): SQL => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;

/** Named placeholders for a prepared drizzle statement: placeholders('id', 'name') → { id: sql.placeholder('id'), … }. */
export function placeholders<K extends string>(...names: K[]): Record<K, Placeholder<K>> {
  return Object.fromEntries(names.map((n) => [n, sql.placeholder(n)])) as Record<K, Placeholder<K>>;
}

/** A table's columns selected under their own names: pick(t, 'a', 'b') → { a: t.a, b: t.b }, for a select beside other tables' columns. */
export function pick<T extends Table, K extends keyof T['_']['columns'] & string>(table: T, ...names: K[]): Pick<T['_']['columns'], K> {
  const columns = getTableColumns(table);
  return Object.fromEntries(names.map((n) => [n, columns[n]])) as Pick<T['_']['columns'], K>;
}

/**
 * Raw SQL, only for what drizzle cannot say (db/README.md): a statement typed once by its
 * parameters and the row it returns, prepared on first use and kept.
 */
export function query<Row, Params extends unknown[] | object = unknown[]>(raw: RepoContext['raw'], text: string): () => Statement<Params, Row> {
  return once(() => raw.prepare<Params, Row>(text));
}

/**
 * Raw SQL whose rows come as arrays in column order, typed once as a tuple: for reads of thousands
 * of rows that are made into objects of another shape anyway (a day book's lines).
 */
export function tuples<Row extends unknown[], Params extends unknown[] = unknown[]>(raw: RepoContext['raw'], text: string): () => Statement<Params, Row> {
  return once(() => raw.prepare<Params, Row>(text).raw(true));
}

/** Raw statements whose text is put together per call (an IN list, a filter's clauses): typed once, each distinct text prepared once. */
export function queryFamily<Row, Params extends unknown[] | object = unknown[]>(raw: RepoContext['raw']): (text: string) => Statement<Params, Row> {
  const prepared = new Map<string, Statement<Params, Row>>();
  return (text) => {
    let st = prepared.get(text);
    if (!st) prepared.set(text, (st = raw.prepare<Params, Row>(text)));
    return st;
  };
}
