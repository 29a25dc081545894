import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { invoiceClassOf } from '../../app/core/gst/classes';
import { schemaVersion, stageMigrations } from '../support/migrations';
import { tempDir } from '../support/test-host';
import { defaultMigrationsDir } from '../../db/migrate';
import { openDatabase } from '../../db/open';

/**
 * Migration 0007 on a shop file the previous release wrote: every bill and credit note gets its
 * buyer and its GSTR-1 table from the customer file as it stands (nothing could edit a GSTIN
 * before), by the core's rule; the daily GST summary is left as the old triggers made it.
 */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sk-gst-snapshot-')));
afterEach(() => cleanup());

const AT = '2026-11-24T05:30:00.000Z';
const DAY = '2026-11-24';

function shopAtVersion6(file: string): Database.Database {
  const older = Object.fromEntries(
    ['0002_inventory.sql', '0003_books.sql', '0004_printing.sql', '0005_counter_indexes.sql', '0006_account_index.sql'].map((f) => [
      f,
      readFileSync(join(defaultMigrationsDir, f), 'utf8'),
    ]),
  );
  const { db } = openDatabase(file, { migrationsDir: stageMigrations(join(dir, 'migrations-v6'), older) });
  expect(schemaVersion(db)).toBe(6);
  db.exec(`
    INSERT INTO users (id, name, role, pin_hash, created_at) VALUES ('u1', 'Pooja', 'staff', 'x', '${AT}');
    INSERT INTO devices (id, client_id, code, name, created_at) VALUES ('d1', 'c1', 'C1', 'Counter', '${AT}');
    INSERT INTO products (id, name, hsn, gst_rate_bp, price_paise, unit, created_at, updated_at) VALUES ('p1', 'Atta 5kg', '1101', 500, 28500, 'pcs', '${AT}', '${AT}');
    INSERT INTO customers (id, name, gstin, state_code, created_at) VALUES ('reg', 'Verma Traders', '23AAACV1234K1ZX', '23', '${AT}');
    INSERT INTO customers (id, name, gstin, state_code, created_at) VALUES ('unreg', 'Ramesh Kumar', '', '27', '${AT}');
  `);
  const bill =
    db.prepare(`INSERT INTO invoices (id, client_ref, number, fy, doc_type, date, created_at, user_id, device_id, customer_id, supply, place_of_supply,
      amount_paise, discount_paise, taxable_paise, cgst_paise, sgst_paise, igst_paise, cess_paise, value_paise, round_off_paise, payable_paise, cost_paise)
    VALUES (@id, @id, @id, '2627', 'tax_invoice', '${DAY}', '${AT}', 'u1', 'd1', @customer, @supply, @pos, @value, 0, @value, 0, 0, 0, 0, @value, 0, @value, 0)`);
  const line =
    db.prepare(`INSERT INTO invoice_lines (invoice_id, line_no, product_id, name, hsn, unit, qty_milli, unit_price_paise, amount_paise, discount_paise,
      bill_discount_paise, taxable_paise, gst_rate_bp, cess_rate_bp, cgst_paise, sgst_paise, igst_paise, cess_paise, total_paise, cost_paise)
    VALUES (@id, 1, 'p1', 'Atta 5kg', '1101', 'pcs', 1000, @value, @value, 0, 0, @value, 0, 0, 0, 0, 0, 0, @value, 0)`);
  const sell = (id: string, customer: string | null, supply: 'intra' | 'inter', value: number) => {
    const row = { id, customer, supply, pos: supply === 'intra' ? '23' : '27', value };
    bill.run(row);
    line.run(row);
  };
  sell('C1/2627/1', 'reg', 'intra', 50_000);
  sell('C1/2627/2', null, 'inter', 1_50_00_000);
  sell('C1/2627/3', 'unreg', 'inter', 1_00_00_000);
  sell('C1/2627/4', null, 'intra', 2_00_00_000);
  sell('C1/2627/5', 'unreg', 'inter', 2_00_00_000);
  db.exec(`UPDATE invoices SET status = 'cancelled', cancelled_at = '${AT}', cancel_reason = 'test', cancelled_by = 'u1' WHERE id = 'C1/2627/5'`);
  db.exec(`INSERT INTO credit_notes (id, client_ref, number, fy, date, created_at, user_id, device_id, invoice_id, customer_id, doc_type, supply, place_of_supply,
      reason, refund_method, taxable_paise, cgst_paise, sgst_paise, igst_paise, cess_paise, value_paise, round_off_paise, total_paise, cost_paise)
    VALUES ('cn1', 'cn1', 'C1/2627/CN1', '2627', '${DAY}', '${AT}', 'u1', 'd1', 'C1/2627/1', 'reg', 'tax_invoice', 'intra', '23', 'Damaged', 'cash', 100, 0, 0, 0, 0, 100, 0, 100, 0)`);
  return db;
}

