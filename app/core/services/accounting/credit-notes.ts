import { creditLines, creditNotePostings, creditTotals, returnMoves } from '../../accounting/credit-note';
import { withServiceCharges } from '../../accounting/return-charges';
import { isServiceCharge } from '../../billing/service-charge';
import { fail } from '../../i18n/fail';
import type { StockMove } from '../../inventory/moves';
import { nextNumber, postingDate } from './common';
import { toBase64 } from '../../contract/base64';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import { narrate } from '../../accounting/narration';
import { writeEntry } from './journal-entries';

export const creditNoteHandlers = {
  /**
   * A sales return: computed whole (shares of the bill's lines, totals, the journal, the stock moves
   * reversing the bill's own moves at their cost), then written in one transaction with the device's
   * next credit-note number.
   */
  'accounting.creditNote': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const retried = store.creditNotes.idByClientRef(p.clientRef);
    if (retried) return found(store.creditNotes.view(retried), 'Credit note');
    const invoice = found(store.creditNotes.invoiceForReturn(p.invoiceId), 'Invoice');
    if (invoice.status === 'cancelled') fail('ALREADY_CANCELLED', 'accounting.billCancelledNoReturn', { number: invoice.number });
    const date = postingDate(deps, undefined);
    const shop = store.shop.get();
    const returnedSoFar = store.creditNotes.returnedSoFar(invoice.id);
    const lines = creditLines(invoice.lines, returnedSoFar, withServiceCharges(invoice.lines, returnedSoFar, p.lines));
    const totals = creditTotals(lines, shop.roundOff);

    // Stock back: each returned line reverses the bill's moves of its product, after what earlier returns took.
    const saleMoves = store.creditNotes.saleMoves(invoice.id);
    const returnedBefore = new Map<string, number>();
    for (const [lineNo, r] of returnedSoFar) {
      const productId = invoice.lines.find((l) => l.lineNo === lineNo)?.productId;
      if (productId) returnedBefore.set(productId, (returnedBefore.get(productId) ?? 0) + r.qtyMilli);
    }
    const moves: StockMove[] = [];
    const costed = lines.map((l) => {
      // A service charge (the delivery fee) was never stock: nothing comes back but the money.
      if (isServiceCharge(l.productId)) return { ...l, costPaise: 0 };
      const back = returnMoves(
        saleMoves.filter((m) => m.productId === l.productId),
        returnedBefore.get(l.productId) ?? 0,
        l.qtyMilli,
      );
      returnedBefore.set(l.productId, (returnedBefore.get(l.productId) ?? 0) + l.qtyMilli);
      moves.push(...back);
      return { ...l, costPaise: back.reduce((s, m) => s + m.valuePaise, 0) };
    });
    const costPaise = costed.reduce((s, l) => s + l.costPaise, 0);
    const postings = creditNotePostings(totals, p.refund, invoice.customerId, costPaise);

    const id = ids.newId('cn');
    const at = clock.now().toISOString();
    store.transaction(() => {
      if (store.creditNotes.idByClientRef(p.clientRef)) return;
      const { number, fy } = nextNumber(deps, ctx, 'credit_note', date);
      store.creditNotes.insert({
        id,
        clientRef: p.clientRef,
        number,
        fy,
        date,
        createdAt: at,
        userId: ctx.user.id,
        deviceId: ctx.device.id,
        invoice,
        gst: invoice.gst,
        reason: p.reason,
        refund: p.refund,
        lines: costed,
        totals,
        costPaise,
      });
      store.stock.insert(moves, { refType: 'credit_note', refId: id, at });
      writeEntry(
        deps,
        {
          date,
          voucherType: 'credit_note',
          refType: 'credit_note',
          refId: id,
          ...narrate('narration.creditNote', { number, invoice: invoice.number, reason: p.reason }),
        },
        at,
        postings,
      );
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'accounting.creditNote',
        entity: 'credit_note',
        entityId: id,
        before: null,
        after: { number, invoice: invoice.number, totalPaise: totals.totalPaise, refund: p.refund, lines: p.lines },
      });
      store.outbox.append({
        id: ids.newId('evt'),
        at,
        topic: 'credit_note.posted',
        payload: { creditNoteId: id, number, invoiceId: invoice.id, totalPaise: totals.totalPaise },
      });
    });
    return found(store.creditNotes.view(store.creditNotes.idByClientRef(p.clientRef) ?? id), 'Credit note');
  },

  'accounting.getCreditNote': (deps, p) => found(deps.store.creditNotes.view(p.id), 'Credit note'),

  'accounting.returnable': (deps, p) => {
    const invoice = found(deps.store.creditNotes.invoiceForReturn(p.invoiceId), 'Invoice');
    const returned = deps.store.creditNotes.returnedSoFar(invoice.id);
    const view = found(deps.store.billing.view(invoice.id), 'Invoice');
    return {
      lines: view.lines.map((l) => ({
        lineNo: l.lineNo,
        productId: l.productId,
        name: l.name,
        nameHi: l.nameHi,
        unit: l.unit,
        qtyMilli: l.qtyMilli,
        returnedMilli: returned.get(l.lineNo)?.qtyMilli ?? 0,
        totalPaise: l.totalPaise,
        serviceCharge: isServiceCharge(l.productId),
      })),
      creditNotes: deps.store.creditNotes.forInvoice(invoice.id),
    };
  },

  'accounting.creditNotePdf': async (deps, p) => {
    const note = found(deps.store.creditNotes.view(p.id), 'Credit note');
    const bytes = await deps.documents.creditNotePdf(note, deps.store.shop.get(), p.size);
    return { fileName: `${note.number.replace(/\//g, '-')}.pdf`, contentType: 'application/pdf' as const, base64: toBase64(bytes) };
  },
} satisfies Partial<AreaHandlers<'accounting'>>;
