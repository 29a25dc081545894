import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { accounts, journalEntries, journalLines } from '../../schema';
import { atomically, once, placeholders, type RepoContext } from '../context';
import type { LedgerRepo } from '../../../app/core/services/accounting/ports';

export function createLedgerRepo({ orm, raw }: RepoContext): LedgerRepo {
  // Every bill writes an entry and its lines: prepared once (see once()).
  const insertEntry = once(() =>
    orm
      .insert(journalEntries)
      .values(placeholders('id', 'date', 'voucherType', 'refType', 'refId', 'narration', 'reversesId', 'createdAt'))
      .prepare(),
  );
  const insertLine = once(() =>
    orm
      .insert(journalLines)
      .values(placeholders('entryId', 'seq', 'accountCode', 'debitPaise', 'creditPaise', 'partyId'))
      .prepare(),
  );
  return {
    insert(entry, lines) {
      atomically(raw, () => {
        insertEntry().run({ ...entry });
        lines.forEach((l, i) =>
          insertLine().run({ entryId: entry.id, seq: i + 1, accountCode: l.account, debitPaise: l.debit, creditPaise: l.credit, partyId: l.partyId }),
        );
      });
    },
    entriesFor(refId) {
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
        id: e.id,
        date: e.date,
        voucherType: e.voucherType,
        refId: e.refId,
        narration: e.narration,
        reversesId: e.reversesId,
        lines: lines.filter((l) => l.entryId === e.id).map(({ entryId: _e, ...l }) => l),
      }));
    },
    balanceOf(account, partyId, upTo) {
      const row = orm
        .select({ balance: sql<number>`coalesce(sum(${journalLines.debitPaise}) - sum(${journalLines.creditPaise}), 0)` })
        .from(journalLines)
        .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
        .where(and(eq(journalLines.accountCode, account), eq(journalLines.partyId, partyId), lte(journalEntries.createdAt, upTo)))
        .get();
      return row?.balance ?? 0;
    },
  };
}
