import { and, desc, eq, sql } from 'drizzle-orm';
import { creditNotes, customers, devices, invoiceLines, invoices, numberSeries, payments, users } from '../../schema';
import { atomically, once, placeholders, type RepoContext } from '../context';
import { createPrintJobsRepo } from '../printing/printing';
import type { BillingRepo } from '../../../app/core/services/billing/ports';
import type { Invoice } from '../../../app/core/services/billing/ports';

const ph = sql.placeholder;

// Posting a bill runs these on every sale, so they are built and prepared once (see once()).
function statements({ orm }: RepoContext) {
  return {
    idByClientRef: once(() =>
      orm
        .select({ id: invoices.id })
        .from(invoices)
        .where(eq(invoices.clientRef, ph('clientRef')))
        .prepare(),
    ),
    insertInvoice: once(() =>
      orm
        .insert(invoices)
        .values({
          ...placeholders('id', 'clientRef', 'number', 'fy', 'docType', 'date', 'createdAt', 'userId', 'deviceId', 'customerId', 'supply', 'placeOfSupply'),
          ...placeholders('buyerName', 'buyerGstin', 'buyerState', 'gstClass'),
          ...placeholders(
            'amountPaise',
            'discountPaise',
            'taxablePaise',
            'cgstPaise',
            'sgstPaise',
            'igstPaise',
            'cessPaise',
            'valuePaise',
            'roundOffPaise',
            'payablePaise',
            'costPaise',
          ),
          status: 'posted',
        })
        .prepare(),
    ),
    insertLine: once(() =>
      orm
        .insert(invoiceLines)
        .values(
          placeholders(
            'invoiceId',
            'lineNo',
            'productId',
            'name',
            'nameHi',
            'hsn',
            'unit',
            'qtyMilli',
            'unitPricePaise',
            'mrpPaise',
            'amountPaise',
            'discountPaise',
            'billDiscountPaise',
            'taxablePaise',
            'gstRateBp',
            'cessRateBp',
            'cgstPaise',
            'sgstPaise',
            'igstPaise',
            'cessPaise',
            'totalPaise',
            'costPaise',
          ),
        )
        .prepare(),
    ),
    insertPayment: once(() =>
      orm
        .insert(payments)
        .values(placeholders('invoiceId', 'seq', 'method', 'amountPaise', 'tenderedPaise', 'changePaise', 'reference'))
        .prepare(),
    ),
    header: once(() =>
      orm
        .select({ id: invoices.id, number: invoices.number, date: invoices.date, status: invoices.status, customerId: invoices.customerId })
        .from(invoices)
        .where(eq(invoices.id, ph('id')))
        .prepare(),
    ),
    viewHead: once(() =>
      orm
        .select({
          inv: invoices,
          cashierName: users.name,
          deviceCode: devices.code,
          customerPhone: customers.phone,
        })
        .from(invoices)
        .innerJoin(users, eq(users.id, invoices.userId))
        .innerJoin(devices, eq(devices.id, invoices.deviceId))
        .leftJoin(customers, eq(customers.id, invoices.customerId))
        .where(eq(invoices.id, ph('id')))
        .prepare(),
    ),
    viewLines: once(() =>
      orm
        .select()
        .from(invoiceLines)
        .where(eq(invoiceLines.invoiceId, ph('id')))
        .orderBy(invoiceLines.lineNo)
        .prepare(),
    ),
    viewPayments: once(() =>
      orm
        .select()
        .from(payments)
        .where(eq(payments.invoiceId, ph('id')))
        .orderBy(payments.seq)
        .prepare(),
    ),
  };
}

/** The buyer as the document names them (kept at posting), with the phone from the customer file. */
export function buyerOf(
  doc: { customerId: string | null; buyerName: string | null; buyerGstin: string | null; buyerState: string | null },
  phone: string | null,
): Invoice['customer'] {
  return doc.customerId === null
    ? null
    : { id: doc.customerId, name: doc.buyerName ?? '', phone: phone ?? '', gstin: doc.buyerGstin, stateCode: doc.buyerState };
}