const summaryRows = (db: Database.Database) => db.prepare('SELECT * FROM gst_daily ORDER BY doc, class, supply, pos').all();

it('backfills each document’s buyer and table by the core’s rule and keeps the summary as it was', () => {
  const file = join(dir, 'shop.sqlite');
  const old = shopAtVersion6(file);
  const before = summaryRows(old);
  old.close();

  const { db } = openDatabase(file);
  expect(schemaVersion(db)).toBeGreaterThanOrEqual(7);
  const bills = db
    .prepare<
      [],
      {
        id: string;
        buyerName: string | null;
        buyerGstin: string | null;
        buyerState: string | null;
        supply: 'intra' | 'inter';
        payable: number;
        gstClass: string;
      }
    >(
      'SELECT id, buyer_name AS buyerName, buyer_gstin AS buyerGstin, buyer_state AS buyerState, supply, payable_paise AS payable, gst_class AS gstClass FROM invoices ORDER BY id',
    )
    .all();
  expect(bills.map((b) => [b.id, b.gstClass, b.buyerName, b.buyerGstin, b.buyerState])).toEqual([
    ['C1/2627/1', 'b2b', 'Verma Traders', '23AAACV1234K1ZX', '23'],
    ['C1/2627/2', 'b2cl', null, null, null],
    ['C1/2627/3', 'b2cs', 'Ramesh Kumar', null, '27'],
    ['C1/2627/4', 'b2cs', null, null, null],
    ['C1/2627/5', 'b2cl', 'Ramesh Kumar', null, '27'],
  ]);
  for (const b of bills) expect(b.gstClass).toBe(invoiceClassOf({ customerGstin: b.buyerGstin, supply: b.supply, valuePaise: b.payable }));
  expect(db.prepare('SELECT gst_class AS t, buyer_name AS name, buyer_gstin AS gstin FROM credit_notes').all()).toEqual([
    { t: 'b2b', name: 'Verma Traders', gstin: '23AAACV1234K1ZX' },
  ]);
  expect(summaryRows(db)).toEqual(before);

  // Posted documents stay frozen, the new columns too, and a new one needs its table.
  expect(() => db.prepare("UPDATE invoices SET buyer_gstin = 'X' WHERE id = 'C1/2627/1'").run()).toThrow(/immutable/);
  expect(() => db.prepare("UPDATE invoices SET gst_class = 'b2cs' WHERE id = 'C1/2627/2'").run()).toThrow(/immutable/);
  expect(() => db.prepare("UPDATE credit_notes SET buyer_name = 'X'").run()).toThrow(/immutable/);
  expect(() =>
    db.exec(`INSERT INTO invoices (id, client_ref, number, fy, doc_type, date, created_at, user_id, device_id, supply, place_of_supply, amount_paise, discount_paise,
      taxable_paise, cgst_paise, sgst_paise, igst_paise, cess_paise, value_paise, round_off_paise, payable_paise, cost_paise)
      VALUES ('x', 'x', 'C1/2627/9', '2627', 'tax_invoice', '${DAY}', '${AT}', 'u1', 'd1', 'intra', '23', 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0)`),
  ).toThrow(/GSTR-1 table/);
  db.close();
});
