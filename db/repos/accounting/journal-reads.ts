import { and, lte, sql, type SQL } from 'drizzle-orm';
import type { PostingLine } from '../../../app/core/accounting/posting';
import type { JournalEntry, JournalRepo } from '../../../app/core/services/accounting/ports';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ledgerDaily } from '../../schema';
import { query, type RepoContext } from '../context';
import { EVERY_BILL_ACCOUNTS, indexedAccount } from './account-lines';
import { DOCUMENT, NARRATION, documentOf, said, type DocRow, type NarrationRow } from './entry-columns';
import type { Lang } from '../../../app/core/contract/vocabulary';
import { accountName } from '../../../app/core/reports/names';

/**
 * Reads over every account's day totals (trial balance, statements) in two parts. The rows that
 * name no party are read in the table's stored (date-first) order and grouped by `+account_code`:
 * grouped by the bare column, SQLite would walk the by-account index and look every row up from
 * it. The rows that name a party (most of them: each khata customer's and supplier's days) come
 * from ledger_daily_party, already in account and party order with their amounts, so they are
 * summed as they are read; SQLite uses that partial index when the query repeats its condition.
 */
const NO_PARTY = sql`${ledgerDaily.partyId} = ''`;
const NAMES_A_PARTY = sql`${ledgerDaily.partyId} <> ''`;
const byKey = <T extends { account: string; partyId: string }>(a: T, b: T) =>
  a.account < b.account ? -1 : a.account > b.account ? 1 : a.partyId < b.partyId ? -1 : a.partyId > b.partyId ? 1 : 0;

// A ledger row: the line, its entry, the document's number, and the entry's other accounts.
const LEDGER_COLUMNS = `e.date, e.id AS entryId, e.voucher_type AS voucherType, ${NARRATION}, l.debit_paise AS debitPaise, l.credit_paise AS creditPaise,
  ${DOCUMENT},
  coalesce((SELECT group_concat(a2.code || char(31) || a2.name, char(30)) FROM journal_lines l2 JOIN accounts a2 ON a2.code = l2.account_code
            WHERE l2.entry_id = l.entry_id AND l2.account_code <> l.account_code), '') AS particulars`;

/** The other accounts as read (code and name, unit- and record-separated), named in the reader's language: "बिक्री, आउटपुट CGST". */
const particularsIn = (read: string, lang: Lang = 'en') =>
  read
    .split('\x1e')
    .filter(Boolean)
    .map((pair) => {
      const [code = '', name = ''] = pair.split('\x1f');
      return accountName(code, name, lang);
    })
    .join(', ');

type EntryHead = Pick<JournalEntry, 'id' | 'date' | 'voucherType' | 'refId' | 'narration' | 'reversesId'>;
/** What a journal entry says about itself, whichever query read it, its narration in the reader's language. */
export const entryHead = (e: EntryHead & NarrationRow, lang?: Lang): EntryHead => ({
  id: e.id,
  date: e.date,
  voucherType: e.voucherType,
  refId: e.refId,
  narration: said(e, lang),
  reversesId: e.reversesId,
});

interface LedgerRow extends DocRow, NarrationRow {
  date: string;
  entryId: string;
  voucherType: string;
  debitPaise: number;
  creditPaise: number;
  particulars: string;
}
interface EntryRow extends DocRow, NarrationRow, EntryHead {
  createdAt: string;
}
interface LineRow {
  entryId: string;
  account: string;
  accountName: string;
  partyId: string | null;
  debitPaise: number;
  creditPaise: number;
}
type Period = [from: string, to: string];

/** A journal line's party by name: the customer's or the supplier's (a line names one or the other). */
const PARTY_NAME = `coalesce((SELECT c.name FROM customers c WHERE c.id = l.party_id), (SELECT s.name FROM suppliers s WHERE s.id = l.party_id))`;

/** Above this many lines in the period an account's ledger is read by date, not by account (so is every-bill accounts', see account-lines.ts). */
const BY_DATE_ABOVE = 5000;
const ENTRY = `e.id, e.date, e.voucher_type AS voucherType, ${NARRATION}, e.reverses_id AS reversesId, e.created_at AS createdAt, e.ref_id AS refId, ${DOCUMENT}`;
const LINE = 'l.entry_id AS entryId, l.account_code AS account, l.party_id AS partyId, l.debit_paise AS debitPaise, l.credit_paise AS creditPaise';
const EXPENSES = "e.date BETWEEN ? AND ? AND e.voucher_type IN ('expense', 'expense_credit')";

