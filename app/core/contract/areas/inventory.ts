import { z } from 'zod';
import { method, readById } from '../define';
import { patchOf } from '../patch';
import { CountMilli, Id, IsoDate, IsoInstant, LineQtyMilli, Paise, QtyMilli } from '../schemas';
import { ADJUSTMENT_REASONS } from '../vocabulary';

export const StockMoveView = z.object({
  id: z.int(),
  productId: Id,
  batchId: Id.nullable(),
  qtyMilli: QtyMilli,
  valuePaise: Paise,
  kind: z.string(),
  reason: z.string().nullable(),
  refType: z.string(),
  refId: z.string(),
  at: IsoInstant,
});

/** The weighing scale's label: EAN-13 "2 F PPPPP VVVVV C" or with a price-verifier digit "2 F PPPPP X VVVV C". */
export const ScaleLayout = z.object({
  enabled: z.boolean().default(true),
  prefixes: z
    .array(z.string().regex(/^2\d$/, 'two digits starting with 2'))
    .min(1)
    .max(10)
    .default(['21', '22'])
    .describe('the first two digits the scale prints'),
  pluDigits: z.int().min(4).max(6).default(5),
  valueDigits: z.int().min(4).max(5).default(5).describe('4 when the scale prints a price-verifier digit before the value'),
  value: z.enum(['weight', 'price']).default('weight').describe('weight in grams, or price in paise'),
});

export const StockSettings = z.object({
  negativeStock: z.enum(['warn', 'block']).default('warn').describe('warn: sell and show a warning; block: refuse a sale the shelf cannot cover'),
  valuation: z.enum(['wavg', 'fifo']).default('wavg').describe('wavg: weighted average cost; fifo: each lot keeps its own cost'),
  expiryAlertDays: z.int().min(0).max(365).default(30),
  scale: ScaleLayout.default(ScaleLayout.parse({})),
  labelPrefix: z
    .string()
    .regex(/^2\d{1,3}$/, 'starts with 2, 2–4 digits')
    .default('200')
    .describe('in-store barcodes made for labels start with this; never one of the scale’s prefixes'),
});

export const LotView = z.object({
  batchId: z.string().describe('empty for stock from before lots were kept'),
  productId: Id,
  batchNo: z.string(),
  mfgDate: IsoDate.nullable(),
  expiryDate: IsoDate.nullable(),
  mrpPaise: Paise.nullable(),
  unitCostPaise: Paise,
  supplierId: Id.nullable(),
  receivedAt: IsoInstant.nullable(),
  qtyMilli: QtyMilli,
  valuePaise: Paise,
});

export const StockLevel = z.object({ productId: Id, qtyMilli: QtyMilli, valuePaise: Paise });

export const StockTakeView = z.object({
  id: Id,
  name: z.string(),
  status: z.enum(['open', 'posted', 'cancelled']),
  createdAt: IsoInstant,
  postedAt: IsoInstant.nullable(),
  lines: z.array(
    z.object({
      productId: Id,
      name: z.string(),
      unit: z.string(),
      bookMilli: QtyMilli.describe('stock on hand in the books now (at posting, for a posted take)'),
      countedMilli: QtyMilli,
      varianceMilli: QtyMilli,
      countedBy: z.string(),
    }),
  ),
});

