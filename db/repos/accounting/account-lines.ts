import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * journal_lines_account (migration 0006) indexes journal lines by account for every account but
 * those nearly every counter bill posts to: a bill's eight lines each landed on a different page
 * of that index, about ten of the sixty pages a bill writes and fsyncs. Those accounts' ledgers
 * are read by date (db/repos/accounting/journal-reads.ts), which a day or a month of them is anyway.
 * SQLite uses a partial index only when the query repeats the index's condition, so a query that
 * reads an account's lines through it adds `indexedAccount(alias)` (SQL text) or `inAccountIndex(column)`
 * (drizzle): the accounts are written into the query as literals, as they are in the index.
 */
export const EVERY_BILL_ACCOUNTS: ReadonlySet<string> = new Set(['CASH', 'UPI_CLEARING', 'SALES', 'OUTPUT_CGST', 'OUTPUT_SGST', 'ROUND_OFF', 'COGS', 'STOCK']);

const LISTED = [...EVERY_BILL_ACCOUNTS].map((a) => `'${a}'`).join(', ');
export const indexedAccount = (alias: string): string => `${alias}.account_code NOT IN (${LISTED})`;
export const inAccountIndex = (column: SQLiteColumn): SQL => sql`${column} NOT IN (${sql.raw(LISTED)})`;
