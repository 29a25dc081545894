import { and, desc, eq, sql } from 'drizzle-orm';
import type { BillingRepo, Invoice } from '../../app/core/services/ports';
import type { Unit } from '../../app/core/format/qty';
import { customers, devices, invoiceLines, invoices, numberSeries, payments, users } from '../schema';
import type { RepoContext } from './context';
import { createPrintJobsRepo } from './printing';

export function createBillingRepo(ctx: RepoContext): BillingRepo {
  const { orm } = ctx;
  const printJobs = createPrintJobsRepo(ctx);

  return {
    idByClientRef: (clientRef) => orm.select({ id: invoices.id }).from(invoices).where(eq(invoices.clientRef, clientRef)).get()?.id,

    insert(inv) {
      const { bill } = inv;
      const t = bill.totals;
      orm
        .insert(invoices)
        .values({
          id: inv.id, clientRef: inv.clientRef, number: inv.number, fy: inv.fy, docType: bill.docType, date: inv.date, createdAt: inv.createdAt,
          userId: inv.userId, deviceId: inv.deviceId, customerId: inv.customerId, supply: bill.supply, placeOfSupply: bill.placeOfSupply,
          amountPaise: t.amount, discountPaise: t.discount, taxablePaise: t.taxable, cgstPaise: t.cgst, sgstPaise: t.sgst, igstPaise: t.igst,
          cessPaise: t.cess, valuePaise: t.value, roundOffPaise: t.roundOff, payablePaise: t.payable, costPaise: t.cost, status: 'posted',
        })
        .run();
      orm
        .insert(invoiceLines)
        .values(
          bill.lines.map((l) => ({
            invoiceId: inv.id, lineNo: l.lineNo, productId: l.product.id, name: l.product.name, nameHi: l.product.nameHi, hsn: l.product.hsn,
            unit: l.product.unit, qtyMilli: l.qtyMilli, unitPricePaise: l.unitPricePaise, mrpPaise: l.product.mrpPaise, amountPaise: l.amount,
            discountPaise: l.discountPaise, billDiscountPaise: l.billDiscountPaise, taxablePaise: l.taxable, gstRateBp: l.product.gstRateBp,
            cessRateBp: l.product.cessRateBp, cgstPaise: l.cgst, sgstPaise: l.sgst, igstPaise: l.igst, cessPaise: l.cess, totalPaise: l.total, costPaise: l.costPaise,
          })),
        )
        .run();
      if (inv.payments.length > 0) {
        orm.insert(payments).values(inv.payments.map((p, i) => ({ invoiceId: inv.id, seq: i + 1, ...p }))).run();
      }
    },

    header: (id) =>
      orm.select({ id: invoices.id, number: invoices.number, date: invoices.date, status: invoices.status, customerId: invoices.customerId }).from(invoices).where(eq(invoices.id, id)).get(),

    view(id): Invoice | undefined {
      const h = orm
        .select({ inv: invoices, cashierName: users.name, deviceCode: devices.code, customer: { id: customers.id, name: customers.name, phone: customers.phone, gstin: customers.gstin } })
        .from(invoices)
        .innerJoin(users, eq(users.id, invoices.userId))
        .innerJoin(devices, eq(devices.id, invoices.deviceId))
        .leftJoin(customers, eq(customers.id, invoices.customerId))
        .where(eq(invoices.id, id))
        .get();
      if (!h) return undefined;
      const { inv } = h;
      const lines = orm.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, id)).orderBy(invoiceLines.lineNo).all();
      const paid = orm.select().from(payments).where(eq(payments.invoiceId, id)).orderBy(payments.seq).all();
      return {
        id: inv.id,
        number: inv.number,
        date: inv.date,
        createdAt: inv.createdAt,
        docType: inv.docType,
        status: inv.status,
        supply: inv.supply,
        placeOfSupply: inv.placeOfSupply,
        customer: h.customer,
        cashier: { id: inv.userId, name: h.cashierName },
        deviceCode: h.deviceCode,
        lines: lines.map(({ invoiceId: _i, costPaise: _c, unit, ...l }) => ({ ...l, unit: unit as Unit })),
        payments: paid.map(({ invoiceId: _i, seq: _s, ...p }) => p),
        totals: {
          amountPaise: inv.amountPaise, discountPaise: inv.discountPaise, taxablePaise: inv.taxablePaise, cgstPaise: inv.cgstPaise, sgstPaise: inv.sgstPaise,
          igstPaise: inv.igstPaise, cessPaise: inv.cessPaise, valuePaise: inv.valuePaise, roundOffPaise: inv.roundOffPaise, payablePaise: inv.payablePaise,
        },
        cancellation: inv.status === 'cancelled' && inv.cancelledAt && inv.cancelledBy ? { at: inv.cancelledAt, reason: inv.cancelReason ?? '', byUserId: inv.cancelledBy } : null,
        print: printJobs.state(id),
      };
    },

    list: (date, limit) =>
      orm
        .select({ id: invoices.id, number: invoices.number, date: invoices.date, createdAt: invoices.createdAt, status: invoices.status, customerName: customers.name, payablePaise: invoices.payablePaise })
        .from(invoices)
        .leftJoin(customers, eq(customers.id, invoices.customerId))
        .where(eq(invoices.date, date))
        .orderBy(desc(invoices.createdAt))
        .limit(limit)
        .all()
        .map((r) => ({ ...r, print: printJobs.state(r.id) })),

    markCancelled: (id, c) =>
      void orm.update(invoices).set({ status: 'cancelled', cancelledAt: c.at, cancelReason: c.reason, cancelledBy: c.userId }).where(and(eq(invoices.id, id), eq(invoices.status, 'posted'))).run(),
  };
}

export function createSeriesRepo({ orm }: RepoContext) {
  return {
    next: (series: string, docType: string, fy: string): number => {
      const row = orm
        .insert(numberSeries)
        .values({ series, docType, fy, last: 1 })
        .onConflictDoUpdate({ target: [numberSeries.series, numberSeries.docType, numberSeries.fy], set: { last: sql`${numberSeries.last} + 1` } })
        .returning({ last: numberSeries.last })
        .get();
      return row.last;
    },
  };
}
