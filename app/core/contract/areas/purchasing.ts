import { z } from 'zod';
import { method, readById } from '../define';
import {
  CountMilli,
  Id,
  IsoDate,
  IsoInstant,
  LineQtyMilli,
  NonNegPaise,
  Paise,
  PricePaise,
  QtyMilli,
  SignedAmountPaise,
  AmountPaise,
  SignedPricePaise,
  StateCode,
  TAX_CELLS,
  FileDownload,
} from '../schemas';

export const PurchaseLineView = z.object({
  lineNo: z.int(),
  productId: Id,
  name: z.string(),
  nameHi: z.string().nullable().describe('the product’s Hindi name, shown first on a Hindi screen'),
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
  ...TAX_CELLS,
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

export const PurchaseLineInput = z.object({
  productId: Id,
  qtyMilli: LineQtyMilli.describe('billed quantity in milli-units'),
  freeMilli: LineQtyMilli.default(0).describe('free goods that came with it'),
  unitCostPaise: SignedPricePaise.describe('cost of one unit before tax, as billed'),
  discountPaise: SignedAmountPaise.default(0),
  batchNo: z.string().trim().max(40).default(''),
  mfgDate: IsoDate.nullable().default(null),
  expiryDate: IsoDate.nullable().default(null),
  mrpPaise: SignedPricePaise.nullable().default(null).describe('the MRP printed on this lot'),
});

export const PurchaseOrderView = z.object({
  id: Id,
  number: z.string(),
  supplier: z.object({ id: Id, name: z.string(), phone: z.string() }),
  date: IsoDate,
  status: z.enum(['open', 'partial', 'received', 'cancelled']),
  notes: z.string(),
  lines: z.array(
    z.object({ lineNo: z.int(), productId: Id, name: z.string(), unit: z.string(), qtyMilli: QtyMilli, unitCostPaise: Paise, receivedMilli: QtyMilli }),
  ),
  valuePaise: Paise.describe('expected value before tax'),
  createdAt: IsoInstant,
});

const OrderLine = z.object({ productId: Id, qtyMilli: CountMilli.min(1), unitCostPaise: PricePaise.optional().describe('defaults to the last cost paid') });

const BillTotals = z.object({
  taxablePaise: Paise,
  cgstPaise: Paise,
  sgstPaise: Paise,
  igstPaise: Paise,
  cessPaise: Paise,
  roundOffPaise: Paise,
  totalPaise: Paise,
});

export const purchasingApi = {
  'purchasing.priceBill': method({
    summary:
      'The tax and total a purchase bill would have, worked out as purchasing.postBill would, without saving anything: for checking against the supplier’s paper bill.',
    access: 'manager',
    params: z.object({ supplierId: Id, supplierDate: IsoDate, lines: z.array(PurchaseLineInput).min(1).max(500) }),
    result: BillTotals,
    errors: ['NOT_FOUND', 'INVALID_QUANTITY', 'INVALID_INPUT'],
    example: { supplierId: 'supp-demo-001', supplierDate: '2026-11-23', lines: [{ productId: 'prod-demo-014', qtyMilli: 48000, unitCostPaise: 2100 }] },
    reads: ['purchasing', 'catalog'],
  }),
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
      supplierTotalPaise: AmountPaise.optional().describe('the total printed on the supplier’s bill: refused when ours differs by more than ₹1 (rounding)'),
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
    changes: ['purchasing', 'inventory', 'accounting', 'catalog'],
  }),
  'purchasing.postReturn': method({
    summary:
      'Send goods back to the supplier against a purchase bill: a debit note with its own number, stock out of the same lots at their cost, input GST reversed.',
    access: 'manager',
    params: z.object({
      billId: Id,
      lines: z
        .array(z.object({ batchId: Id, qtyMilli: LineQtyMilli }))
        .min(1)
        .max(500),
      reason: z.string().trim().min(3).max(200),
    }),
    result: PurchaseBillView,
    errors: ['NOT_FOUND', 'INVALID_QUANTITY', 'INVALID_INPUT'],
    example: { billId: 'pbill-0001', lines: [{ batchId: 'batch-0041', qtyMilli: 2000 }], reason: 'Two packs leaking' },
    changes: ['purchasing', 'inventory', 'accounting'],
  }),
  'purchasing.getBill': readById({
    summary: 'One purchase bill or debit note with its lines and totals.',
    access: 'manager',
    result: PurchaseBillView,
    exampleId: 'pbill-0001',
    reads: ['purchasing'],
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
    reads: ['purchasing'],
  }),
  'purchasing.createOrder': method({
    summary: 'A purchase order to a supplier, typed or taken from the low-stock list; numbered in the device’s PO series.',
    access: 'manager',
    params: z.object({ supplierId: Id, lines: z.array(OrderLine).min(1).max(500), notes: z.string().trim().max(300).default('') }),
    result: PurchaseOrderView,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: {
      supplierId: 'supp-demo-001',
      lines: [
        { productId: 'prod-demo-016', qtyMilli: 24000 },
        { productId: 'prod-demo-017', qtyMilli: 40000 },
      ],
      notes: 'Deliver before Saturday',
    },
    changes: ['purchasing'],
  }),
  'purchasing.orderFromLowStock': method({
    summary: 'The lines a purchase order would have from the low-stock list (reorder quantities at the last cost), for the owner to check before creating it.',
    access: 'manager',
    params: z.object({ supplierId: Id.optional().describe('only products this supplier sent last') }),
    result: z.array(z.object({ productId: Id, name: z.string(), qtyMilli: QtyMilli, unitCostPaise: Paise })),
    errors: [],
    example: {},
    reads: ['inventory', 'catalog', 'purchasing'],
  }),
  'purchasing.getOrder': readById({
    summary: 'One purchase order with what has been received against it.',
    access: 'manager',
    result: PurchaseOrderView,
    exampleId: 'po-0001',
    reads: ['purchasing'],
  }),
  'purchasing.listOrders': method({
    summary: 'Purchase orders, newest first; optionally only open ones.',
    access: 'manager',
    params: z.object({ status: z.enum(['open', 'partial', 'received', 'cancelled']).optional() }),
    result: z.array(PurchaseOrderView.omit({ lines: true }).extend({ lines: z.int() })),
    errors: [],
    example: { status: 'open' },
    reads: ['purchasing'],
  }),
  'purchasing.orderPdf': readById({
    summary: 'The purchase order as an A4 PDF (base64), to print or share with the distributor.',
    access: 'manager',
    result: FileDownload,
    exampleId: 'po-0001',
    reads: ['purchasing'],
  }),
  'purchasing.orderShare': method({
    summary: 'The purchase order as a WhatsApp message to the distributor (a wa.me link with the items).',
    access: 'manager',
    params: z.object({
      id: Id,
      phone: z
        .string()
        .regex(/^[6-9]\d{9}$/, '10-digit Indian mobile number')
        .optional(),
    }),
    result: z.object({ text: z.string(), whatsappUrl: z.string() }),
    errors: ['NOT_FOUND'],
    example: { id: 'po-0001' },
  }),
  'purchasing.receiveOrder': method({
    summary:
      'A purchase bill filled from an order’s outstanding lines, for the goods-receipt screen to complete (batch, expiry, MRP) and post with purchasing.postBill.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: z.object({ poId: Id, supplierId: Id, lines: z.array(PurchaseLineInput) }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { id: 'po-0001' },
    reads: ['purchasing'],
  }),
  'purchasing.cancelOrder': method({
    summary: 'Cancel an order nothing has been received against.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: PurchaseOrderView,
    errors: ['NOT_FOUND', 'ALREADY_CANCELLED', 'INVALID_INPUT'],
    example: { id: 'po-0001' },
    changes: ['purchasing'],
  }),
};
