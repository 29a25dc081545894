import { indexedAccount } from '../accounting/account-lines';
import { atomically, type RepoContext } from '../context';
import type { BankRepo } from '../../../app/core/services/bank/ports';

// A bank account is never one the counter posts every bill to, so its lines are in the account index.
const BANK_LINES = indexedAccount('l');

const LINE = `b.id, b.statement_id AS statementId, b.date, b.narration, b.reference, b.amount_paise AS amountPaise, b.balance_paise AS balancePaise,
  m.entry_id AS mEntryId, m.seq AS mSeq, m.how AS mHow, e.voucher_type AS mType, e.narration AS mNarration, e.date AS mDate`;
const FROM = 'bank_lines b LEFT JOIN bank_matches m ON m.bank_line_id = b.id LEFT JOIN journal_entries e ON e.id = m.entry_id';
type LineRow = {
  id: string;
  statementId: string;
  date: string;
  narration: string;
  reference: string;
  amountPaise: number;
  balancePaise: number | null;
  mEntryId: string | null;
  mSeq: number | null;
  mHow: 'auto' | 'manual' | 'posted' | null;
  mType: string | null;
  mNarration: string | null;
  mDate: string | null;
};
const view = ({ mEntryId, mSeq, mHow, mType, mNarration, mDate, ...b }: LineRow) => ({
  ...b,
  match:
    mEntryId !== null && mSeq !== null && mHow !== null
      ? { entryId: mEntryId, seq: mSeq, how: mHow, voucherType: mType ?? '', narration: mNarration ?? '', date: mDate ?? b.date }
      : null,
});

const BOOK = `l.entry_id AS entryId, l.seq, e.date, e.voucher_type AS voucherType, e.narration,
  coalesce((SELECT reference FROM vouchers v WHERE e.ref_type = 'voucher' AND v.id = e.ref_id), '') AS reference, l.debit_paise - l.credit_paise AS amountPaise`;

