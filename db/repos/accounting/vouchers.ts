import { and, desc, eq, gte, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { RegistersRepo, Voucher, VouchersRepo } from '../../../app/core/services/accounting/ports';
import { auditLog, cashRegisters, customers, journalEntries, vouchers } from '../../schema';
import { createJournalRepo } from './journal';
import { json, type RepoContext } from '../context';
import { createSuppliersRepo } from '../suppliers/suppliers';
import { narrationFor } from '../../../app/core/accounting/narration';
import type { Lang } from '../../../app/core/contract/vocabulary';

type Row = typeof vouchers.$inferSelect;

export function createVouchersRepo(ctx: RepoContext): VouchersRepo {
  const { orm } = ctx;
  const journal = createJournalRepo(ctx);
  const suppliers = createSuppliersRepo(ctx);
  type Said = { customerName: string | null; narrationKey: string | null; narrationParams: string | null };
  // A voucher's own entry carries the books' narration as words, said in the reader's language.
  const head = (r: Row & Said, lang: Lang): Omit<Voucher, 'entries'> => ({
    id: r.id,
    number: r.number,
    kind: r.kind,
    date: r.date,
    createdAt: r.createdAt,
    partyType: r.partyType,
    partyId: r.partyId,
    partyName: r.partyType === 'customer' ? r.customerName : r.partyType === 'supplier' && r.partyId ? (suppliers.get(r.partyId)?.name ?? r.partyId) : null,
    amountPaise: r.amountPaise,
    method: r.method,
    reference: r.reference,
    narration: narrationFor(r.narration, r.narrationKey, r.narrationParams, lang),
    reversal: r.reversedAt && r.reversedBy ? { at: r.reversedAt, reason: r.reverseReason ?? '', byUserId: r.reversedBy } : null,
  });
  const select = () =>
    orm
      .select({ v: vouchers, customerName: customers.name, narrationKey: journalEntries.narrationKey, narrationParams: journalEntries.narrationParams })
      .from(vouchers)
      .leftJoin(customers, and(eq(vouchers.partyType, 'customer'), eq(customers.id, vouchers.partyId)))
      .leftJoin(journalEntries, and(eq(journalEntries.refType, 'voucher'), eq(journalEntries.refId, vouchers.id), isNull(journalEntries.reversesId)));
  const said = (r: { v: Row } & Said, lang: Lang) =>
    head({ ...r.v, customerName: r.customerName, narrationKey: r.narrationKey, narrationParams: r.narrationParams }, lang);
  return {
    insert: (v) => void orm.insert(vouchers).values(v).run(),
    idByClientRef: (clientRef) => orm.select({ id: vouchers.id }).from(vouchers).where(eq(vouchers.clientRef, clientRef)).get()?.id,
    view(id, lang = 'en') {
      const r = select().where(eq(vouchers.id, id)).get();
      return r ? { ...said(r, lang), entries: journal.entriesFor(id, lang) } : undefined;
    },
    list: (from, to, kind, limit, lang = 'en') =>
      select()
        .where(and(gte(vouchers.date, from), lte(vouchers.date, to), kind ? eq(vouchers.kind, kind) : undefined))
        .orderBy(desc(vouchers.date), desc(vouchers.createdAt))
        .limit(limit)
        .all()
        .map((r) => said(r, lang)),
    markReversed: (id, r) =>
      void orm
        .update(vouchers)
        .set({ reversedAt: r.at, reversedBy: r.userId, reverseReason: r.reason })
        .where(and(eq(vouchers.id, id), isNull(vouchers.reversedAt)))
        .run(),
  };
}

/** What the close's audit row records: the chain's head the day-end slip carries. */
const ClosingRecord = z.object({ auditHead: z.string().nullish() });

export function createRegistersRepo({ orm }: RepoContext): RegistersRepo {
  const view = (r: typeof cashRegisters.$inferSelect | undefined) => {
    if (!r) return undefined;
    const closing = r.closedAt
      ? orm
          .select({ after: auditLog.afterJson })
          .from(auditLog)
          .where(and(eq(auditLog.action, 'accounting.closeRegister'), eq(auditLog.entityId, r.id)))
          .orderBy(desc(auditLog.id))
          .limit(1)
          .get()?.after
      : null;
    return {
      id: r.id,
      businessDate: r.businessDate,
      openedAt: r.openedAt,
      openingCountedPaise: r.openingCountedPaise,
      openingBookPaise: r.openingBookPaise,
      closedAt: r.closedAt,
      closingCountedPaise: r.closingCountedPaise,
      closingBookPaise: r.closingBookPaise,
      differencePaise: r.closingCountedPaise !== null && r.closingBookPaise !== null ? r.closingCountedPaise - r.closingBookPaise : null,
      status: r.status,
      auditHead: closing ? (ClosingRecord.safeParse(JSON.parse(closing)).data?.auditHead ?? null) : null,
    };
  };
  return {
    open: () => view(orm.select().from(cashRegisters).where(eq(cashRegisters.status, 'open')).get()),
    last: () => view(orm.select().from(cashRegisters).where(eq(cashRegisters.status, 'closed')).orderBy(desc(cashRegisters.closedAt)).limit(1).get()),
    view: (id) => view(orm.select().from(cashRegisters).where(eq(cashRegisters.id, id)).get()),
    insert: (r) =>
      void orm
        .insert(cashRegisters)
        .values({ ...r, denominations: json(r.denominations), status: 'open' })
        .run(),
    close: (id, c) =>
      void orm
        .update(cashRegisters)
        .set({
          closedAt: c.closedAt,
          closedBy: c.closedBy,
          closingCountedPaise: c.countedPaise,
          closingBookPaise: c.bookPaise,
          denominations: json(c.denominations),
          status: 'closed',
        })
        .where(and(eq(cashRegisters.id, id), eq(cashRegisters.status, 'open')))
        .run(),
  };
}
