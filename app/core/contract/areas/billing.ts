import { z } from 'zod';
import { method, readById } from '../define';
import {
  AmountPaise,
  Id,
  IsoDate,
  IsoInstant,
  LineQtyMilli,
  Paise,
  QtyMilli,
  SignedAmountPaise,
  SignedPricePaise,
  StateCode,
  TAX_CELLS,
  TAX_TOTALS,
  Unit,
} from '../schemas';
import { TENDER_METHODS } from '../vocabulary';
import { heldBillsApi } from './billing-held';

/** What any bill's lines and tenders can be refused for, at the counter or entered from a paper book. */
export const BILL_ERRORS = ['NOT_FOUND', 'INVALID_QUANTITY', 'PRICE_ABOVE_MRP', 'INVALID_DISCOUNT', 'TENDER_MISMATCH', 'CUSTOMER_REQUIRED'] as const;

export const TenderInputSchema = z.object({
  method: z.enum(TENDER_METHODS),
  amountPaise: SignedAmountPaise.describe('the part of the bill this tender pays'),
  tenderedPaise: SignedAmountPaise.optional().describe('cash only: what the customer handed over'),
  reference: z.string().max(60).optional().describe('UPI or card transaction reference'),
});

export const PrintState = z.object({
  status: z.enum(['pending', 'printed', 'failed', 'disabled']),
  error: z.string().nullable(),
  attempts: z.int(),
});

export const InvoiceLineView = z.object({
  lineNo: z.int(),
  productId: Id,
  name: z.string(),
  nameHi: z.string().nullable(),
  hsn: z.string(),
  unit: Unit,
  qtyMilli: QtyMilli,
  unitPricePaise: Paise,
  mrpPaise: Paise.nullable(),
  amountPaise: Paise,
  discountPaise: Paise,
  billDiscountPaise: Paise,
  ...TAX_CELLS,
});

export const PaymentView = z.object({
  method: z.enum(TENDER_METHODS),
  amountPaise: Paise,
  tenderedPaise: Paise,
  changePaise: Paise,
  reference: z.string().nullable(),
});

export const InvoiceTotals = z.object({
  amountPaise: Paise,
  discountPaise: Paise,
  ...TAX_TOTALS,
  payablePaise: Paise,
});

export const InvoiceView = z.object({
  id: Id,
  number: z.string(),
  date: IsoDate,
  createdAt: IsoInstant,
  docType: z.enum(['tax_invoice', 'bill_of_supply']),
  status: z.enum(['posted', 'cancelled']),
  supply: z.enum(['intra', 'inter']),
  placeOfSupply: StateCode,
  customer: z
    .object({ id: Id, name: z.string(), phone: z.string(), gstin: z.string().nullable(), stateCode: StateCode.nullable() })
    .nullable()
    .describe('the buyer as the document names them: name, GSTIN and state as when it was posted; the phone from the customer file'),
  cashier: z.object({ id: Id, name: z.string() }),
  deviceCode: z.string(),
  lines: z.array(InvoiceLineView),
  payments: z.array(PaymentView),
  totals: InvoiceTotals,
  cancellation: z.object({ at: IsoInstant, reason: z.string(), byUserId: Id }).nullable(),
  print: PrintState,
});

export const InvoiceSummary = z.object({
  id: Id,
  number: z.string(),
  date: IsoDate,
  createdAt: IsoInstant,
  status: z.enum(['posted', 'cancelled']),
  customerName: z.string().nullable(),
  payablePaise: Paise,
  print: PrintState,
});

export const CartParams = z.object({
  lines: z
    .array(
      z.object({
        productId: Id.describe('a catalogue product id (catalog.search, catalog.byBarcode)'),
        qtyMilli: LineQtyMilli,
        unitPricePaise: SignedPricePaise.optional().describe('a price other than the catalogue price: manager or owner only'),
        discountPaise: AmountPaise.optional().describe('line discount: manager or owner only'),
        batchId: Id.optional().describe('sell from this lot first (the pack in hand); otherwise the lots first to expire'),
      }),
    )
    .min(1)
    .max(500),
  billDiscountPaise: AmountPaise.default(0).describe('manager or owner only'),
  customerId: Id.optional().describe('needed for a credit (khata) sale; a customer with a GSTIN gets a B2B bill'),
  placeOfSupply: StateCode.optional().describe('defaults to the shop’s state (a counter sale)'),
  pricing: z
    .enum(['inclusive', 'exclusive'])
    .default('inclusive')
    .describe('inclusive: prices carry GST (MRP goods at the counter); exclusive: GST is added on top (a B2B quote)'),
});

