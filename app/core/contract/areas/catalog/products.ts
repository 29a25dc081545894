import { z } from 'zod';
import { method, readById } from '../../define';
import { patchOf } from '../../patch';
import { CountMilli, Hsn, Id, PricePaise, QtyMilli, RateBp, Unit } from '../../schemas';
import { UQC_CODES } from '../../vocabulary';

const ProductUnit = z.object({
  name: z.string().trim().min(1).max(20),
  qtyMilli: CountMilli.min(1).describe('how many milli-units of the base unit: a box of 12 pieces = 12000'),
});
export const ProductUnitView = ProductUnit.extend({ barcode: z.string().nullable().describe("the pack's own barcode") });

export const ProductView = z.object({
  id: Id,
  name: z.string(),
  nameHi: z.string().nullable(),
  altNames: z.array(z.string()),
  barcodes: z.array(z.string()).describe('barcodes of one piece (pack barcodes are with their unit)'),
  hsn: z.string(),
  uqc: z.enum(UQC_CODES).nullable().describe("the GST portal's unit code; null files the unit's own"),
  gstRateBp: z.int(),
  cessRateBp: z.int(),
  mrpPaise: z.int().nullable(),
  pricePaise: z.int(),
  costPaise: z.int(),
  unit: Unit,
  loose: z.boolean(),
  active: z.boolean(),
  category: z.string(),
  subCategory: z.string(),
  brand: z.string(),
  packSize: z.string(),
  imageUrl: z.string().nullable(),
  reorderLevelMilli: QtyMilli,
  reorderQtyMilli: QtyMilli,
  plu: z.string().nullable(),
  units: z.array(ProductUnitView),
  onHandMilli: QtyMilli.describe('stock on hand (all lots)'),
});

/** What the counter needs to put a scanned product on a bill: small enough to keep the whole catalogue on screen. */
export const CounterProduct = ProductView.pick({
  id: true,
  name: true,
  nameHi: true,
  barcodes: true,
  unit: true,
  loose: true,
  pricePaise: true,
  mrpPaise: true,
});

const Barcode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9\-.]{4,32}$/, 'barcode of 4–32 letters or digits');

export const NewProduct = z.object({
  name: z.string().trim().min(1).max(200),
  nameHi: z.string().trim().max(120).nullable().default(null),
  altNames: z.array(z.string().trim().min(1).max(120)).max(10).default([]),
  barcodes: z.array(Barcode).max(10).default([]),
  hsn: Hsn,
  uqc: z.enum(UQC_CODES).nullable().default(null),
  gstRateBp: RateBp,
  cessRateBp: RateBp.default(0),
  mrpPaise: PricePaise.nullable().default(null),
  pricePaise: PricePaise,
  costPaise: PricePaise.default(0),
  unit: Unit.default('pcs'),
  loose: z.boolean().default(false),
  category: z.string().trim().max(60).default(''),
  subCategory: z.string().trim().max(60).default(''),
  brand: z.string().trim().max(60).default(''),
  packSize: z.string().trim().max(30).default(''),
  imageUrl: z.string().trim().max(500).nullable().default(null),
  reorderLevelMilli: CountMilli.default(0),
  reorderQtyMilli: CountMilli.default(0),
  plu: z
    .string()
    .regex(/^\d{1,6}$/, 'PLU of 1–6 digits')
    .nullable()
    .default(null),
  units: z
    .array(ProductUnit.extend({ barcode: Barcode.nullable().default(null) }))
    .max(5)
    .default([]),
});

/** A scan of a barcode that says more than "one of these": a pack of several, or a weighing-scale label. */
export const ScanInfo = z.object({
  kind: z.enum(['product', 'pack', 'scale']),
  qtyMilli: QtyMilli.nullable().describe('the quantity the code stands for; null when the counter should ask (a loose item without a scale label)'),
  pricePaise: z.int().nullable().describe('a price-embedded scale label: the line’s amount'),
});

export const SearchFilters = z.object({
  category: z.string().max(60).optional(),
  subCategory: z.string().max(60).optional(),
  minPricePaise: PricePaise.optional(),
  maxPricePaise: PricePaise.optional(),
  stock: z.enum(['any', 'in', 'out', 'low']).default('any'),
  sale: z
    .enum(['on', 'off', 'any'])
    .default('on')
    .describe('products on sale (the default), not on sale (inactive: an import with no price leaves them so), or either'),
  expiringWithinDays: z.int().min(0).max(3650).optional().describe('only products with a lot on hand expiring within this many days'),
});

