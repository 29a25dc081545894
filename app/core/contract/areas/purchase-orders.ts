import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, IsoInstant, Paise, QtyMilli } from '../schemas';
import { FileDownload } from './catalog-import';

export const PurchaseLineInput = z.object({
  productId: Id,
  qtyMilli: z.int().describe('billed quantity in milli-units'),
  freeMilli: z.int().default(0).describe('free goods that came with it'),
  unitCostPaise: z.int().describe('cost of one unit before tax, as billed'),
  discountPaise: z.int().default(0),
  batchNo: z.string().trim().max(40).default(''),
  mfgDate: IsoDate.nullable().default(null),
  expiryDate: IsoDate.nullable().default(null),
  mrpPaise: z.int().nullable().default(null).describe('the MRP printed on this lot'),
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

const OrderLine = z.object({ productId: Id, qtyMilli: z.int().min(1), unitCostPaise: z.int().min(0).optional().describe('defaults to the last cost paid') });

export const purchaseOrderApi = {
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
    changes: ['purchases'],
  }),
  'purchasing.orderFromLowStock': method({
    summary: 'The lines a purchase order would have from the low-stock list (reorder quantities at the last cost), for the owner to check before creating it.',
    access: 'manager',
    params: z.object({ supplierId: Id.optional().describe('only products this supplier sent last') }),
    result: z.array(z.object({ productId: Id, name: z.string(), qtyMilli: QtyMilli, unitCostPaise: Paise })),
    errors: [],
    example: {},
    reads: ['stock', 'catalog', 'purchases'],
  }),
  'purchasing.getOrder': method({
    summary: 'One purchase order with what has been received against it.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: PurchaseOrderView,
    errors: ['NOT_FOUND'],
    example: { id: 'po-0001' },
    reads: ['purchases'],
  }),
  'purchasing.listOrders': method({
    summary: 'Purchase orders, newest first; optionally only open ones.',
    access: 'manager',
    params: z.object({ status: z.enum(['open', 'partial', 'received', 'cancelled']).optional() }),
    result: z.array(PurchaseOrderView.omit({ lines: true }).extend({ lines: z.int() })),
    errors: [],
    example: { status: 'open' },
    reads: ['purchases'],
  }),
  'purchasing.orderPdf': method({
    summary: 'The purchase order as an A4 PDF (base64), to print or share with the distributor.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: FileDownload,
    errors: ['NOT_FOUND'],
    example: { id: 'po-0001' },
    reads: ['purchases'],
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
    reads: ['purchases'],
  }),
  'purchasing.cancelOrder': method({
    summary: 'Cancel an order nothing has been received against.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: PurchaseOrderView,
    errors: ['NOT_FOUND', 'ALREADY_CANCELLED', 'INVALID_INPUT'],
    example: { id: 'po-0001' },
    changes: ['purchases'],
  }),
};
