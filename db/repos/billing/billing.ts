import { and, desc, eq, sql } from 'drizzle-orm';
import { invoices } from '../../schema';
import { atomically, pick, type RepoContext } from '../context';
import { invoiceStatements } from './invoice-statements';
import { lineInPaise, totalsInPaise } from '../../../app/core/billing/pricing';
import { createPrintJobsRepo } from '../printing/printing';
import type { BillingRepo } from '../../../app/core/services/billing/ports';
import type { Invoice } from '../../../app/core/services/billing/ports';

/** The buyer as the document names them (kept at posting), with the phone from the customer file. */
export function buyerOf(
  doc: { customerId: string | null; buyerName: string | null; buyerGstin: string | null; buyerState: string | null },
  phone: string | null,
): Invoice['customer'] {
  return doc.customerId === null
    ? null
    : { id: doc.customerId, name: doc.buyerName ?? '', phone: phone ?? '', gstin: doc.buyerGstin, stateCode: doc.buyerState };
}

/**
 * The financial years that have bills, one seek each down the (fy, number) key, so a whole number
 * is found through that key a year at a time and needs no index of its own (each would be one
 * more page written by every bill).
 */
const BILL_YEARS = sql`(WITH RECURSIVE years(fy) AS (SELECT min(fy) FROM invoices UNION ALL SELECT (SELECT min(fy) FROM invoices WHERE fy > years.fy) FROM years WHERE years.fy IS NOT NULL) SELECT fy FROM years WHERE fy IS NOT NULL)`;

export function createBillingRepo(ctx: RepoContext): BillingRepo {
  const { orm, raw } = ctx;
  const printJobs = createPrintJobsRepo(ctx);
  const q = invoiceStatements(ctx);

  return {
    idByClientRef: (clientRef) => q.idByClientRef().get({ clientRef })?.id,

    insert(inv) {
      const { bill } = inv;
      const t = bill.totals;
      atomically(raw, () => {
        q.insertInvoice().run({
          id: inv.id,
          clientRef: inv.clientRef,
          number: inv.number,
          fy: inv.fy,
          docType: bill.docType,
          date: inv.date,
          createdAt: inv.createdAt,
          userId: inv.userId,
          deviceId: inv.deviceId,
          customerId: inv.customerId,
          buyerName: inv.gst.buyer?.name ?? null,
          buyerGstin: inv.gst.buyer?.gstin ?? null,
          buyerState: inv.gst.buyer?.stateCode ?? null,
          gstClass: inv.gst.gstClass,
          supply: bill.supply,
          placeOfSupply: bill.placeOfSupply,
          ...totalsInPaise(t),
          costPaise: t.cost,
        });
        // The line's own object cloned first, then two more keys: cheaper than copying it key by key into a new one.
        for (const l of bill.lines) q.insertLine().run({ ...lineInPaise(l), invoiceId: inv.id, costPaise: l.costPaise });
        inv.payments.forEach((p, i) => q.insertPayment().run({ invoiceId: inv.id, seq: i + 1, ...p }));
      });
    },

    header: (id) => q.header().get({ id }),

    view(id): Invoice | undefined {
      const h = q.viewHead().get({ id });
      if (!h) return undefined;
      const { inv } = h;
      const lines = q.viewLines().all({ id });
      const paid = q.viewPayments().all({ id });
      return {
        id: inv.id,
        number: inv.number,
        date: inv.date,
        createdAt: inv.createdAt,
        docType: inv.docType,
        status: inv.status,
        supply: inv.supply,
        placeOfSupply: inv.placeOfSupply,
        customer: buyerOf(inv, h.customerPhone),
        cashier: { id: inv.userId, name: h.cashierName },
        deviceCode: h.deviceCode,
        lines: lines.map(({ invoiceId: _i, costPaise: _c, ...l }) => l),
        payments: paid.map(({ invoiceId: _i, seq: _s, ...p }) => p),
        totals: {
          amountPaise: inv.amountPaise,
          discountPaise: inv.discountPaise,
          taxablePaise: inv.taxablePaise,
          cgstPaise: inv.cgstPaise,
          sgstPaise: inv.sgstPaise,
          igstPaise: inv.igstPaise,
          cessPaise: inv.cessPaise,
          valuePaise: inv.valuePaise,
          roundOffPaise: inv.roundOffPaise,
          payablePaise: inv.payablePaise,
        },
        cancellation:
          inv.status === 'cancelled' && inv.cancelledAt && inv.cancelledBy
            ? { at: inv.cancelledAt, reason: inv.cancelReason ?? '', byUserId: inv.cancelledBy }
            : null,
        print: printJobs.state(id),
      };
    },

    list: (date, limit) =>
      orm
        .select({
          ...pick(invoices, 'id', 'number', 'date', 'createdAt', 'status', 'payablePaise'),
          customerName: invoices.buyerName,
        })
        .from(invoices)
        .where(eq(invoices.date, date))
        .orderBy(desc(invoices.createdAt))
        .limit(limit)
        .all()
        .map((r) => ({ ...r, print: printJobs.state(r.id) })),

    idByNumber: (number) => {
      const wanted = number.trim().toUpperCase();
      const where = /^\d+$/.test(wanted)
        ? sql`${invoices.number} LIKE ${`%/${wanted.padStart(5, '0')}`}`
        : and(sql`${invoices.fy} IN ${BILL_YEARS}`, eq(invoices.number, wanted));
      return orm.select({ id: invoices.id }).from(invoices).where(where).orderBy(desc(invoices.createdAt)).limit(1).get()?.id;
    },

    markCancelled: (id, c) =>
      void orm
        .update(invoices)
        .set({ status: 'cancelled', cancelledAt: c.at, cancelReason: c.reason, cancelledBy: c.userId })
        .where(and(eq(invoices.id, id), eq(invoices.status, 'posted')))
        .run(),
  };
}
