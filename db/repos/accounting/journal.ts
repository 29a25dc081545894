import type { BooksLedgerRepo } from '../../../app/core/services/accounting/ports';
import type { PostingLine } from '../../../app/core/accounting/posting';
import { EVERY_BILL_ACCOUNTS, indexedAccount } from './account-lines';
import { once, type RepoContext } from '../context';

/** The document behind an entry, by its ref: bills, credit notes and vouchers have numbers. */
const DOCUMENT = `
  CASE e.ref_type WHEN 'invoice' THEN 'invoice' WHEN 'credit_note' THEN 'credit_note' WHEN 'voucher' THEN 'voucher' WHEN 'opening' THEN 'opening' ELSE 'other' END AS docType,
  e.ref_id AS docId,
  CASE e.ref_type WHEN 'invoice' THEN (SELECT number FROM invoices WHERE id = e.ref_id)
    WHEN 'credit_note' THEN (SELECT number FROM credit_notes WHERE id = e.ref_id)
    WHEN 'voucher' THEN (SELECT number FROM vouchers WHERE id = e.ref_id) END AS docNumber`;

type DocRow = { docType: 'invoice' | 'credit_note' | 'voucher' | 'opening' | 'other'; docId: string; docNumber: string | null };
const documentOf = (r: DocRow) => ({ type: r.docType, id: r.docId, number: r.docNumber });

// A ledger row: the line, its entry, the document's number, and the entry's other accounts.
const LEDGER_COLUMNS = `e.date, e.id AS entryId, e.voucher_type AS voucherType, e.narration, l.debit_paise AS debitPaise, l.credit_paise AS creditPaise,
  ${DOCUMENT},
  coalesce((SELECT group_concat(a2.name, ', ') FROM journal_lines l2 JOIN accounts a2 ON a2.code = l2.account_code
            WHERE l2.entry_id = l.entry_id AND l2.account_code <> l.account_code), '') AS particulars`;

type LedgerSqlRow = DocRow & {
  date: string;
  entryId: string;
  voucherType: string;
  narration: string;
  debitPaise: number;
  creditPaise: number;
  particulars: string;
};

/** Above this many lines in the period an account's ledger is read by date, not by account (so is every-bill accounts', see account-lines.ts). */
const BY_DATE_ABOVE = 5000;

