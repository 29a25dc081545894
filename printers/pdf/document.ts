import { payeeNameOf, shopHeadingOf } from '../../app/core/shop/identity';
import type { z } from 'zod';
import type { InvoiceView, ShopView } from '../../app/core/contract';
import type { Unit } from '../../app/core/format';
import { lineAmount } from '../../app/core/billing/pricing';
import type { TaxedLine } from '../../app/core/gst/summary';
import { sum } from '../../app/core/money';
import { upiPayLink } from '../../app/core/payments/upi';

/**
 * One engine for every A4/A5 document the shop issues: tax invoices, bills of supply, credit
 * notes and purchase orders. Each is turned into this shape first; render.ts draws it.
 */
export type DocKind = 'tax_invoice' | 'bill_of_supply' | 'credit_note' | 'purchase_order';

export interface DocParty {
  name: string;
  address: string;
  phone: string;
  gstin: string | null;
  stateCode: string | null;
}

export interface DocLine {
  description: string;
  descriptionHi: string | null;
  hsn: string;
  qtyMilli: number;
  unit: Unit;
  ratePaise: number;
  discountPaise: number;
  taxablePaise: number;
  gstRateBp: number;
  cessRateBp: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  cessPaise: number;
  totalPaise: number;
}

export interface DocTotals {
  amountPaise: number;
  discountPaise: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  cessPaise: number;
  roundOffPaise: number;
  totalPaise: number;
}

export interface PrintableDoc {
  kind: DocKind;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  /** the shop */
  issuer: DocParty;
  /** the buyer (invoice, credit note) or the supplier (purchase order); null for a walk-in customer */
  counterparty: DocParty | null;
  placeOfSupply: string;
  supply: 'intra' | 'inter';
  reverseCharge: boolean;
  /** a credit note's original invoice */
  against: { number: string; date: string } | null;
  lines: DocLine[];
  totals: DocTotals;
  payments: Array<{ label: string; amountPaise: number }>;
  /** UPI link for what is still to pay, drawn as a QR */
  upiLink: string | null;
  notes: string[];
  cancelled: boolean;
}

const TENDER = { cash: 'Cash', upi: 'UPI', card: 'Card', credit: 'Khata (credit)' } as const;

export function totalsOf(lines: readonly DocLine[], roundOffPaise = 0): DocTotals {
  const add = (k: keyof DocLine) => sum(lines.map((l) => Number(l[k])));
  return {
    amountPaise: sum(lines.map((l) => lineAmount(l.qtyMilli, l.ratePaise))),
    discountPaise: add('discountPaise'),
    taxablePaise: add('taxablePaise'),
    cgstPaise: add('cgstPaise'),
    sgstPaise: add('sgstPaise'),
    igstPaise: add('igstPaise'),
    cessPaise: add('cessPaise'),
    roundOffPaise,
    totalPaise: add('totalPaise') + roundOffPaise,
  };
}

export function shopParty(shop: z.output<typeof ShopView>): DocParty {
  return { name: shopHeadingOf(shop), address: shop.address, phone: shop.phone, gstin: shop.gstin, stateCode: shop.stateCode };
}

/** A document line's tax columns, as the bill or note carries them. */
export function taxCells(l: TaxedLine & { totalPaise: number }) {
  const { taxablePaise, gstRateBp, cessRateBp, cgstPaise, sgstPaise, igstPaise, cessPaise, totalPaise } = l;
  return { taxablePaise, gstRateBp, cessRateBp, cgstPaise, sgstPaise, igstPaise, cessPaise, totalPaise };
}

/** A counter bill as a tax invoice or (composition shop) a bill of supply. */
export function invoiceDoc(
  invoice: z.output<typeof InvoiceView>,
  shop: z.output<typeof ShopView>,
  recipient: { address: string; stateCode: string | null } | null = null,
): PrintableDoc {
  const t = invoice.totals;
  // Only the khata part is still owed: a QR for what was paid at the counter invites paying twice.
  const due = sum(invoice.payments.filter((p) => p.method === 'credit').map((p) => p.amountPaise));
  const c = invoice.customer;
  return {
    kind: invoice.docType,
    number: invoice.number,
    date: invoice.date,
    issuer: shopParty(shop),
    counterparty: c
      ? {
          name: c.name,
          address: recipient?.address ?? '',
          phone: c.phone,
          gstin: c.gstin,
          stateCode: recipient?.stateCode ?? (c.gstin ? c.gstin.slice(0, 2) : null),
        }
      : null,
    placeOfSupply: invoice.placeOfSupply,
    supply: invoice.supply,
    reverseCharge: false,
    against: null,
    lines: invoice.lines.map((l) => ({
      description: l.name,
      descriptionHi: l.nameHi,
      hsn: l.hsn,
      qtyMilli: l.qtyMilli,
      unit: l.unit,
      ratePaise: l.unitPricePaise,
      discountPaise: l.discountPaise + l.billDiscountPaise,
      ...taxCells(l),
    })),
    totals: {
      amountPaise: t.amountPaise,
      discountPaise: t.discountPaise,
      taxablePaise: t.taxablePaise,
      cgstPaise: t.cgstPaise,
      sgstPaise: t.sgstPaise,
      igstPaise: t.igstPaise,
      cessPaise: t.cessPaise,
      roundOffPaise: t.roundOffPaise,
      totalPaise: t.payablePaise,
    },
    payments: invoice.payments.map((p) => ({ label: TENDER[p.method], amountPaise: p.amountPaise })),
    upiLink:
      shop.upiVpa && due > 0 && invoice.status === 'posted'
        ? upiPayLink({ vpa: shop.upiVpa, payeeName: payeeNameOf(shop), amountPaise: due, ref: invoice.number, note: `Bill ${invoice.number}`, mcc: '5411' })
        : null,
    notes: shop.receiptFooter ? [shop.receiptFooter] : [],
    cancelled: invoice.status === 'cancelled',
  };
}

/** The parts of a credit note or purchase order its own feature supplies; the engine does the rest. */
export interface NoteInput {
  shop: z.output<typeof ShopView>;
  number: string;
  date: string;
  counterparty: DocParty;
  supply: 'intra' | 'inter';
  placeOfSupply: string;
  lines: DocLine[];
  notes?: string[];
}

function noteDoc(kind: 'credit_note' | 'purchase_order', input: NoteInput, against: PrintableDoc['against'], notes: string[]): PrintableDoc {
  return {
    kind,
    number: input.number,
    date: input.date,
    issuer: shopParty(input.shop),
    counterparty: input.counterparty,
    placeOfSupply: input.placeOfSupply,
    supply: input.supply,
    reverseCharge: false,
    against,
    lines: input.lines,
    totals: totalsOf(input.lines),
    payments: [],
    upiLink: null,
    notes,
    cancelled: false,
  };
}

/** A credit note (CGST rule 53): the words "Credit Note", its own number, and the original invoice. */
export function creditNoteDoc(input: NoteInput & { against: { number: string; date: string }; reason: string }): PrintableDoc {
  return noteDoc('credit_note', input, input.against, [`Reason: ${input.reason}`, ...(input.notes ?? [])]);
}

/** A purchase order to a supplier: the same table, with the tax the shop expects to be charged. */
export function purchaseOrderDoc(input: NoteInput): PrintableDoc {
  return noteDoc('purchase_order', input, null, input.notes ?? []);
}
