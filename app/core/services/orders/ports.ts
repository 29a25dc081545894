import type { OrderLine, OrderStatus, OrderView, SnapshotProduct } from '../../contract/areas/orders';

/** An order as the inbox stores it (the view plus what only the host reads). */
export interface StoredOrder extends OrderView {
  idempotencyKey: string;
  requestHash: string;
  viewKeyHash: string;
  addressKey: string;
  lang: 'en' | 'hi';
  /** the cloud relay's id of an order taken there */
  relayId: string | null;
}

export interface OtpRow {
  phone: string;
  codeHash: string;
  attempts: number;
  sends: number;
  windowStart: string;
  expiresAt: string;
  tokenHash: string | null;
  tokenExpiresAt: string | null;
}

/** A product as the web catalog shows it, with stock free to sell (on hand less accepted orders). */
export interface WebProductRow {
  id: string;
  name: string;
  nameHi: string | null;
  category: string;
  brand: string;
  packSize: string;
  unit: string;
  pricePaise: number;
  mrpPaise: number | null;
  imageUrl: string | null;
  onHandMilli: number;
  reorderLevelMilli: number;
}

export interface WebOrdersRepo {
  /** the JSON of Settings → Web shop, or null before the owner saved it */
  settings(): string | null;
  saveSettings(json: string, at: string): void;
  catalog(): WebProductRow[];
  products(ids: readonly string[]): WebProductRow[];
  /** milli-units per product held by orders that are accepted and not yet billed or cancelled */
  held(): Map<string, number>;
  add(order: StoredOrder): void;
  byKey(idempotencyKey: string): StoredOrder | undefined;
  byId(id: string): StoredOrder | undefined;
  byRelayId(relayId: string): StoredOrder | undefined;
  /** orders the cloud relay took, changed since a time: the counter sends their status back there */
  relayedSince(since: string): StoredOrder[];
  list(statuses: readonly OrderStatus[], limit: number): StoredOrder[];
  countSince(by: 'phone' | 'address', value: string, since: string): number;
  nextNumber(): string;
  move(id: string, status: OrderStatus, reason: string | null, at: string, billNumber?: string | null): void;
  /** the products row a service charge's bill line names (kept inactive: never sold alone); added once */
  ensureCharge(charge: { id: string; name: string; nameHi: string }, at: string): void;
  otp(phone: string): OtpRow | undefined;
  saveOtp(row: OtpRow): void;
}

/** The repositories this area owns in the Store (db/repos/orders). */
export interface OrdersStore {
  webOrders: WebOrdersRepo;
}

/** The HTTP host's bridge to the cloud relay: the catalog's address there, once published. */
export interface WebShopRelayPort {
  /** null when no cloud relay is set */
  link(): { url: string | null; reachable: boolean } | null;
}

export type { OrderLine, SnapshotProduct };
