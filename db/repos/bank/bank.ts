import { and, asc, between, desc, eq, exists, gte, inArray, isNull, lte, ne, notExists, notInArray, or, sql } from 'drizzle-orm';
import type { BankRepo } from '../../../app/core/services/bank/ports';
import { bankLines, bankMatches, bankStatements, clearingSettlements, journalEntries, journalLines, vouchers } from '../../schema';
import { inAccountIndex } from '../accounting/account-lines';
import { atomically, once, placeholders, type RepoContext } from '../context';

interface LineRow {
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
}
const view = ({ mEntryId, mSeq, mHow, mType, mNarration, mDate, ...b }: LineRow) => ({
  ...b,
  match:
    mEntryId !== null && mSeq !== null && mHow !== null
      ? { entryId: mEntryId, seq: mSeq, how: mHow, voucherType: mType ?? '', narration: mNarration ?? '', date: mDate ?? b.date }
      : null,
});
const LINE = {
  id: bankLines.id,
  statementId: bankLines.statementId,
  date: bankLines.date,
  narration: bankLines.narration,
  reference: bankLines.reference,
  amountPaise: bankLines.amountPaise,
  balancePaise: bankLines.balancePaise,
  mEntryId: bankMatches.entryId,
  mSeq: bankMatches.seq,
  mHow: bankMatches.how,
  mType: journalEntries.voucherType,
  mNarration: journalEntries.narration,
  mDate: journalEntries.date,
};
const BOOK = {
  entryId: journalLines.entryId,
  seq: journalLines.seq,
  date: journalEntries.date,
  voucherType: journalEntries.voucherType,
  narration: journalEntries.narration,
  reference: sql<string>`coalesce((SELECT ${vouchers.reference} FROM ${vouchers} WHERE ${journalEntries.refType} = 'voucher' AND ${vouchers.id} = ${journalEntries.refId}), '')`,
  amountPaise: sql<number>`${journalLines.debitPaise} - ${journalLines.creditPaise}`,
};
const statementOrder = [asc(bankLines.date), asc(bankLines.statementId), asc(bankLines.lineNo)];