export function createBankRepo({ raw }: RepoContext): BankRepo {
  return {
    existingKeys(account, keys) {
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i += 400) {
        const chunk = keys.slice(i, i + 400);
        const rows = raw
          .prepare(`SELECT line_key AS k FROM bank_lines WHERE account_code = ? AND line_key IN (${chunk.map(() => '?').join(',')})`)
          .all(account, ...chunk) as Array<{ k: string }>;
        for (const r of rows) found.add(r.k);
      }
      return found;
    },
    insertStatement(s) {
      atomically(raw, () => {
        raw
          .prepare(
            'INSERT INTO bank_statements (id, account_code, file_name, imported_at, imported_by, from_date, to_date, lines, closing_balance_paise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(s.id, s.account, s.fileName, s.importedAt, s.importedBy, s.from, s.to, s.lines.length, s.closingBalancePaise);
        const line = raw.prepare(
          'INSERT INTO bank_lines (id, statement_id, account_code, line_no, date, value_date, narration, reference, amount_paise, balance_paise, line_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        for (const l of s.lines)
          line.run(l.id, s.id, s.account, l.lineNo, l.date, l.valueDate, l.narration, l.reference, l.amountPaise, l.balancePaise, l.lineKey);
      });
    },
    line(id) {
      const r = raw.prepare(`SELECT ${LINE}, b.account_code AS account FROM ${FROM} WHERE b.id = ?`).get(id) as (LineRow & { account: string }) | undefined;
      if (!r) return undefined;
      const { account, ...row } = r;
      return { ...view(row), account };
    },
    lines(account, from, to, unmatchedOnly) {
      const rows = raw
        .prepare(
          `SELECT ${LINE} FROM ${FROM} WHERE b.account_code = @account AND (@from IS NULL OR b.date >= @from) AND (@to IS NULL OR b.date <= @to) AND (@unmatched = 0 OR m.bank_line_id IS NULL) ORDER BY b.date, b.statement_id, b.line_no`,
        )
        .all({ account, from, to, unmatched: unmatchedOnly ? 1 : 0 }) as LineRow[];
      return rows.map(view);
    },
    unmatchedBookLines(account, upTo) {
      return raw
        .prepare(
          `SELECT ${BOOK} FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
           WHERE l.account_code = @account AND ${BANK_LINES} AND (@upTo IS NULL OR e.date <= @upTo) AND NOT EXISTS (SELECT 1 FROM bank_matches m WHERE m.entry_id = l.entry_id AND m.seq = l.seq)
           ORDER BY e.date, e.created_at`,
        )
        .all({ account, upTo }) as ReturnType<BankRepo['unmatchedBookLines']>;
    },
    bookLine(entryId, seq) {
      const r = raw
        .prepare(
          `SELECT ${BOOK}, l.account_code AS account, EXISTS (SELECT 1 FROM bank_matches m WHERE m.entry_id = l.entry_id AND m.seq = l.seq) AS matched FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE l.entry_id = ? AND l.seq = ?`,
        )
        .get(entryId, seq) as (ReturnType<BankRepo['unmatchedBookLines']>[number] & { account: string; matched: number }) | undefined;
      return r ? { ...r, matched: r.matched === 1 } : undefined;
    },
    match: (m) =>
      void raw
        .prepare('INSERT INTO bank_matches (bank_line_id, entry_id, seq, how, matched_at, matched_by) VALUES (?, ?, ?, ?, ?, ?)')
        .run(m.bankLineId, m.entryId, m.seq, m.how, m.at, m.userId),
    unmatch: (bankLineId) => void raw.prepare('DELETE FROM bank_matches WHERE bank_line_id = ?').run(bankLineId),
    unsettledDays(clearing, upTo) {
      // A day's collections, net of its refunds; settlements themselves are left out, and so are days already settled.
      return raw
        .prepare(
          `SELECT e.date, sum(l.debit_paise) - sum(l.credit_paise) AS amountPaise
           FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id
           WHERE e.date BETWEEN date(@upTo, '-60 days') AND @upTo AND +l.account_code = @clearing AND e.voucher_type <> 'settlement'
             AND e.date NOT IN (SELECT business_date FROM clearing_settlements WHERE account_code = @clearing)
           GROUP BY e.date HAVING amountPaise > 0 ORDER BY e.date`,
        )
        .all({ clearing, upTo }) as Array<{ date: string; amountPaise: number }>;
    },
    markSettled(clearing, dates, entryId) {
      const insert = raw.prepare('INSERT INTO clearing_settlements (account_code, business_date, entry_id) VALUES (?, ?, ?)');
      atomically(raw, () => dates.forEach((d) => insert.run(clearing, d, entryId)));
    },
    openAsOf(account, asOf) {
      const book = raw
        .prepare(
          `SELECT ${BOOK} FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
           WHERE l.account_code = @account AND ${BANK_LINES} AND e.date <= @asOf
             AND NOT EXISTS (SELECT 1 FROM bank_matches m JOIN bank_lines b ON b.id = m.bank_line_id WHERE m.entry_id = l.entry_id AND m.seq = l.seq AND b.date <= @asOf)
           ORDER BY e.date, e.created_at`,
        )
        .all({ account, asOf }) as ReturnType<BankRepo['unmatchedBookLines']>;
      const bank = (
        raw
          .prepare(
            `SELECT ${LINE} FROM ${FROM} WHERE b.account_code = @account AND b.date <= @asOf AND (m.bank_line_id IS NULL OR e.date > @asOf) ORDER BY b.date, b.statement_id, b.line_no`,
          )
          .all({ account, asOf }) as LineRow[]
      ).map(view);
      const last = raw
        .prepare('SELECT balance_paise AS b FROM bank_lines WHERE account_code = ? AND date <= ? ORDER BY date DESC, statement_id DESC, line_no DESC LIMIT 1')
        .get(account, asOf) as { b: number | null } | undefined;
      return { book, bank, statementBalancePaise: last?.b ?? null };
    },
  };
}
