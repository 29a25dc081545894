import { z } from 'zod';
import { method, readById } from '../../define';
import { Id, IsoDate, IsoInstant, LineQtyMilli, Paise, QtyMilli, StateCode, TAX_CELLS, TAX_TOTALS, Unit } from '../../schemas';
import { InvoicePdf } from '../printing';
import { REFUND_METHODS } from '../../vocabulary';

/** Sales returns as credit notes against a posted bill: accounting.* methods. */
export const CreditNoteLineView = z.object({
  lineNo: z.int(),
  invoiceLineNo: z.int(),
  productId: Id,
  name: z.string(),
  hsn: z.string(),
  unit: Unit,
  qtyMilli: QtyMilli,
  ...TAX_CELLS,
});

export const CreditNoteView = z.object({
  id: Id,
  number: z.string(),
  date: IsoDate,
  createdAt: IsoInstant,
  invoice: z.object({ id: Id, number: z.string(), date: IsoDate }),
  customer: z
    .object({ id: Id, name: z.string(), phone: z.string(), gstin: z.string().nullable(), stateCode: StateCode.nullable() })
    .nullable()
    .describe('the buyer as the document names them: name, GSTIN and state as when it was posted; the phone from the customer file'),
  docType: z.enum(['tax_invoice', 'bill_of_supply']).describe('the kind of the bill it credits'),
  supply: z.enum(['intra', 'inter']),
  placeOfSupply: StateCode,
  reason: z.string(),
  refund: z.enum(REFUND_METHODS),
  lines: z.array(CreditNoteLineView),
  totals: z.object({ ...TAX_TOTALS, totalPaise: Paise }),
});

export const creditNotesApi = {
  'accounting.creditNote': method({
    summary:
      'Take goods back against a posted bill: a credit note (its own number, the bill’s number and date on it) with each line’s share of the bill’s tax, the refund or khata credit, and the goods back in stock at the bill’s cost.',
    access: 'manager',
    params: z.object({
      clientRef: z.string().min(8).max(64).describe('idempotency key the screen makes once per return'),
      invoiceId: Id,
      lines: z
        .array(z.object({ lineNo: z.int().min(1).max(1000), qtyMilli: LineQtyMilli }))
        .min(1)
        .max(500),
      refund: z.enum(REFUND_METHODS).describe('how the customer gets the money back; credit takes it off their khata'),
      reason: z.string().trim().min(3).max(200),
    }),
    result: CreditNoteView,
    errors: ['NOT_FOUND', 'INVALID_QUANTITY', 'INVALID_INPUT', 'ALREADY_CANCELLED', 'CUSTOMER_REQUIRED', 'PERIOD_CLOSED'],
    example: { clientRef: 'return-6f1c2a9e-0001', invoiceId: 'inv-0002', lines: [{ lineNo: 1, qtyMilli: 1000 }], refund: 'credit', reason: 'Pack torn' },
    changes: ['billing', 'inventory', 'accounting', 'gst'],
  }),
  'accounting.getCreditNote': readById({
    summary: 'One credit note with its lines and totals.',
    access: 'staff',
    result: CreditNoteView,
    exampleId: 'cn-0001',
    reads: ['billing'],
  }),
  'accounting.returnable': method({
    summary: 'What can still be returned on a bill, line by line, and the credit notes already made against it.',
    access: 'staff',
    params: z.object({ invoiceId: Id }),
    result: z.object({
      lines: z.array(
        z.object({
          lineNo: z.int(),
          productId: Id,
          name: z.string(),
          nameHi: z.string().nullable(),
          unit: Unit,
          qtyMilli: QtyMilli,
          returnedMilli: QtyMilli,
          totalPaise: Paise,
          serviceCharge: z
            .boolean()
            .describe('the delivery fee: no stock, refunded whole and only with the last of the goods (added by accounting.creditNote then)'),
        }),
      ),
      creditNotes: z.array(z.object({ id: Id, number: z.string(), date: IsoDate, totalPaise: Paise })),
    }),
    errors: ['NOT_FOUND'],
    example: { invoiceId: 'inv-0002' },
    reads: ['billing'],
  }),
  'accounting.creditNotePdf': method({
    summary: 'A credit note as an A4 or A5 PDF (rule 53: the words Credit Note, its number, the original bill).',
    access: 'staff',
    params: z.object({ id: Id, size: z.enum(['A4', 'A5']).default('A4') }),
    result: InvoicePdf,
    errors: ['NOT_FOUND'],
    example: { id: 'cn-0001' },
    reads: ['billing'],
  }),
};