export const productsApi = {
  'catalog.search': method({
    summary:
      'Find products by name, brand, Hindi or Hinglish spelling (small typos forgiven), or by barcode prefix; optionally filtered by category, price, stock and expiry.',
    access: 'staff',
    params: z
      .object({
        q: z.string().max(100).describe('words of the name (any spelling) or the start of a barcode; may be empty when filtering'),
        limit: z.int().min(1).max(200).default(20),
      })
      .extend(SearchFilters.shape),
    result: z.array(ProductView),
    errors: [],
    example: { q: 'aata', limit: 10 },
    reads: ['catalog', 'inventory'],
  }),
  'catalog.byBarcode': method({
    summary: 'The product with this barcode (as a scanner typed it); a pack barcode or a weighing-scale label also says the quantity or price it stands for.',
    access: 'staff',
    params: z.object({
      barcode: z.string().min(1).max(64),
      inactive: z.boolean().default(false).describe('also answer with a product that is not on sale (receiving stock, labels); the counter leaves it out'),
    }),
    result: ProductView.extend({ scan: ScanInfo }),
    errors: ['UNKNOWN_BARCODE', 'INVALID_INPUT'],
    example: { barcode: '2000000000015' }, // the demo shop's atta
    reads: ['catalog', 'inventory'],
  }),
  'catalog.counterIndex': method({
    summary:
      'Every product the counter can sell, with its barcodes: the counter keeps it in memory so a scan adds its line without a round trip (refetch it when catalog data changes).',
    access: 'staff',
    params: z.object({}),
    result: z.array(CounterProduct),
    errors: [],
    example: {},
    reads: ['catalog'],
  }),
  'catalog.get': readById({
    summary: 'One product by id.',
    access: 'staff',
    result: ProductView,
    exampleId: 'prod-demo-001',
    reads: ['catalog', 'inventory'],
  }),
  'catalog.addProduct': method({
    summary: 'Add a product (manager or owner), e.g. from the counter when a barcode is unknown.',
    access: 'manager',
    params: NewProduct,
    result: ProductView,
    errors: ['DUPLICATE', 'PRICE_ABOVE_MRP', 'INVALID_INPUT'],
    example: {
      name: 'Parle-G Biscuit 250g',
      nameHi: 'पारले-जी बिस्किट',
      barcodes: ['8901719101038'],
      hsn: '1905',
      gstRateBp: 500,
      mrpPaise: 2500,
      pricePaise: 2500,
      costPaise: 2200,
      category: 'Snacks',
      brand: 'Parle',
      packSize: '250 g',
      units: [{ name: 'box', qtyMilli: 24000, barcode: '8901719101045' }],
    },
    changes: ['catalog'],
  }),
  'catalog.updateProduct': method({
    summary: 'Change a product (manager or owner); only the fields given change. Barcodes and units given replace the old ones.',
    access: 'manager',
    params: patchOf(NewProduct).extend({ id: Id, active: z.boolean().optional() }),
    result: ProductView,
    errors: ['NOT_FOUND', 'DUPLICATE', 'PRICE_ABOVE_MRP', 'INVALID_INPUT'],
    example: { id: 'prod-demo-014', reorderLevelMilli: 24000, reorderQtyMilli: 48000, category: 'Snacks', subCategory: 'Biscuits' },
    changes: ['catalog'],
  }),
  'catalog.categories': method({
    summary: 'Categories and sub-categories in use, with how many active products each has.',
    access: 'staff',
    params: z.object({}),
    result: z.array(z.object({ category: z.string(), subCategory: z.string(), products: z.int() })),
    errors: [],
    example: {},
    reads: ['catalog'],
  }),
  'catalog.assignBarcodes': method({
    summary:
      'Give products without a barcode an in-store EAN-13 (prefix 2, valid check digit, never in the weighing scale’s range), so they can be labelled and scanned.',
    access: 'manager',
    params: z.object({ productIds: z.array(Id).min(1).max(500) }),
    result: z.array(z.object({ productId: Id, barcode: z.string() })),
    errors: ['NOT_FOUND'],
    example: { productIds: ['prod-demo-005', 'prod-demo-006'] },
    changes: ['catalog'],
  }),
};
