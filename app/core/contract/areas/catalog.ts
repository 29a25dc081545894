import { z } from 'zod';
import { method } from '../define';
import { Hsn, Id, NonNegPaise, RateBp, Unit } from '../schemas';

export const ProductView = z.object({
  id: Id,
  name: z.string(),
  nameHi: z.string().nullable(),
  altNames: z.array(z.string()),
  barcodes: z.array(z.string()),
  hsn: z.string(),
  gstRateBp: z.int(),
  cessRateBp: z.int(),
  mrpPaise: z.int().nullable(),
  pricePaise: z.int(),
  costPaise: z.int(),
  unit: Unit,
  loose: z.boolean(),
  active: z.boolean(),
});

/** What the counter needs to put a scanned product on a bill: small enough to keep the whole catalogue on screen. */
export const CounterProduct = ProductView.pick({ id: true, name: true, nameHi: true, barcodes: true, unit: true, loose: true, pricePaise: true, mrpPaise: true });

export const NewProduct = z.object({
  name: z.string().trim().min(1).max(120),
  nameHi: z.string().trim().max(120).nullable().default(null),
  altNames: z.array(z.string().trim().min(1).max(120)).max(10).default([]),
  barcodes: z.array(z.string().trim().regex(/^[A-Za-z0-9\-.]{4,32}$/, 'barcode of 4–32 letters or digits')).max(10).default([]),
  hsn: Hsn,
  gstRateBp: RateBp,
  cessRateBp: RateBp.default(0),
  mrpPaise: NonNegPaise.nullable().default(null),
  pricePaise: NonNegPaise,
  costPaise: NonNegPaise.default(0),
  unit: Unit.default('pcs'),
  loose: z.boolean().default(false),
});

export const catalogApi = {
  'catalog.search': method({
    summary: 'Find products by name in English, Hindi or Hinglish spelling, or by barcode prefix.',
    access: 'staff',
    params: z.object({ q: z.string().max(100).describe('words of the name (any spelling) or the start of a barcode'), limit: z.int().min(1).max(100).default(20) }),
    result: z.array(ProductView),
    errors: [],
    example: { q: 'aata', limit: 10 },
    reads: ['catalog'],
  }),
  'catalog.byBarcode': method({
    summary: 'The product with this barcode (as a scanner typed it).',
    access: 'staff',
    params: z.object({ barcode: z.string().min(1).max(64) }),
    result: ProductView,
    errors: ['UNKNOWN_BARCODE'],
    example: { barcode: '2000000000015' }, // the demo shop's atta
    reads: ['catalog'],
  }),
  'catalog.counterIndex': method({
    summary: 'Every product the counter can sell, with its barcodes: the counter keeps it in memory so a scan adds its line without a round trip (refetch it when catalog data changes).',
    access: 'staff',
    params: z.object({}),
    result: z.array(CounterProduct),
    errors: [],
    example: {},
    reads: ['catalog'],
  }),
  'catalog.get': method({
    summary: 'One product by id.',
    access: 'staff',
    params: z.object({ id: Id }),
    result: ProductView,
    errors: ['NOT_FOUND'],
    example: { id: 'prod-demo-001' },
    reads: ['catalog'],
  }),
  'catalog.addProduct': method({
    summary: 'Add a product (manager or owner), e.g. from the counter when a barcode is unknown.',
    access: 'manager',
    params: NewProduct,
    result: ProductView,
    errors: ['DUPLICATE', 'PRICE_ABOVE_MRP', 'INVALID_INPUT'],
    example: { name: 'Parle-G Biscuit 250g', nameHi: 'पारले-जी बिस्किट', barcodes: ['8901719101038'], hsn: '1905', gstRateBp: 500, mrpPaise: 2500, pricePaise: 2500, costPaise: 2200 },
    changes: ['catalog'],
  }),
};
