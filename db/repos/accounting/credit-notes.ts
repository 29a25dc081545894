import { and, asc, eq, sql } from 'drizzle-orm';
import type { CreditNotesRepo, InvoiceForReturn } from '../../../app/core/services/accounting/ports';
import { creditNoteLines, creditNotes, customers, invoiceLines, invoices, stockMoves } from '../../schema';
import { buyerOf } from '../billing/billing';
import { atomically, type RepoContext } from '../context';
import { headColumns } from '../gst/head-columns';
import type { ReturnableLine } from '../../../app/core/accounting/credit-note';

/** What a credit note keeps of a bill's line: the product as sold and its own rounded amounts. */
function returnedLine(l: Omit<ReturnableLine, 'lineNo'>): Omit<ReturnableLine, 'lineNo'> {
  const { productId, name, hsn, unit, qtyMilli, gstRateBp, cessRateBp, taxablePaise, cgstPaise, sgstPaise, igstPaise, cessPaise } = l;
  return { productId, name, hsn, unit, qtyMilli, gstRateBp, cessRateBp, taxablePaise, cgstPaise, sgstPaise, igstPaise, cessPaise };
}

export function createCreditNotesRepo({ orm, raw }: RepoContext): CreditNotesRepo {
  return {
    invoiceForReturn(invoiceId): InvoiceForReturn | undefined {
      const inv = orm.select().from(invoices).where(eq(invoices.id, invoiceId)).get();
      if (!inv) return undefined;
      const lines = orm.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(invoiceLines.lineNo).all();
      return {
        id: inv.id,
        number: inv.number,
        date: inv.date,
        status: inv.status,
        docType: inv.docType,
        supply: inv.supply,
        placeOfSupply: inv.placeOfSupply,
        customerId: inv.customerId,
        gst: {
          buyer: inv.customerId === null ? null : { name: inv.buyerName ?? '', gstin: inv.buyerGstin, stateCode: inv.buyerState },
          gstClass: inv.gstClass,
        },
        lines: lines.map((l) => ({
          lineNo: l.lineNo,
          ...returnedLine(l),
        })),
      };
    },
    returnedSoFar(invoiceId) {
      const rows = orm
        .select({
          lineNo: creditNoteLines.invoiceLineNo,
          qtyMilli: sql<number>`sum(${creditNoteLines.qtyMilli})`,
          taxablePaise: sql<number>`sum(${creditNoteLines.taxablePaise})`,
          cgstPaise: sql<number>`sum(${creditNoteLines.cgstPaise})`,
          sgstPaise: sql<number>`sum(${creditNoteLines.sgstPaise})`,
          igstPaise: sql<number>`sum(${creditNoteLines.igstPaise})`,
          cessPaise: sql<number>`sum(${creditNoteLines.cessPaise})`,
        })
        .from(creditNoteLines)
        .innerJoin(creditNotes, eq(creditNotes.id, creditNoteLines.creditNoteId))
        .where(eq(creditNotes.invoiceId, invoiceId))
        .groupBy(creditNoteLines.invoiceLineNo)
        .all();
      return new Map(rows.map(({ lineNo, ...r }) => [lineNo, r]));
    },
    idByClientRef: (clientRef) => orm.select({ id: creditNotes.id }).from(creditNotes).where(eq(creditNotes.clientRef, clientRef)).get()?.id,
    insert(n) {
      const t = n.totals;
      atomically(raw, () => {
        orm
          .insert(creditNotes)
          .values({
            id: n.id,
            clientRef: n.clientRef,
            number: n.number,
            fy: n.fy,
            date: n.date,
            createdAt: n.createdAt,
            userId: n.userId,
            deviceId: n.deviceId,
            invoiceId: n.invoice.id,
            customerId: n.invoice.customerId,
            buyerName: n.gst.buyer?.name ?? null,
            buyerGstin: n.gst.buyer?.gstin ?? null,
            buyerState: n.gst.buyer?.stateCode ?? null,
            gstClass: n.gst.gstClass,
            docType: n.invoice.docType,
            supply: n.invoice.supply,
            placeOfSupply: n.invoice.placeOfSupply,
            reason: n.reason,
            refundMethod: n.refund,
            ...headColumns(t),
            roundOffPaise: t.roundOffPaise,
            totalPaise: t.totalPaise,
            costPaise: n.costPaise,
          })
          .run();
        for (const l of n.lines) {
          orm
            .insert(creditNoteLines)
            .values({
              creditNoteId: n.id,
              lineNo: l.lineNo,
              invoiceLineNo: l.invoiceLineNo,
              ...returnedLine(l),
              totalPaise: l.totalPaise,
              costPaise: l.costPaise,
            })
            .run();
        }
      });
    },
    view(id) {
      const r = orm
        .select({
          n: creditNotes,
          inv: { id: invoices.id, number: invoices.number, date: invoices.date },
          customerPhone: customers.phone,
        })
        .from(creditNotes)
        .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
        .leftJoin(customers, eq(customers.id, creditNotes.customerId))
        .where(eq(creditNotes.id, id))
        .get();
      if (!r) return undefined;
      const { n } = r;
      const lines = orm.select().from(creditNoteLines).where(eq(creditNoteLines.creditNoteId, id)).orderBy(creditNoteLines.lineNo).all();
      return {
        id: n.id,
        number: n.number,
        date: n.date,
        createdAt: n.createdAt,
        invoice: r.inv,
        customer: buyerOf(n, r.customerPhone),
        docType: n.docType,
        supply: n.supply,
        placeOfSupply: n.placeOfSupply,
        reason: n.reason,
        refund: n.refundMethod,
        lines: lines.map(({ creditNoteId: _c, costPaise: _k, ...l }) => l),
        totals: {
          taxablePaise: n.taxablePaise,
          cgstPaise: n.cgstPaise,
          sgstPaise: n.sgstPaise,
          igstPaise: n.igstPaise,
          cessPaise: n.cessPaise,
          valuePaise: n.valuePaise,
          roundOffPaise: n.roundOffPaise,
          totalPaise: n.totalPaise,
        },
      };
    },
    forInvoice: (invoiceId) =>
      orm
        .select({ id: creditNotes.id, number: creditNotes.number, date: creditNotes.date, totalPaise: creditNotes.totalPaise })
        .from(creditNotes)
        .where(eq(creditNotes.invoiceId, invoiceId))
        .orderBy(asc(creditNotes.createdAt))
        .all(),
    saleMoves: (invoiceId) =>
      orm
        .select()
        .from(stockMoves)
        .where(and(eq(stockMoves.refType, 'invoice'), eq(stockMoves.refId, invoiceId), eq(stockMoves.kind, 'sale')))
        .orderBy(stockMoves.id)
        .all()
        .map((m) => ({ ...m, kind: 'sale' as const, reason: null })), // a sale move carries no adjustment reason
  };
}
