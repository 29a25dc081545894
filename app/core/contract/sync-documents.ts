import { z } from 'zod';
import { IsoDate, IsoInstant, Paise, QtyMilli } from './schemas';
import { CounterProduct } from './areas/catalog/products';

/**
 * What the Yjs documents the relay carries hold (docs/sync.md). The counter host writes the catalog
 * and staff documents; a device writes only its own outbox. A command is an API call the device
 * could not make while the counter was out of reach: the counter replays it once, through the same
 * dispatcher and rules as a call made at the counter, keyed by the command's uuid, and writes the
 * outcome back to the staff document where the device reads it.
 */

export const SYNC_DOCUMENT = {
  catalog: (shopId: string) => `shop/${shopId}/catalog`,
  staff: (shopId: string) => `shop/${shopId}/staff`,
  outbox: (shopId: string, deviceId: string, period: string) => `shop/${shopId}/device/${deviceId}/outbox/${period}`,
} as const;

/** Top-level Yjs types inside each document; values in the maps are plain JSON of the shapes below. */
export const SYNC_KEYS = {
  catalog: { products: 'products', meta: 'meta' },
  staff: { stock: 'stock', dues: 'dues', today: 'today', outcomes: 'outcomes', meta: 'meta', expiring: 'expiring' },
  outbox: { commands: 'commands' },
} as const;

/** The API methods a device may queue while offline: selling, taking khata, spending, counting. */
export const OFFLINE_METHODS = ['billing.postInvoice', 'khata.receive', 'accounting.expense', 'inventory.recordCounts'] as const;
export type OfflineMethod = (typeof OFFLINE_METHODS)[number];

export const OutboxCommand = z.object({
  id: z.uuid().describe('made once on the device; the counter applies a command id at most once'),
  method: z.enum(OFFLINE_METHODS),
  params: z.unknown().describe("the method's params, checked by the contract when applied"),
  userId: z.string().min(1).max(64).describe('who signed in on the device when it was queued'),
  at: IsoInstant.describe("the device's clock when queued"),
  catalogVersion: z.int().min(0).describe('the catalog version the device priced from'),
});
export type OutboxCommand = z.infer<typeof OutboxCommand>;

export const CommandOutcome = z.object({
  commandId: z.uuid(),
  deviceId: z.string(),
  status: z.enum(['applied', 'refused']),
  appliedAt: IsoInstant,
  reference: z.string().nullable().describe('what it became: the bill or voucher number'),
  message: z.object({ en: z.string(), hi: z.string() }).nullable().describe('why it was refused, in words a cashier reads'),
  flagged: z.boolean().describe('applied, but the owner should look (price changed since, above MRP, stock overdrawn)'),
});
export type CommandOutcome = z.infer<typeof CommandOutcome>;

export const CatalogEntry = CounterProduct.extend({
  gstRateBp: z.int(),
  cessRateBp: z.int().default(0),
  hsn: z.string(),
  category: z.string().nullable(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const CatalogMeta = z.object({
  version: z.int().min(0),
  publishedAt: IsoInstant,
  shopName: z.string(),
  roundOff: z.boolean().default(true).describe("the shop's bills round to the rupee (a device prices its offline bill as the counter will)"),
  composition: z.boolean().default(false).describe('a composition shop: bills of supply, no GST on them'),
});

export const StockEntry = z.object({ onHandMilli: QtyMilli, lowAtMilli: QtyMilli.nullable(), at: IsoInstant });
export const DuesEntry = z.object({ name: z.string(), phone: z.string(), balancePaise: Paise, at: IsoInstant });
export const TodayFigures = z.object({
  date: z.string(),
  salesPaise: Paise,
  bills: z.int(),
  byTender: z.object({ cash: Paise, upi: Paise, card: Paise, credit: Paise }),
  cashInDrawerPaise: Paise,
  collectedPaise: Paise,
  at: IsoInstant,
});
export type TodayFigures = z.infer<typeof TodayFigures>;

/** A lot that expires soon (staff `expiring`, keyed by lot id). */
export const ExpiringLotEntry = z.object({ productId: z.string(), batchNo: z.string(), expiresOn: IsoDate, qtyMilli: QtyMilli, at: IsoInstant });
export type ExpiringLotEntry = z.infer<typeof ExpiringLotEntry>;

/**
 * Where a paired device finds its shop's documents: the shop id in their names, and the relay
 * (null: the counter host's own relay at `/sync/` on the address the screens came from).
 */
export const SyncTarget = z.object({
  shopId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  relayUrl: z.url().nullable(),
  relayToken: z.string().nullable().describe("the device token for a cloud relay; null: the host's relay takes the session's token"),
  cloud: z
    .object({ url: z.string().regex(/^wss?:\/\/\S+$/), token: z.string().min(1).max(2000) })
    .nullable()
    .default(null)
    .describe('the cloud relay as well, with this device’s token: the documents sync through whichever is in reach'),
});
export type SyncTarget = z.infer<typeof SyncTarget>;