export function createJournalRepo({ raw }: RepoContext): BooksLedgerRepo {
  const q = {
    before: once(() => raw.prepare('SELECT coalesce(sum(debit_paise) - sum(credit_paise), 0) AS b FROM ledger_daily WHERE account_code = ? AND date < ?')),
    beforeParty: once(() =>
      raw.prepare('SELECT coalesce(sum(debit_paise) - sum(credit_paise), 0) AS b FROM ledger_daily WHERE account_code = ? AND party_id = ? AND date < ?'),
    ),
    lineCount: once(() => raw.prepare('SELECT coalesce(sum(lines), 0) AS n FROM ledger_daily WHERE account_code = ? AND date BETWEEN ? AND ?')),
    byAccount: once(() =>
      raw.prepare(`SELECT ${LEDGER_COLUMNS} FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
        WHERE l.account_code = ? AND ${indexedAccount('l')} AND e.date BETWEEN ? AND ? ORDER BY e.date, e.created_at, e.id, l.seq`),
    ),
    byDate: once(() =>
      raw.prepare(`SELECT ${LEDGER_COLUMNS} FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id
        WHERE e.date BETWEEN ? AND ? AND +l.account_code = ? ORDER BY e.date, e.created_at, e.id, l.seq`),
    ),
    byParty: once(() =>
      raw.prepare(`SELECT ${LEDGER_COLUMNS} FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
        WHERE l.party_id = ? AND l.account_code = ? AND e.date BETWEEN ? AND ? ORDER BY e.date, e.created_at, e.id, l.seq`),
    ),
    dayEntries: once(() =>
      raw.prepare(`SELECT e.id, e.date, e.voucher_type AS voucherType, e.narration, e.reverses_id AS reversesId, e.created_at AS createdAt, ${DOCUMENT}
        FROM journal_entries e WHERE e.date BETWEEN ? AND ? ORDER BY e.date, e.created_at, e.id`),
    ),
    expenseEntries: once(() =>
      raw.prepare(`SELECT e.id AS entryId, e.date, e.voucher_type AS voucherType, v.number FROM journal_entries e LEFT JOIN vouchers v ON e.ref_type = 'voucher' AND v.id = e.ref_id
        WHERE e.date BETWEEN ? AND ? AND e.voucher_type IN ('expense', 'expense_credit') ORDER BY e.date, e.created_at, e.id`),
    ),
    expenseLines: once(() =>
      raw.prepare(`SELECT l.entry_id AS entryId, l.account_code AS account, '' AS accountName, l.party_id AS partyId, l.debit_paise AS debitPaise, l.credit_paise AS creditPaise
        FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id WHERE e.date BETWEEN ? AND ? AND e.voucher_type IN ('expense', 'expense_credit') ORDER BY l.entry_id, l.seq`),
    ),
    dayLines: once(() =>
      raw.prepare(`SELECT l.entry_id AS entryId, l.account_code AS account, a.name AS accountName, l.party_id AS partyId, l.debit_paise AS debitPaise, l.credit_paise AS creditPaise
        FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.code = l.account_code
        WHERE e.date BETWEEN ? AND ? ORDER BY e.date, e.created_at, e.id, l.seq`),
    ),
  };
  type EntryRow = DocRow & { id: string; date: string; voucherType: string; narration: string; reversesId: string | null; createdAt: string };
  type LineRow = { entryId: string; account: string; accountName: string; partyId: string | null; debitPaise: number; creditPaise: number };

  const entriesWithLines = (from: string, to: string) => {
    const entries = q.dayEntries().all(from, to) as EntryRow[];
    const lines = q.dayLines().all(from, to) as LineRow[];
    const byEntry = new Map<string, Array<Omit<LineRow, 'entryId'>>>();
    for (const { entryId, ...l } of lines) {
      const list = byEntry.get(entryId);
      if (list) list.push(l);
      else byEntry.set(entryId, [l]);
    }
    return entries.map((e) => ({ ...e, lines: byEntry.get(e.id) ?? [] }));
  };
  const toPosting = (l: Omit<LineRow, 'entryId'>): PostingLine => ({ account: l.account, debit: l.debitPaise, credit: l.creditPaise, partyId: l.partyId });

  return {
    balanceBefore: (account, partyId, date) =>
      ((partyId === null ? q.before().get(account, date) : q.beforeParty().get(account, partyId, date)) as { b: number }).b,
    balance: (account, partyId) =>
      ((partyId === null ? q.before().get(account, '9999-12-31') : q.beforeParty().get(account, partyId, '9999-12-31')) as { b: number }).b,
    rows({ account, partyId, from, to }) {
      let rows: LedgerSqlRow[];
      if (partyId !== null) rows = q.byParty().all(partyId, account, from, to) as LedgerSqlRow[];
      else if (EVERY_BILL_ACCOUNTS.has(account) || (q.lineCount().get(account, from, to) as { n: number }).n > BY_DATE_ABOVE)
        rows = q.byDate().all(from, to, account) as LedgerSqlRow[];
      else rows = q.byAccount().all(account, from, to) as LedgerSqlRow[];
      return rows.map(({ docType: _t, docId: _i, docNumber, ...r }) => ({ ...r, number: docNumber }));
    },
    movements(from, to, byParty) {
      return raw
        .prepare(
          `SELECT account_code AS account, CASE WHEN @byParty THEN party_id ELSE '' END AS partyId,
             sum(CASE WHEN date < @from THEN debit_paise ELSE 0 END) AS openingDebit, sum(CASE WHEN date < @from THEN credit_paise ELSE 0 END) AS openingCredit,
             sum(CASE WHEN date >= @from THEN debit_paise ELSE 0 END) AS debit, sum(CASE WHEN date >= @from THEN credit_paise ELSE 0 END) AS credit
           FROM ledger_daily WHERE date <= @to GROUP BY 1, 2`,
        )
        .all({ byParty: byParty ? 1 : 0, from, to }) as ReturnType<BooksLedgerRepo['movements']>;
    },
    balancesAsOf(asOf, byParty) {
      return raw
        .prepare(
          `SELECT account_code AS account, CASE WHEN ? THEN party_id ELSE '' END AS partyId, sum(debit_paise) - sum(credit_paise) AS balance FROM ledger_daily WHERE date <= ? GROUP BY 1, 2`,
        )
        .all(byParty ? 1 : 0, asOf) as ReturnType<BooksLedgerRepo['balancesAsOf']>;
    },
    partyDays(account, asOf, partyId) {
      const rows = raw
        .prepare(
          'SELECT party_id AS partyId, date, debit_paise AS debit, credit_paise AS credit FROM ledger_daily WHERE account_code = @account AND date <= @asOf AND (@partyId IS NULL OR party_id = @partyId) ORDER BY party_id, date',
        )
        .all({ account, asOf, partyId: partyId ?? null }) as Array<{ partyId: string; date: string; debit: number; credit: number }>;
      const out = new Map<string, Array<{ date: string; debit: number; credit: number }>>();
      for (const { partyId, ...d } of rows) {
        const list = out.get(partyId);
        if (list) list.push(d);
        else out.set(partyId, [d]);
      }
      return out;
    },
    dayBook: (from, to) =>
      entriesWithLines(from, to).map((e) => ({
        id: e.id,
        date: e.date,
        voucherType: e.voucherType,
        document: documentOf(e),
        narration: e.narration,
        reversesId: e.reversesId,
        amountPaise: e.lines.reduce((s, l) => s + l.debitPaise, 0),
        lines: e.lines,
      })),
    entry(id) {
      const e = raw
        .prepare(
          `SELECT e.id, e.date, e.voucher_type AS voucherType, e.narration, e.reverses_id AS reversesId, e.ref_id AS refId, e.created_at AS createdAt, ${DOCUMENT} FROM journal_entries e WHERE e.id = ?`,
        )
        .get(id) as (EntryRow & { refId: string }) | undefined;
      if (!e) return undefined;
      const lines = raw
        .prepare(
          'SELECT l.account_code AS account, a.name AS accountName, l.debit_paise AS debitPaise, l.credit_paise AS creditPaise, l.party_id AS partyId FROM journal_lines l JOIN accounts a ON a.code = l.account_code WHERE l.entry_id = ? ORDER BY l.seq',
        )
        .all(id) as Array<{ account: string; accountName: string; debitPaise: number; creditPaise: number; partyId: string | null }>;
      return {
        id: e.id,
        date: e.date,
        voucherType: e.voucherType,
        refId: e.refId,
        narration: e.narration,
        reversesId: e.reversesId,
        lines,
        document: documentOf(e),
        createdAt: e.createdAt,
      };
    },
    expenseEntries(from, to) {
      // by voucher type in SQL: a year holds 100k+ sales entries the register does not want
      const entries = q.expenseEntries().all(from, to) as Array<{ entryId: string; date: string; voucherType: string; number: string | null }>;
      const lines = q.expenseLines().all(from, to) as LineRow[];
      const byEntry = new Map<string, PostingLine[]>();
      for (const { entryId, ...l } of lines) {
        const list = byEntry.get(entryId);
        if (list) list.push(toPosting(l));
        else byEntry.set(entryId, [toPosting(l)]);
      }
      return entries.map((e) => ({ ...e, lines: byEntry.get(e.entryId) ?? [] }));
    },
    journal: (from, to) =>
      entriesWithLines(from, to).map((e) => ({
        id: e.id,
        date: e.date,
        voucherType: e.voucherType,
        narration: e.narration,
        document: documentOf(e),
        reversesId: e.reversesId,
        lines: e.lines.map(toPosting),
      })),
  };
}
