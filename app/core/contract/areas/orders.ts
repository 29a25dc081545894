import { z } from 'zod';
import { IsoInstant } from '../schemas';

/**
 * The customer web catalog's public wire shapes (served at /shop/ by the counter host). Anything a
 * customer sends is parsed strictly here and bounded; prices and stock are always the counter's.
 */

const Text = (max: number) => z.string().trim().min(1).max(max);
/** An Indian mobile number: 10 digits starting 6–9 (a +91 or 0 in front is dropped). */
export const MobilePhone = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, '').replace(/^(\+91|91|0)(?=\d{10}$)/, ''))
  .pipe(z.string().regex(/^[6-9]\d{9}$/, 'a 10-digit mobile number'));

export const Slot = z.strictObject({ id: Text(24), label: Text(40), labelHi: Text(40) });
export type Slot = z.infer<typeof Slot>;

/** Settings → Web shop: what the catalog shows and the rules an order must meet. */
export const WebShopSettings = z.strictObject({
  enabled: z.boolean().default(true),
  hours: z.string().max(80).default('8:00–21:00'),
  deliveryArea: z.string().max(120).default(''),
  pickup: z.boolean().default(true),
  delivery: z.boolean().default(true),
  slots: z.array(Slot).max(12).default([]),
  minOrderPaise: z.int().min(0).max(10_000_00).default(0),
  deliveryFeePaise: z.int().min(0).max(1_000_00).default(0),
  freeDeliveryFromPaise: z.int().min(0).max(100_000_00).nullable().default(null),
  cashOnDelivery: z.boolean().default(true),
  whatsapp: z.string().max(15).default(''),
});
export type WebShopSettings = z.infer<typeof WebShopSettings>;

export const STOCK_WORDS = ['in', 'few', 'out'] as const;

/** One product as the catalog shows it: short keys keep 50,000 products small on the wire. */
export const SnapshotProduct = z.object({
  id: z.string(),
  n: z.string().describe('name'),
  h: z.string().nullable().describe('Hindi name'),
  c: z.string().describe('category'),
  b: z.string().describe('brand'),
  k: z.string().describe('pack size'),
  u: z.string().describe('unit'),
  p: z.int().describe('price, paise'),
  m: z.int().nullable().describe('MRP, paise'),
  s: z.enum(STOCK_WORDS),
  i: z.string().nullable().describe('image URL'),
});
export type SnapshotProduct = z.infer<typeof SnapshotProduct>;

export const CatalogSnapshot = z.object({
  shop: z.object({
    name: z.string(),
    address: z.string(),
    phone: z.string(),
    upi: z.boolean(),
    settings: WebShopSettings,
  }),
  products: z.array(SnapshotProduct),
  at: IsoInstant,
});
export type CatalogSnapshot = z.infer<typeof CatalogSnapshot>;

export const MAX_ORDER_LINES = 60;
export const MAX_LINE_QTY = 50;

export const OrderLineIn = z.strictObject({
  productId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  qty: z.int().min(1).max(MAX_LINE_QTY),
  pricePaise: z.int().min(0).max(1_00_000_00).describe('the price the customer saw; checked against the counter’s'),
});

export const OrderIn = z.strictObject({
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,64}$/)
    .describe('random, made once per order by the phone; it also opens the order page'),
  name: Text(60),
  phone: MobilePhone,
  phoneToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  fulfilment: z.enum(['pickup', 'delivery']),
  address: z.string().trim().max(200).default(''),
  slot: z.string().max(24).default(''),
  payment: z.enum(['upi', 'cod']),
  lang: z.enum(['en', 'hi']).default('en'),
  lines: z.array(OrderLineIn).min(1).max(MAX_ORDER_LINES),
});
export type OrderIn = z.infer<typeof OrderIn>;

export const OtpSendIn = z.strictObject({ phone: MobilePhone, lang: z.enum(['en', 'hi']).default('en') });
export const OtpVerifyIn = z.strictObject({ phone: MobilePhone, code: z.string().regex(/^\d{6}$/) });

export const ORDER_STATUSES = ['placed', 'accepted', 'packed', 'out', 'ready', 'delivered', 'collected', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const OrderLine = z.object({
  productId: z.string(),
  name: z.string(),
  nameHi: z.string().nullable(),
  qty: z.int(),
  pricePaise: z.int(),
  mrpPaise: z.int().nullable(),
  amountPaise: z.int(),
});
export type OrderLine = z.infer<typeof OrderLine>;

/** What the customer's order page shows (and the counter's Orders screen). */
export const OrderView = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  reason: z.string().nullable(),
  name: z.string(),
  phone: z.string(),
  fulfilment: z.enum(['pickup', 'delivery']),
  address: z.string(),
  slot: z.string(),
  slotLabel: z.string().describe('the slot in English as the customer chose it; empty for pickup'),
  slotLabelHi: z.string(),
  payment: z.enum(['upi', 'cod']),
  lines: z.array(OrderLine),
  itemsPaise: z.int(),
  feePaise: z.int(),
  totalPaise: z.int(),
  billNumber: z.string().nullable(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: z.int(),
});
export type OrderView = z.infer<typeof OrderView>;
