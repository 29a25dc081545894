import type { z } from 'zod';
import type { CreditNoteView, InvoiceView, ShopView } from '../../app/core/contract';
import type { Unit } from '../../app/core/format';
import { divHalfUp } from '../../app/core/money';
import { creditNoteDoc, taxCells, type PrintableDoc } from './document';

/**
 * A credit note as the engine's document: the returned quantity at the bill's own rate, its share
 * of the bill's discounts, and the note's tax heads as posted. A walk-in buyer's note still names
 * the buyer line (rule 53 wants the recipient; an unregistered walk-in has none).
 */
export function creditNoteDocOf(
  note: z.output<typeof CreditNoteView>,
  invoice: z.output<typeof InvoiceView> | undefined,
  shop: z.output<typeof ShopView>,
  address: string,
): PrintableDoc {
  const c = note.customer;
  const doc = creditNoteDoc({
    shop,
    number: note.number,
    date: note.date,
    counterparty: c
      ? { name: c.name, address, phone: c.phone, gstin: c.gstin, stateCode: c.gstin ? c.gstin.slice(0, 2) : note.placeOfSupply }
      : { name: 'Walk-in customer (unregistered)', address: '', phone: '', gstin: null, stateCode: note.placeOfSupply },
    supply: note.supply,
    placeOfSupply: note.placeOfSupply,
    against: { number: note.invoice.number, date: note.invoice.date },
    reason: note.reason,
    lines: note.lines.map((l) => {
      const sold = invoice?.lines.find((x) => x.lineNo === l.invoiceLineNo);
      return {
        description: l.name,
        descriptionHi: sold?.nameHi ?? null,
        hsn: l.hsn,
        qtyMilli: l.qtyMilli,
        unit: l.unit as Unit,
        ratePaise: sold?.unitPricePaise ?? 0,
        discountPaise: sold ? divHalfUp((sold.discountPaise + sold.billDiscountPaise) * l.qtyMilli, sold.qtyMilli) : 0,
        ...taxCells(l),
      };
    }),
    notes: [`Refund: ${note.refund === 'credit' ? 'adjusted in khata' : note.refund}`],
  });
  return { ...doc, totals: { ...doc.totals, roundOffPaise: note.totals.roundOffPaise, totalPaise: note.totals.totalPaise } };
}
