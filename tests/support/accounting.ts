import type Database from 'better-sqlite3';

/** Row counts of everything a bill writes, to prove a failed action wrote nothing. */
export function writtenRows(db: Database.Database): Record<string, number> {
  const tables = [
    'invoices',
    'invoice_lines',
    'payments',
    'stock_moves',
    'journal_entries',
    'journal_lines',
    'number_series',
    'outbox',
    'print_jobs',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** Σ debit − Σ credit over the whole journal: zero when the books balance. */
export function trialBalanceDifference(db: Database.Database): number {
  return (db.prepare('SELECT coalesce(sum(debit_paise) - sum(credit_paise), 0) AS d FROM journal_lines').get() as { d: number }).d;
}

/** Entries whose own lines do not balance (must be none). */
export function unbalancedEntries(db: Database.Database): string[] {
  return (
    db.prepare('SELECT entry_id FROM journal_lines GROUP BY entry_id HAVING sum(debit_paise) <> sum(credit_paise)').all() as Array<{ entry_id: string }>
  ).map((r) => r.entry_id);
}
