import type { PostingLine } from '../../../app/core/accounting/posting';
import type { JournalRepo } from '../../../app/core/services/accounting/ports';
import { accounts } from '../../schema';
import { once, query, tuples, type RepoContext } from '../context';
import { DOCUMENT, NARRATION, documentOf, said, type DocRow, type NarrationRow } from './entry-columns';

interface DayEntryRow extends DocRow, NarrationRow {
  id: string;
  date: string;
  voucherType: string;
  reversesId: string | null;
  documentTotalPaise: number | null;
}
/** A line as an array, not an object: a busy day has 2,000 of them and each becomes the reply's own line object anyway. */
type DayLine = [entryId: string, account: string, partyId: string | null, debitPaise: number, creditPaise: number, seq: number];
type Period = { from: string; to: string };

/** Whether each entry's lines follow each other in line order, as the lines' key gives them. */
const inLineOrder = (rows: readonly DayLine[]) =>
  rows.every((l, i) => {
    const before = rows[i - 1];
    return before === undefined || before[0] !== l[0] || before[5] < l[5];
  });
const byEntryAndSeq = (a: DayLine, b: DayLine) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[5] - b[5]);

/** A bill's or credit note's own total, the amount the shop knows it by (the day book shows it, not the entry's debits). */
const DOCUMENT_TOTAL = `CASE e.ref_type WHEN 'invoice' THEN (SELECT payable_paise FROM invoices WHERE id = e.ref_id)
  WHEN 'credit_note' THEN (SELECT total_paise FROM credit_notes WHERE id = e.ref_id) END AS documentTotalPaise`;

/**
 * The journal of a period entry by entry, each with its lines: the day book and Tally's journal.
 * Two reads down the entries' date index (the entries in order, then every line of the period by
 * the lines' key), put together here: one query with a subquery per entry would read the lines
 * entry by entry as text to split again.
 */
export function createDayBookReads({ orm, raw }: RepoContext): Pick<JournalRepo, 'dayBook' | 'entries'> {
  const q = {
    entries: query<DayEntryRow, [Period]>(
      raw,
      `SELECT e.id, e.date, e.voucher_type AS voucherType, ${NARRATION}, e.reverses_id AS reversesId, ${DOCUMENT}, ${DOCUMENT_TOTAL}
        FROM journal_entries e WHERE e.date BETWEEN @from AND @to ORDER BY e.date, e.created_at, e.id`,
    ),
    // Each entry's lines come in line order from the key (entry_id, seq); linesByEntry keeps them so without a sort of the period's lines.
    lines: tuples<DayLine, [Period]>(
      raw,
      `SELECT l.entry_id, l.account_code, l.party_id, l.debit_paise, l.credit_paise, l.seq
        FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id WHERE e.date BETWEEN @from AND @to`,
    ),
    accountNames: once(() => orm.select({ code: accounts.code, name: accounts.name }).from(accounts).prepare()),
  };

  const linesByEntry = <T>(period: Period, as: (l: DayLine) => T) => {
    let rows = q.lines().all(period);
    if (!inLineOrder(rows)) rows = [...rows].sort(byEntryAndSeq);
    const out = new Map<string, T[]>();
    for (const l of rows) {
      const list = out.get(l[0]);
      if (list) list.push(as(l));
      else out.set(l[0], [as(l)]);
    }
    return out;
  };

  /** The period's entries in order, each with its lines and what every reader of an entry is given, plus `more` of its own. */
  const withLines = <L, More>(period: Period, lineAs: (l: DayLine) => L, more: (e: DayEntryRow) => More) => {
    const lines = linesByEntry(period, lineAs);
    return q
      .entries()
      .all(period)
      .map((e) => ({
        id: e.id,
        date: e.date,
        voucherType: e.voucherType,
        document: documentOf(e),
        reversesId: e.reversesId,
        ...more(e),
        lines: lines.get(e.id) ?? [],
      }));
  };

  return {
    dayBook(from, to, lang) {
      const names = new Map(
        q
          .accountNames()
          .all()
          .map((a) => [a.code, a.name]),
      );
      return withLines(
        { from, to },
        ([, account, partyId, debitPaise, creditPaise]) => ({ account, accountName: names.get(account) ?? account, partyId, debitPaise, creditPaise }),
        (e) => ({ narration: said(e, lang), documentTotalPaise: e.documentTotalPaise }),
      );
    },
    entries(from, to) {
      return withLines(
        { from, to },
        ([, account, partyId, debit, credit]): PostingLine => ({ account, debit, credit, partyId }),
        (e) => ({ narration: e.narration }),
      );
    },
  };
}
