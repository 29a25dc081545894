import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, IsoInstant, NonNegPaise, Paise, QtyMilli, StateCode } from '../schemas';
import { PurchaseLineInput, purchaseOrderApi } from './purchase-orders';

export { PurchaseLineInput };

export const PurchaseLineView = z.object({
  lineNo: z.int(),
  productId: Id,
  name: z.string(),
  hsn: z.string(),
  unit: z.string(),
  batchId: Id,
  batchNo: z.string(),
  mfgDate: IsoDate.nullable(),
  expiryDate: IsoDate.nullable(),
  mrpPaise: Paise.nullable(),
  qtyMilli: QtyMilli,
  freeMilli: QtyMilli,
  unitCostPaise: Paise,
  discountPaise: Paise,
  taxablePaise: Paise,
  gstRateBp: z.int(),
  cessRateBp: z.int(),
  cgstPaise: Paise,
  sgstPaise: Paise,
  igstPaise: Paise,
  cessPaise: Paise,
  totalPaise: Paise,
});

export const PurchaseBillView = z.object({
  id: Id,
  kind: z.enum(['bill', 'return']),
  number: z.string().describe('the supplier’s invoice number, or our debit note number'),
  supplier: z.object({ id: Id, name: z.string(), gstin: z.string().nullable(), stateCode: StateCode }),
  date: IsoDate,
  supplierDate: IsoDate.nullable(),
  againstId: Id.nullable(),
  poId: Id.nullable(),
  supply: z.enum(['intra', 'inter']),
  lines: z.array(PurchaseLineView),
  totals: z.object({ taxablePaise: Paise, cgstPaise: Paise, sgstPaise: Paise, igstPaise: Paise, cessPaise: Paise, roundOffPaise: Paise, totalPaise: Paise }),
  reason: z.string(),
  createdAt: IsoInstant,
});

export const purchasingApi = {
  'purchasing.postBill': method({
    summary:
      'Receive goods with the supplier’s bill in one transaction: lots with batch, expiry, MRP and cost (free goods too), stock up, input GST, the supplier credited; against a purchase order if given.',
    access: 'manager',
    params: z.object({
      supplierId: Id,
      supplierInvoiceNo: z.string().trim().min(1).max(30),
      supplierDate: IsoDate.describe('the date on the supplier’s bill'),
      poId: Id.optional(),
      lines: z.array(PurchaseLineInput).min(1).max(500),
    }),
    result: PurchaseBillView,
    errors: ['NOT_FOUND', 'DUPLICATE', 'INVALID_QUANTITY', 'INVALID_INPUT'],
    example: {
      supplierId: 'supp-demo-001',
      supplierInvoiceNo: 'MA/2627/1187',
      supplierDate: '2026-11-23',
      lines: [
        {
          productId: 'prod-demo-016',
          qtyMilli: 24000,
          freeMilli: 2000,
          unitCostPaise: 5400,
          batchNo: 'AB2611',
          mfgDate: '2026-11-01',
          expiryDate: '2027-04-30',
          mrpPaise: 6400,
        },
        { productId: 'prod-demo-014', qtyMilli: 48000, unitCostPaise: 2100, mrpPaise: 2500, batchNo: 'PG1125', expiryDate: '2027-05-31' },
      ],
    },
    changes: ['purchases', 'stock', 'ledger', 'catalog'],
  }),
  'purchasing.postReturn': method({
    summary:
      'Send goods back to the supplier against a purchase bill: a debit note with its own number, stock out of the same lots at their cost, input GST reversed.',
    access: 'manager',
    params: z.object({
      billId: Id,
      lines: z
        .array(z.object({ batchId: Id, qtyMilli: z.int() }))
        .min(1)
        .max(500),
      reason: z.string().trim().min(3).max(200),
    }),
    result: PurchaseBillView,
    errors: ['NOT_FOUND', 'INVALID_QUANTITY', 'INVALID_INPUT'],
    example: { billId: 'pbill-0001', lines: [{ batchId: 'batch-0041', qtyMilli: 2000 }], reason: 'Two packs leaking' },
    changes: ['purchases', 'stock', 'ledger'],
  }),
  'purchasing.getBill': method({
    summary: 'One purchase bill or debit note with its lines and totals.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: PurchaseBillView,
    errors: ['NOT_FOUND'],
    example: { id: 'pbill-0001' },
    reads: ['purchases'],
  }),
  'purchasing.listBills': method({
    summary: 'Purchase bills and debit notes, newest first; optionally of one supplier or a date range.',
    access: 'manager',
    params: z.object({ supplierId: Id.optional(), from: IsoDate.optional(), to: IsoDate.optional(), limit: z.int().min(1).max(500).default(100) }),
    result: z.array(
      z.object({
        id: Id,
        kind: z.enum(['bill', 'return']),
        number: z.string(),
        supplierName: z.string(),
        date: IsoDate,
        totalPaise: NonNegPaise,
        lines: z.int(),
      }),
    ),
    errors: [],
    example: { supplierId: 'supp-demo-001' },
    reads: ['purchases'],
  }),
  ...purchaseOrderApi,
};