/** The journal's reports: ledgers with their documents, one entry, the expense register's entries, and sums from the daily ledger (the day book and Tally's journal: day-book.ts). */
export function createJournalReads({ orm, raw }: RepoContext) {
  // Ledgers and one entry name each entry's document and other accounts: correlated subqueries and index hints, in SQL.
  const q = {
    lineCount: query<{ n: number }, [account: string, ...Period]>(
      raw,
      'SELECT coalesce(sum(lines), 0) AS n FROM ledger_daily WHERE account_code = ? AND date BETWEEN ? AND ?',
    ),
    byAccount: query<LedgerRow, [account: string, ...Period]>(
      raw,
      `SELECT ${LEDGER_COLUMNS} FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
        WHERE l.account_code = ? AND ${indexedAccount('l')} AND e.date BETWEEN ? AND ? ORDER BY e.date, e.created_at, e.id, l.seq`,
    ),
    byDate: query<LedgerRow, [...Period, account: string]>(
      raw,
      `SELECT ${LEDGER_COLUMNS} FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id
        WHERE e.date BETWEEN ? AND ? AND +l.account_code = ? ORDER BY e.date, e.created_at, e.id, l.seq`,
    ),
    byParty: query<LedgerRow, [partyId: string, account: string, ...Period]>(
      raw,
      `SELECT ${LEDGER_COLUMNS} FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
        WHERE l.party_id = ? AND l.account_code = ? AND e.date BETWEEN ? AND ? ORDER BY e.date, e.created_at, e.id, l.seq`,
    ),
    entry: query<EntryRow, [id: string]>(raw, `SELECT ${ENTRY} FROM journal_entries e WHERE e.id = ?`),
    entryLines: query<LineRow & { partyName: string | null }, [id: string]>(
      raw,
      `SELECT ${LINE}, a.name AS accountName, ${PARTY_NAME} AS partyName FROM journal_lines l JOIN accounts a ON a.code = l.account_code WHERE l.entry_id = ? ORDER BY l.seq`,
    ),
    // by voucher type in SQL: a year holds 100k+ sales entries the register does not want
    expenseEntries: query<{ entryId: string; date: string; voucherType: string; number: string | null }, Period>(
      raw,
      `SELECT e.id AS entryId, e.date, e.voucher_type AS voucherType, v.number FROM journal_entries e LEFT JOIN vouchers v ON e.ref_type = 'voucher' AND v.id = e.ref_id
        WHERE ${EXPENSES} ORDER BY e.date, e.created_at, e.id`,
    ),
    expenseLines: query<LineRow, Period>(
      raw,
      `SELECT ${LINE}, '' AS accountName FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id WHERE ${EXPENSES} ORDER BY l.entry_id, l.seq`,
    ),
  };

  const byEntry = <L extends LineRow, T>(lines: readonly L[], as: (l: L) => T) => {
    const out = new Map<string, T[]>();
    for (const l of lines) {
      const list = out.get(l.entryId);
      if (list) list.push(as(l));
      else out.set(l.entryId, [as(l)]);
    }
    return out;
  };
  const toPosting = (l: LineRow): PostingLine => ({ account: l.account, debit: l.debitPaise, credit: l.creditPaise, partyId: l.partyId });
  const periodSum = (column: SQLiteColumn, when: SQL) => sql<number>`sum(CASE WHEN ${when} THEN ${column} ELSE 0 END)`;

  const reads: Omit<JournalRepo, 'insert' | 'balance' | 'entriesFor' | 'partyDues' | 'dayBook' | 'entries'> = {
    rows({ account, partyId, from, to, lang }) {
      let rows: LedgerRow[];
      if (partyId !== null) rows = q.byParty().all(partyId, account, from, to);
      else if (EVERY_BILL_ACCOUNTS.has(account) || (q.lineCount().get(account, from, to)?.n ?? 0) > BY_DATE_ABOVE) rows = q.byDate().all(from, to, account);
      else rows = q.byAccount().all(account, from, to);
      return rows.map(({ docType: _t, docId: _i, docNumber, narrationKey: _k, narrationParams: _p, ...r }) => ({
        ...r,
        narration: said({ narration: r.narration, narrationKey: _k, narrationParams: _p }, lang),
        particulars: particularsIn(r.particulars, lang),
        number: docNumber,
      }));
    },
    movements(from, to, byParty) {
      const opening = sql`${ledgerDaily.date} < ${from}`;
      const within = sql`${ledgerDaily.date} >= ${from}`;
      const sums = {
        account: ledgerDaily.accountCode,
        openingDebit: periodSum(ledgerDaily.debitPaise, opening),
        openingCredit: periodSum(ledgerDaily.creditPaise, opening),
        debit: periodSum(ledgerDaily.debitPaise, within),
        credit: periodSum(ledgerDaily.creditPaise, within),
      };
      const upTo = lte(ledgerDaily.date, to);
      const plain = orm
        .select({ ...sums, partyId: sql<string>`''` })
        .from(ledgerDaily)
        .where(and(upTo, NO_PARTY))
        .groupBy(sql`+${ledgerDaily.accountCode}`)
        .all();
      const partyId = byParty ? ledgerDaily.partyId : sql<string>`''`;
      const named = orm
        .select({ ...sums, partyId })
        .from(ledgerDaily)
        .where(and(NAMES_A_PARTY, upTo))
        .groupBy(...(byParty ? [ledgerDaily.accountCode, ledgerDaily.partyId] : [ledgerDaily.accountCode]))
        .all();
      if (byParty) return [...plain, ...named].sort(byKey);
      const out = new Map(plain.map((m) => [m.account, m]));
      for (const m of named) {
        const p = out.get(m.account);
        if (!p) out.set(m.account, m);
        else
          out.set(m.account, {
            ...p,
            openingDebit: p.openingDebit + m.openingDebit,
            openingCredit: p.openingCredit + m.openingCredit,
            debit: p.debit + m.debit,
            credit: p.credit + m.credit,
          });
      }
      return [...out.values()].sort(byKey);
    },
    entry(id, lang) {
      const e = q.entry().get(id);
      if (!e) return undefined;
      const lines = q
        .entryLines()
        .all(id)
        .map(({ account, accountName, debitPaise, creditPaise, partyId, partyName }) => ({
          account,
          accountName,
          debitPaise,
          creditPaise,
          partyId,
          partyName,
        }));
      return { ...entryHead(e, lang), lines, document: documentOf(e), createdAt: e.createdAt };
    },
    expenseEntries(from, to) {
      const lines = byEntry(q.expenseLines().all(from, to), toPosting);
      return q
        .expenseEntries()
        .all(from, to)
        .map((e) => ({ ...e, lines: lines.get(e.entryId) ?? [] }));
    },
  };
  return reads;
}