export const inventoryApi = {
  'inventory.movesFor': method({
    summary: 'Stock moves written by one document (e.g. a bill).',
    access: 'staff',
    params: z.object({ refId: Id.describe('the document’s id, e.g. an invoice id') }),
    result: z.array(StockMoveView),
    errors: [],
    example: { refId: 'inv-0001' },
    reads: ['inventory'],
  }),
  'inventory.onHand': method({
    summary: 'Stock on hand of products: the sum of their stock moves.',
    access: 'staff',
    params: z.object({ productIds: z.array(Id).min(1).max(500) }),
    result: z.array(z.object({ productId: Id, qtyMilli: QtyMilli })),
    errors: [],
    example: { productIds: ['prod-demo-001', 'prod-demo-005'] },
    reads: ['inventory'],
  }),
  'inventory.levels': method({
    summary: 'Stock on hand and its value for every product that has ever moved (kept beside the moves, so this is quick for any size of shop).',
    access: 'staff',
    params: z.object({}),
    result: z.array(StockLevel),
    errors: [],
    example: {},
    reads: ['inventory'],
  }),
  'inventory.lots': method({
    summary: 'The lots (batches) of a product with stock on hand, in the order they will be sold (first expiry first out).',
    access: 'staff',
    params: z.object({ productId: Id, includeEmpty: z.boolean().default(false) }),
    result: z.array(LotView),
    errors: ['NOT_FOUND'],
    example: { productId: 'prod-demo-016' },
    reads: ['inventory'],
  }),
  'inventory.expiring': method({
    summary: 'Lots on hand that expire within n days (or have expired), soonest first: the expiry alert.',
    access: 'staff',
    params: z.object({ withinDays: z.int().min(0).max(3650).optional().describe('defaults to the shop’s alert days') }),
    result: z.array(LotView.extend({ productName: z.string(), daysLeft: z.int() })),
    errors: [],
    example: { withinDays: 30 },
    reads: ['inventory', 'catalog'],
  }),
  'inventory.lowStock': method({
    summary: 'Products at or below their reorder level, with the quantity to reorder and who supplied them last.',
    access: 'staff',
    params: z.object({}),
    result: z.array(
      z.object({
        productId: Id,
        name: z.string(),
        unit: z.string(),
        qtyMilli: QtyMilli,
        reorderLevelMilli: QtyMilli,
        reorderQtyMilli: QtyMilli,
        lastSupplierId: Id.nullable(),
        lastCostPaise: Paise,
      }),
    ),
    errors: [],
    example: {},
    reads: ['inventory', 'catalog'],
  }),
  'inventory.history': method({
    summary: 'Every stock move of one product, newest first, with the balance after each: the audit trail of its stock.',
    access: 'manager',
    params: z.object({ productId: Id, limit: z.int().min(1).max(1000).default(200) }),
    result: z.object({ productId: Id, onHandMilli: QtyMilli, valuePaise: Paise, moves: z.array(StockMoveView.extend({ balanceMilli: QtyMilli })) }),
    errors: ['NOT_FOUND'],
    example: { productId: 'prod-demo-001' },
    reads: ['inventory'],
  }),
  'inventory.adjust': method({
    summary: 'Write stock off or back (damage, theft, expiry, a recount), lot by lot; the books follow in the same transaction.',
    access: 'manager',
    params: z.object({
      lines: z
        .array(
          z.object({
            productId: Id,
            batchId: Id.nullable().default(null).describe('the lot; null: first-expiry lot for a loss'),
            qtyMilli: LineQtyMilli.describe('signed: negative writes stock off'),
            reason: z.enum(ADJUSTMENT_REASONS),
          }),
        )
        .min(1)
        .max(500),
      note: z.string().trim().max(200).default(''),
    }),
    result: z.object({ refId: Id, valueChangePaise: Paise, moves: z.array(StockMoveView) }),
    errors: ['NOT_FOUND', 'INVALID_QUANTITY', 'INVALID_INPUT'],
    example: { lines: [{ productId: 'prod-demo-020', qtyMilli: -2000, reason: 'damage' }], note: 'Two loaves crushed in delivery' },
    changes: ['inventory', 'accounting'],
  }),
  'inventory.valuation': method({
    summary: 'What the stock is worth at cost, product by product and in total, by the shop’s valuation method.',
    access: 'manager',
    params: z.object({}),
    result: z.object({
      method: z.enum(['wavg', 'fifo']),
      totalPaise: Paise,
      products: z.array(z.object({ productId: Id, name: z.string(), qtyMilli: QtyMilli, valuePaise: Paise, unitCostPaise: Paise })),
    }),
    errors: [],
    example: {},
    reads: ['inventory', 'catalog'],
  }),
  'inventory.settings': method({
    summary: 'Stock settings: negative stock policy, valuation method, expiry alert days, weighing-scale label layout, label prefix.',
    access: 'staff',
    params: z.object({}),
    result: StockSettings,
    errors: [],
    example: {},
    reads: ['inventory'],
  }),
  'inventory.updateSettings': method({
    summary: 'Change the stock settings (owner only); only the fields given change.',
    access: 'owner',
    params: patchOf(StockSettings),
    result: StockSettings,
    errors: ['INVALID_INPUT'],
    example: { negativeStock: 'warn', expiryAlertDays: 45 },
    changes: ['inventory'],
  }),
  'inventory.openStockTake': method({
    summary: 'Open a count sheet; staff on the counter PC or a tablet then record what they count.',
    access: 'manager',
    params: z.object({ name: z.string().trim().min(1).max(80) }),
    result: StockTakeView,
    errors: [],
    example: { name: 'Shelf A — biscuits' },
    changes: ['inventory'],
  }),
  'inventory.stockTakes': method({
    summary: 'Stock takes, newest first.',
    access: 'staff',
    params: z.object({ status: z.enum(['open', 'posted', 'cancelled']).optional() }),
    result: z.array(z.object({ id: Id, name: z.string(), status: z.enum(['open', 'posted', 'cancelled']), createdAt: IsoInstant, lines: z.int() })),
    errors: [],
    example: { status: 'open' },
    reads: ['inventory'],
  }),
  'inventory.getStockTake': readById({
    summary: 'A count sheet with what the books say, what was counted, and the difference.',
    access: 'staff',
    result: StockTakeView,
    exampleId: 'take-0001',
    reads: ['inventory'],
  }),
  'inventory.recordCounts': method({
    summary: 'Record counted quantities on an open sheet (a recount of a product replaces its count).',
    access: 'staff',
    params: z.object({
      id: Id,
      lines: z
        .array(z.object({ productId: Id, countedMilli: CountMilli }))
        .min(1)
        .max(5000),
    }),
    result: z.object({ id: Id, lines: z.int() }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: {
      id: 'take-0001',
      lines: [
        { productId: 'prod-demo-014', countedMilli: 98000 },
        { productId: 'prod-demo-025', countedMilli: 50000 },
      ],
    },
    changes: ['inventory'],
  }),
  'inventory.postStockTake': method({
    summary: 'Post a count sheet: every variance becomes a stock adjustment (reason count) and one journal entry, in one transaction.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: z.object({ id: Id, adjustedLines: z.int(), valueChangePaise: Paise }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { id: 'take-0001' },
    changes: ['inventory', 'accounting'],
  }),
};