export function createBankRepo({ orm, raw }: RepoContext): BankRepo {
  const statementLines = () =>
    orm
      .select(LINE)
      .from(bankLines)
      .leftJoin(bankMatches, eq(bankMatches.bankLineId, bankLines.id))
      .leftJoin(journalEntries, eq(journalEntries.id, bankMatches.entryId));
  // A bank account is never one the counter posts every bill to, so its lines are in the account index.
  const bookLines = (account: string, ...also: Parameters<typeof and>) =>
    orm
      .select(BOOK)
      .from(journalLines)
      .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
      .where(and(eq(journalLines.accountCode, account), inAccountIndex(journalLines.accountCode), ...also))
      .orderBy(asc(journalEntries.date), asc(journalEntries.createdAt))
      .all();
  const matchedLine = () =>
    orm
      .select({ one: sql`1` })
      .from(bankMatches)
      .where(and(eq(bankMatches.entryId, journalLines.entryId), eq(bankMatches.seq, journalLines.seq)));
  const insertLine = once(() =>
    orm
      .insert(bankLines)
      .values(
        placeholders('id', 'statementId', 'accountCode', 'lineNo', 'date', 'valueDate', 'narration', 'reference', 'amountPaise', 'balancePaise', 'lineKey'),
      )
      .prepare(),
  );
  return {
    existingKeys(account, keys) {
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i += 400) {
        const rows = orm
          .select({ key: bankLines.lineKey })
          .from(bankLines)
          .where(and(eq(bankLines.accountCode, account), inArray(bankLines.lineKey, keys.slice(i, i + 400))))
          .all();
        for (const r of rows) found.add(r.key);
      }
      return found;
    },
    insertStatement(s) {
      atomically(raw, () => {
        orm
          .insert(bankStatements)
          .values({
            id: s.id,
            accountCode: s.account,
            fileName: s.fileName,
            importedAt: s.importedAt,
            importedBy: s.importedBy,
            fromDate: s.from,
            toDate: s.to,
            lines: s.lines.length,
            closingBalancePaise: s.closingBalancePaise,
          })
          .run();
        for (const l of s.lines)
          insertLine().run({
            id: l.id,
            statementId: s.id,
            accountCode: s.account,
            lineNo: l.lineNo,
            date: l.date,
            valueDate: l.valueDate,
            narration: l.narration,
            reference: l.reference,
            amountPaise: l.amountPaise,
            balancePaise: l.balancePaise,
            lineKey: l.lineKey,
          });
      });
    },
    line(id) {
      const r = orm
        .select({ ...LINE, account: bankLines.accountCode })
        .from(bankLines)
        .leftJoin(bankMatches, eq(bankMatches.bankLineId, bankLines.id))
        .leftJoin(journalEntries, eq(journalEntries.id, bankMatches.entryId))
        .where(eq(bankLines.id, id))
        .get();
      if (!r) return undefined;
      const { account, ...row } = r;
      return { ...view(row), account };
    },
    lines: (account, from, to, unmatchedOnly) =>
      statementLines()
        .where(
          and(
            eq(bankLines.accountCode, account),
            from === null ? undefined : gte(bankLines.date, from),
            to === null ? undefined : lte(bankLines.date, to),
            unmatchedOnly ? isNull(bankMatches.bankLineId) : undefined,
          ),
        )
        .orderBy(...statementOrder)
        .all()
        .map(view),
    unmatchedBookLines: (account, upTo) => bookLines(account, upTo === null ? undefined : lte(journalEntries.date, upTo), notExists(matchedLine())),
    bookLine(entryId, seq) {
      const r = orm
        .select({ ...BOOK, account: journalLines.accountCode, matched: sql<number>`${exists(matchedLine())}` })
        .from(journalLines)
        .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
        .where(and(eq(journalLines.entryId, entryId), eq(journalLines.seq, seq)))
        .get();
      return r ? { ...r, matched: r.matched === 1 } : undefined;
    },
    match: (m) =>
      void orm.insert(bankMatches).values({ bankLineId: m.bankLineId, entryId: m.entryId, seq: m.seq, how: m.how, matchedAt: m.at, matchedBy: m.userId }).run(),
    unmatch: (bankLineId) => void orm.delete(bankMatches).where(eq(bankMatches.bankLineId, bankLineId)).run(),
    unsettledDays(clearing, upTo) {
      // A day's collections, net of its refunds; settlements themselves are left out, and so are days already settled.
      const amountPaise = sql<number>`sum(${journalLines.debitPaise}) - sum(${journalLines.creditPaise})`;
      const settled = orm.select({ date: clearingSettlements.businessDate }).from(clearingSettlements).where(eq(clearingSettlements.accountCode, clearing));
      return orm
        .select({ date: journalEntries.date, amountPaise })
        .from(journalEntries)
        .innerJoin(journalLines, eq(journalLines.entryId, journalEntries.id))
        .where(
          and(
            between(journalEntries.date, sql`date(${upTo}, '-60 days')`, upTo),
            // unary plus: read the day's entries by date, not this account's every line by the account index
            sql`+${journalLines.accountCode} = ${clearing}`,
            ne(journalEntries.voucherType, 'settlement'),
            notInArray(journalEntries.date, settled),
          ),
        )
        .groupBy(journalEntries.date)
        .having(sql`${amountPaise} > 0`)
        .orderBy(asc(journalEntries.date))
        .all();
    },
    markSettled(clearing, dates, entryId) {
      atomically(raw, () => dates.forEach((d) => void orm.insert(clearingSettlements).values({ accountCode: clearing, businessDate: d, entryId }).run()));
    },
    openAsOf(account, asOf) {
      const matchedBy = orm
        .select({ one: sql`1` })
        .from(bankMatches)
        .innerJoin(bankLines, eq(bankLines.id, bankMatches.bankLineId))
        .where(and(eq(bankMatches.entryId, journalLines.entryId), eq(bankMatches.seq, journalLines.seq), lte(bankLines.date, asOf)));
      const book = bookLines(account, lte(journalEntries.date, asOf), notExists(matchedBy));
      const bank = statementLines()
        .where(and(eq(bankLines.accountCode, account), lte(bankLines.date, asOf), or(isNull(bankMatches.bankLineId), sql`${journalEntries.date} > ${asOf}`)))
        .orderBy(...statementOrder)
        .all()
        .map(view);
      const last = orm
        .select({ balance: bankLines.balancePaise })
        .from(bankLines)
        .where(and(eq(bankLines.accountCode, account), lte(bankLines.date, asOf)))
        .orderBy(desc(bankLines.date), desc(bankLines.statementId), desc(bankLines.lineNo))
        .limit(1)
        .get();
      return { book, bank, statementBalancePaise: last?.balance ?? null };
    },
  };
}
