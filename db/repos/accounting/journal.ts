import { and, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { checkBooksRange } from '../../../app/core/accounting/posting';
import type { JournalRepo } from '../../../app/core/services/accounting/ports';
import { accounts, customers, journalEntries, journalLines, ledgerDaily, ledgerTotals, suppliers } from '../../schema';
import { atomically, once, placeholders, type RepoContext } from '../context';
import { createDayBookReads } from './day-book';
import { createJournalReads, entryHead } from './journal-reads';
import { createPartyDues } from './party-dues';

const ph = sql.placeholder;
const NO_END = '9999-12-31';

/**
 * The journal: entries are written here only, from lines `balanced()` proved (the Balanced type),
 * and every balance is read here. Balances by date come from the daily ledger the triggers keep;
 * a balance "as written by" an instant (a receipt's khata balance, the same on a reprint) sums the
 * lines of the entries written up to it.
 */
export function createJournalRepo(ctx: RepoContext): JournalRepo {
  const { orm, raw } = ctx;
  // Every bill writes an entry and its lines: prepared once (see once()).
  const insertEntry = once(() =>
    orm
      .insert(journalEntries)
      .values(placeholders('id', 'date', 'voucherType', 'refType', 'refId', 'narration', 'reversesId', 'createdAt', 'narrationKey', 'narrationParams'))
      .prepare(),
  );
  const insertLine = once(() =>
    orm
      .insert(journalLines)
      .values(placeholders('entryId', 'seq', 'accountCode', 'debitPaise', 'creditPaise', 'partyId'))
      .prepare(),
  );
  const dailySum = sql<number>`coalesce(sum(${ledgerDaily.debitPaise}) - sum(${ledgerDaily.creditPaise}), 0)`;
  const lineSum = sql<number>`coalesce(sum(${journalLines.debitPaise}) - sum(${journalLines.creditPaise}), 0)`;
  const before = once(() =>
    orm
      .select({ balance: dailySum })
      .from(ledgerDaily)
      .where(and(eq(ledgerDaily.accountCode, ph('account')), lt(ledgerDaily.date, ph('before'))))
      .prepare(),
  );
  // The entry's accounts' balances over all time, in one statement: a row of the running totals each, not every day of their history.
  const totals = once(() =>
    orm
      .select({ account: ledgerTotals.accountCode, balance: sql<number>`${ledgerTotals.debitPaise} - ${ledgerTotals.creditPaise}` })
      .from(ledgerTotals)
      .where(sql`${ledgerTotals.accountCode} IN (SELECT value FROM json_each(${ph('accounts')}))`)
      .prepare(),
  );
  const partyBefore = once(() =>
    orm
      .select({ balance: dailySum })
      .from(ledgerDaily)
      .where(and(eq(ledgerDaily.accountCode, ph('account')), eq(ledgerDaily.partyId, ph('partyId')), lt(ledgerDaily.date, ph('before'))))
      .prepare(),
  );
  const writtenBy = (byParty: boolean) =>
    orm
      .select({ balance: lineSum })
      .from(journalLines)
      .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
      .where(
        and(
          eq(journalLines.accountCode, ph('account')),
          byParty ? eq(journalLines.partyId, ph('partyId')) : undefined,
          lte(journalEntries.createdAt, ph('writtenBy')),
        ),
      )
      .prepare();
  const accountWrittenBy = once(() => writtenBy(false));
  const partyWrittenBy = once(() => writtenBy(true));

  return {
    insert(entry, lines) {
      atomically(raw, () => {
        const balances = new Map(
          totals()
            .all({ accounts: JSON.stringify([...new Set(lines.map((l) => l.account))]) })
            .map((r) => [r.account, r.balance]),
        );
        checkBooksRange(lines, (account) => balances.get(account) ?? 0);
        const { words, ...row } = entry;
        insertEntry().run({ ...row, narrationKey: words?.key ?? null, narrationParams: words ? JSON.stringify(words.params) : null });
        lines.forEach((l, i) =>
          insertLine().run({ entryId: entry.id, seq: i + 1, accountCode: l.account, debitPaise: l.debit, creditPaise: l.credit, partyId: l.partyId }),
        );
      });
    },
    balance(account, partyId, upTo) {
      const row =
        upTo && 'writtenBy' in upTo
          ? partyId === null
            ? accountWrittenBy().get({ account, writtenBy: upTo.writtenBy })
            : partyWrittenBy().get({ account, partyId, writtenBy: upTo.writtenBy })
          : partyId === null
            ? before().get({ account, before: upTo?.before ?? NO_END })
            : partyBefore().get({ account, partyId, before: upTo?.before ?? NO_END });
      return row?.balance ?? 0;
    },
    entriesFor(refId, lang) {
      const entries = orm.select().from(journalEntries).where(eq(journalEntries.refId, refId)).orderBy(journalEntries.createdAt).all();
      if (entries.length === 0) return [];
      const lines = orm
        .select({
          entryId: journalLines.entryId,
          account: journalLines.accountCode,
          accountName: accounts.name,
          debitPaise: journalLines.debitPaise,
          creditPaise: journalLines.creditPaise,
          partyId: journalLines.partyId,
          partyName: sql<string | null>`coalesce((SELECT ${customers.name} FROM ${customers} WHERE ${customers.id} = ${journalLines.partyId}),
            (SELECT ${suppliers.name} FROM ${suppliers} WHERE ${suppliers.id} = ${journalLines.partyId}))`,
        })
        .from(journalLines)
        .innerJoin(accounts, eq(accounts.code, journalLines.accountCode))
        .where(
          inArray(
            journalLines.entryId,
            entries.map((e) => e.id),
          ),
        )
        .orderBy(journalLines.entryId, journalLines.seq)
        .all();
      return entries.map((e) => ({
        ...entryHead(e, lang),
        lines: lines.filter((l) => l.entryId === e.id).map(({ entryId: _e, ...l }) => l),
      }));
    },
    ...createJournalReads(ctx),
    ...createDayBookReads(ctx),
    ...createPartyDues(ctx),
  };
}
