import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type ApiClient, type DataArea, type MethodName } from '../../app/core/contract';
import * as accounting from '../../db/schema/accounting';
import * as audit from '../../db/schema/audit';
import * as bank from '../../db/schema/bank';
import * as billing from '../../db/schema/billing';
import * as catalog from '../../db/schema/catalog';
import * as customers from '../../db/schema/customers';
import * as forecasting from '../../db/schema/forecasting';
import * as gst from '../../db/schema/gst';
import * as insights from '../../db/schema/insights';
import * as inventory from '../../db/schema/inventory';
import * as khata from '../../db/schema/khata';
import * as printing from '../../db/schema/printing';
import * as purchasing from '../../db/schema/purchasing';
import * as shop from '../../db/schema/shop';
import * as suppliers from '../../db/schema/suppliers';
import * as sync from '../../db/schema/sync';
import * as users from '../../db/schema/users';
import { keptRead } from '../support/kept-read';
import { makeTestHost, type TestHost } from '../support/test-host';
import { EXAMPLE_ORDER, postExampleBills } from './example-run';

/**
 * Every method's example, run against the demo shop in the docs' order, changes only the data
 * areas its method declares (`changes`), and a reading method changes nothing: the screens refetch
 * by these declarations, so an undeclared change leaves a screen showing old figures. Each table
 * belongs to the area of its db/schema file; the audit trail and the sync outbox are written by
 * every action and belong to none, and so is the count of numbers taken: a document's number is
 * shown with the document, in the area the method declares.
 */
const TRAIL = 'trail';
const SCHEMA_AREAS: Array<[DataArea | typeof TRAIL, Record<string, unknown>]> = [
  ['accounting', accounting],
  ['bank', bank],
  ['billing', billing],
  ['catalog', catalog],
  ['customers', customers],
  ['forecasting', forecasting],
  ['gst', gst],
  ['inventory', inventory],
  ['printing', printing],
  ['purchasing', purchasing],
  ['shop', shop],
  ['suppliers', suppliers],
  ['users', users],
  // pay links are part of a customer's khata, which screens show with the customer's dues
  ['customers', khata],
  // the sales summaries are kept from the bills by triggers, read with them
  ['billing', insights],
  [TRAIL, audit],
  [TRAIL, sync],
];
const NUMBERING = 'number_series';
const TABLES = SCHEMA_AREAS.flatMap(([area, mod]) =>
  Object.values(mod).flatMap((t) => (is(t, SQLiteTable) ? [{ area: getTableName(t) === NUMBERING ? TRAIL : area, table: getTableName(t) }] : [])),
);

let host: TestHost;
let owner: ApiClient;

async function settled(): Promise<void> {
  await host.printsIdle();
  await host.forecasts?.idle();
}

/**
 * Each table's rows as a hash, read on a connection of its own (the host reopens its file when the
 * demo shop is put aside), and read again only when the file may have changed since the last look.
 */
function fingerprintOf(db: Database.Database): Map<string, string> {
  const prints = new Map<string, string>();
  for (const { table } of TABLES) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
    prints.set(table, createHash('sha1').update(JSON.stringify(rows)).digest('hex'));
  }
  return prints;
}
let fingerprint: ReturnType<typeof keptRead<Map<string, string>>>;

/** `area: table` for each table the call changed outside the trail. */
function changedTables(before: Map<string, string>, after: Map<string, string>): Array<{ area: string; table: string }> {
  return TABLES.filter(({ area, table }) => area !== TRAIL && before.get(table) !== after.get(table));
}

/** The areas a call changed that its method does not declare, as `area: table`. */
async function undeclaredChanges(method: MethodName, call: () => Promise<unknown>): Promise<string[]> {
  const spec = api[method];
  const declared: readonly string[] = 'changes' in spec && spec.changes ? spec.changes : [];
  await settled();
  const before = fingerprint();
  await call().catch(() => undefined);
  await settled();
  return changedTables(before, fingerprint())
    .filter(({ area }) => !declared.includes(area))
    .map(({ area, table }) => `${area}: ${table}`);
}

// The examples' own bills are posted first (the postInvoice example is then a retry that changes
// nothing), so posting them is held to billing.postInvoice's declaration here.
let postingBills: string[] = [];
beforeAll(async () => {
  host = makeTestHost();
  fingerprint = keptRead(join(host.dir, 'shop.sqlite'), fingerprintOf);
  owner = await host.as('owner');
  postingBills = await undeclaredChanges('billing.postInvoice', () => postExampleBills(owner));
});
afterAll(() => {
  fingerprint.close();
  host.dispose();
});

describe('an example changes only the areas its method declares', () => {
  it('knows every table of the schema', () => {
    expect(TABLES.length).toBeGreaterThan(40);
    expect(new Set(TABLES.map((t) => t.table)).size).toBe(TABLES.length);
  });

  it('posting the bills the examples act on', () => {
    expect(postingBills).toEqual([]);
  });

  it.each(EXAMPLE_ORDER)('%s', async (method: MethodName) => {
    if (method === 'shop.leaveDemo') owner = await host.as('owner');
    expect(await undeclaredChanges(method, () => owner.call(method, api[method].example as never))).toEqual([]);
  });
});
