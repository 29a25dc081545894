/**
 * journal_lines_account (migration 0006) indexes journal lines by account for every account but
 * those nearly every counter bill posts to: a bill's eight lines each landed on a different page
 * of that index, about ten of the sixty pages a bill writes and fsyncs. Those accounts' ledgers
 * are read by date (db/repos/journal.ts), which a day or a month of them is anyway.
 * SQLite uses a partial index only when the query repeats the index's condition, so a query that
 * reads an account's lines through it adds `indexedAccount(alias)`.
 */
export const EVERY_BILL_ACCOUNTS: ReadonlySet<string> = new Set(['CASH', 'UPI_CLEARING', 'SALES', 'OUTPUT_CGST', 'OUTPUT_SGST', 'ROUND_OFF', 'COGS', 'STOCK']);

export const indexedAccount = (alias: string): string => `${alias}.account_code NOT IN (${[...EVERY_BILL_ACCOUNTS].map((a) => `'${a}'`).join(', ')})`;