export function createBillingRepo(ctx: RepoContext): BillingRepo {
  const { orm, raw } = ctx;
  const printJobs = createPrintJobsRepo(ctx);
  const q = statements(ctx);

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
          amountPaise: t.amount,
          discountPaise: t.discount,
          taxablePaise: t.taxable,
          cgstPaise: t.cgst,
          sgstPaise: t.sgst,
          igstPaise: t.igst,
          cessPaise: t.cess,
          valuePaise: t.value,
          roundOffPaise: t.roundOff,
          payablePaise: t.payable,
          costPaise: t.cost,
        });
        for (const l of bill.lines) {
          q.insertLine().run({
            invoiceId: inv.id,
            lineNo: l.lineNo,
            productId: l.product.id,
            name: l.product.name,
            nameHi: l.product.nameHi,
            hsn: l.product.hsn,
            unit: l.product.unit,
            qtyMilli: l.qtyMilli,
            unitPricePaise: l.unitPricePaise,
            mrpPaise: l.product.mrpPaise,
            amountPaise: l.amount,
            discountPaise: l.discountPaise,
            billDiscountPaise: l.billDiscountPaise,
            taxablePaise: l.taxable,
            gstRateBp: l.product.gstRateBp,
            cessRateBp: l.product.cessRateBp,
            cgstPaise: l.cgst,
            sgstPaise: l.sgst,
            igstPaise: l.igst,
            cessPaise: l.cess,
            totalPaise: l.total,
            costPaise: l.costPaise,
          });
        }
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
          id: invoices.id,
          number: invoices.number,
          date: invoices.date,
          createdAt: invoices.createdAt,
          status: invoices.status,
          customerName: invoices.buyerName,
          payablePaise: invoices.payablePaise,
        })
        .from(invoices)
        .where(eq(invoices.date, date))
        .orderBy(desc(invoices.createdAt))
        .limit(limit)
        .all()
        .map((r) => ({ ...r, print: printJobs.state(r.id) })),

    idByNumber: (number) => {
      const wanted = number.trim().toUpperCase();
      const where = /^\d+$/.test(wanted) ? sql`${invoices.number} LIKE ${`%/${wanted.padStart(5, '0')}`}` : eq(invoices.number, wanted);
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

export function createSeriesRepo({ orm }: RepoContext) {
  const next = once(() =>
    orm
      .insert(numberSeries)
      .values({ ...placeholders('series', 'docType', 'fy'), last: 1 })
      .onConflictDoUpdate({ target: [numberSeries.series, numberSeries.docType, numberSeries.fy], set: { last: sql`${numberSeries.last} + 1` } })
      .returning({ last: numberSeries.last })
      .prepare(),
  );
  const key = (series: string, docType: string, fy: string) => and(eq(numberSeries.series, series), eq(numberSeries.docType, docType), eq(numberSeries.fy, fy));
  return {
    next: (series: string, docType: string, fy: string): number => {
      const row = next().get({ series, docType, fy });
      if (!row) throw new Error('number_series upsert returned no row');
      return row.last;
    },
    last: (series: string, docType: string, fy: string): number =>
      orm
        .select({ last: numberSeries.last })
        .from(numberSeries)
        .where(key(series, docType, fy))
        .get()?.last ?? 0,
    setLast(series: string, docType: string, fy: string, last: number): void {
      if (last <= 0) {
        orm
          .delete(numberSeries)
          .where(key(series, docType, fy))
          .run();
        return;
      }
      orm
        .insert(numberSeries)
        .values({ series, docType, fy, last })
        .onConflictDoUpdate({ target: [numberSeries.series, numberSeries.docType, numberSeries.fy], set: { last } })
        .run();
    },
    numberTaken: (fy: string, number: string): boolean =>
      orm
        .select({ id: invoices.id })
        .from(invoices)
        .where(and(eq(invoices.fy, fy), eq(invoices.number, number)))
        .get() !== undefined ||
      orm
        .select({ id: creditNotes.id })
        .from(creditNotes)
        .where(and(eq(creditNotes.fy, fy), eq(creditNotes.number, number)))
        .get() !== undefined,
  };
}
