import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempDir } from '../support/test-host';
import { openDatabase } from '../../db/open';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { EVERY_BILL_ACCOUNTS, inAccountIndex, indexedAccount } from '../../db/repos/accounting/account-lines';
import { journalLines } from '../../db/schema/index';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sk-account-index-')));
afterEach(() => cleanup());

it('the partial account index leaves out exactly the every-bill accounts, and queries that repeat its condition use it', () => {
  const { db } = openDatabase(join(dir, 'shop.sqlite'));
  const sql = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'journal_lines_account'").get()?.sql ?? '';
  const listed = new Set([...sql.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]));
  expect(listed).toEqual(new Set(EVERY_BILL_ACCOUNTS));

  const plan = (where: string) =>
    db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN SELECT l.seq FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE ${where}`)
      .all('BANK_CHARGES', '2026-04-01', '2027-03-31')
      .map((r) => r.detail)
      .join('; ');
  expect(plan(`l.account_code = ? AND ${indexedAccount('l')} AND e.date BETWEEN ? AND ?`)).toContain('journal_lines_account');
  // Without the condition SQLite cannot prove the account is in the index, and reads past it.
  expect(plan('l.account_code = ? AND e.date BETWEEN ? AND ?')).not.toContain('journal_lines_account');
  // drizzle's form of the condition (qualified column, literal accounts) is matched as well
  const orm = drizzle({ client: db });
  const { sql: drizzled, params } = orm
    .select({ seq: journalLines.seq })
    .from(journalLines)
    .where(and(eq(journalLines.accountCode, 'BANK_CHARGES'), inAccountIndex(journalLines.accountCode)))
    .toSQL();
  const detail = db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${drizzled}`)
    .all(...params)
    .map((r) => r.detail)
    .join('; ');
  expect(detail).toContain('journal_lines_account');
  db.close();
});