export const QuoteView = z.object({
  docType: z.enum(['tax_invoice', 'bill_of_supply']),
  supply: z.enum(['intra', 'inter']),
  lines: z.array(
    z.object({
      lineNo: z.int(),
      productId: Id,
      unitPricePaise: Paise.describe('the rate charged: never above the MRP of the lot it sells from'),
      mrpPaise: Paise.nullable().describe("the MRP of the lot first to expire, else the catalogue's"),
      amountPaise: Paise,
      discountPaise: Paise,
      billDiscountPaise: Paise,
      taxablePaise: Paise,
      taxPaise: Paise,
      totalPaise: Paise,
    }),
  ),
  totals: InvoiceTotals,
  stockWarnings: z
    .array(z.object({ productId: Id, name: z.string(), onHandMilli: QtyMilli, wantedMilli: QtyMilli }))
    .describe('lines the shelf cannot cover (the owner lets such sales go through with a warning)'),
});

export const billingApi = {
  'billing.quote': method({
    summary: 'Price a cart exactly as posting would (GST, discounts, round-off) without writing anything: the counter shows this while the bill is open.',
    access: 'staff',
    params: CartParams,
    result: QuoteView,
    errors: ['NOT_FOUND', 'INVALID_QUANTITY', 'PRICE_ABOVE_MRP', 'INVALID_DISCOUNT', 'INSUFFICIENT_STOCK', 'INVALID_INPUT'],
    // Two packs of atta and 750 g of loose sugar from the demo shop: payable ₹605.00.
    example: {
      lines: [
        { productId: 'prod-demo-001', qtyMilli: 2000 },
        { productId: 'prod-demo-005', qtyMilli: 750 },
      ],
    },
    reads: ['catalog', 'shop', 'customers', 'inventory'],
  }),
  'billing.postInvoice': method({
    summary:
      'Post a counter bill in one transaction: price the cart (MRP-inclusive), GST by place of supply, payments, stock moves, a balanced journal, the next number of the device’s series, audit and outbox. Retrying with the same clientRef returns the same bill.',
    access: 'staff',
    params: CartParams.extend({
      clientRef: z.string().min(8).max(64).describe('idempotency key the client makes once per bill'),
      tenders: z.array(TenderInputSchema).max(8).describe('how the bill is paid; the amounts must add up to the payable total from billing.quote'),
      creditLimitAck: z.boolean().default(false).describe('the cashier saw the khata credit-limit warning and goes on (only when the owner’s policy is warn)'),
    }),
    result: InvoiceView,
    errors: [...BILL_ERRORS, 'INSUFFICIENT_STOCK', 'INVALID_INPUT', 'CREDIT_LIMIT', 'PERIOD_CLOSED'],
    example: {
      clientRef: '6f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a10',
      lines: [
        { productId: 'prod-demo-001', qtyMilli: 2000 },
        { productId: 'prod-demo-005', qtyMilli: 750 },
      ],
      tenders: [
        { method: 'upi', amountPaise: 30000, reference: '412233445566' },
        { method: 'cash', amountPaise: 30500, tenderedPaise: 50000 },
      ],
    },
    changes: ['billing', 'inventory', 'accounting', 'printing', 'gst'],
  }),
  'billing.getInvoice': readById({
    summary: 'One bill with its lines, payments, totals and print state.',
    access: 'staff',
    result: InvoiceView,
    exampleId: 'inv-0001',
    reads: ['billing', 'printing'],
  }),
  'billing.listInvoices': method({
    summary: 'Bills of a day (newest first).',
    access: 'staff',
    params: z.object({ date: IsoDate.optional().describe('defaults to today'), limit: z.int().min(1).max(500).default(100) }),
    result: z.array(InvoiceSummary),
    errors: [],
    example: { date: '2026-11-24' },
    reads: ['billing', 'printing'],
  }),
  'billing.cancelInvoice': method({
    summary:
      'Cancel a posted bill (manager or owner): the number is kept, a reversing journal and stock moves are posted. A bill with returns against it, or in a closed period, cannot be cancelled.',
    access: 'manager',
    params: z.object({ id: Id, reason: z.string().trim().min(3).max(200).describe('why, kept with the cancelled bill and in the audit log') }),
    result: InvoiceView,
    errors: ['NOT_FOUND', 'ALREADY_CANCELLED', 'INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { id: 'inv-0001', reason: 'Customer changed mind before leaving' },
    changes: ['billing', 'inventory', 'accounting', 'gst'],
  }),
  'billing.findInvoice': method({
    summary: 'A bill by its number as printed (C1/2627/00012), read off the receipt or typed; digits alone find the latest bill ending in that serial.',
    access: 'staff',
    params: z.object({ number: z.string().trim().min(1).max(40) }),
    result: InvoiceView,
    errors: ['NOT_FOUND'],
    example: { number: '2' },
    reads: ['billing', 'printing'],
  }),
  ...heldBillsApi,
};
