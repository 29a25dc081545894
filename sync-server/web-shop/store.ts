import type pg from 'pg';
import type { RelayOtp, RelayOtpStore } from './otp';

/** One shop's published catalog, kept in the encodings phones ask for. */
export interface PublishedCatalog {
  shopId: string;
  slug: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** the shop page's Open Graph words, read once at publish time */
  title: string;
  description: string;
}

/** An order as the relay holds it for the shop: the customer's request, and the status the counter last sent. */
export interface InboxOrder {
  shopId: string;
  id: string;
  keyHash: string;
  phone: string;
  request: unknown;
  status: string;
  /** the order page the counter sent with its last status (its prices, number, bill), or null before */
  view: unknown;
  createdAt: number;
}

export type SlugClaim = 'ok' | 'taken';

export interface WebShopStore extends RelayOtpStore {
  /** saves a shop's catalog under its slug; a slug another shop holds is `taken` */
  publish(catalog: PublishedCatalog): Promise<SlugClaim>;
  bySlug(slug: string): Promise<PublishedCatalog | null>;
  /** adds an order unless its id is already in this shop's inbox (a replay): true when added */
  addOrder(order: InboxOrder): Promise<boolean>;
  /** the order only when it is this shop's */
  order(shopId: string, id: string): Promise<InboxOrder | null>;
  ordersSince(shopId: string, phone: string, since: number): Promise<number>;
  /** orders the counter has not answered yet (status `received`), oldest first */
  inbox(shopId: string, limit: number): Promise<InboxOrder[]>;
  setStatus(shopId: string, id: string, status: string, view: unknown): Promise<boolean>;
}

export function createMemoryWebShopStore(): WebShopStore {
  const catalogs = new Map<string, PublishedCatalog>();
  const orders = new Map<string, InboxOrder>();
  const otps = new Map<string, RelayOtp>();
  const key = (shopId: string, id: string) => `${shopId}\u0000${id}`;
  return {
    otp: async (shopId, phone) => otps.get(key(shopId, phone)) ?? null,
    saveOtp: async (row) => void otps.set(key(row.shopId, row.phone), row),
    async publish(c) {
      const held = catalogs.get(c.slug);
      if (held && held.shopId !== c.shopId) return 'taken';
      for (const [slug, other] of catalogs) if (other.shopId === c.shopId && slug !== c.slug) catalogs.delete(slug);
      catalogs.set(c.slug, c);
      return 'ok';
    },
    bySlug: async (slug) => catalogs.get(slug) ?? null,
    async addOrder(o) {
      if (orders.has(key(o.shopId, o.id))) return false;
      orders.set(key(o.shopId, o.id), o);
      return true;
    },
    order: async (shopId, id) => orders.get(key(shopId, id)) ?? null,
    ordersSince: async (shopId, phone, since) => [...orders.values()].filter((o) => o.shopId === shopId && o.phone === phone && o.createdAt >= since).length,
    inbox: async (shopId, limit) =>
      [...orders.values()]
        .filter((o) => o.shopId === shopId && o.status === 'received')
        .sort((a, b) => a.createdAt - b.createdAt)
        .slice(0, limit),
    async setStatus(shopId, id, status, view) {
      const o = orders.get(key(shopId, id));
      if (!o) return false;
      orders.set(key(shopId, id), { ...o, status, view });
      return true;
    },
  };
}

/** Its own tables and version row beside the relay's, so the document log's schema is left alone. */
const TABLES = `
  CREATE TABLE IF NOT EXISTS web_shop_catalogs (
    slug TEXT COLLATE "C" PRIMARY KEY,
    shop_id TEXT NOT NULL UNIQUE,
    etag TEXT NOT NULL,
    identity BYTEA NOT NULL,
    gzip BYTEA NOT NULL,
    br BYTEA NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS web_shop_orders (
    shop_id TEXT NOT NULL,
    id TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    phone TEXT NOT NULL,
    request JSONB NOT NULL,
    status TEXT NOT NULL,
    view JSONB,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (shop_id, id)
  );
  CREATE INDEX IF NOT EXISTS web_shop_orders_inbox ON web_shop_orders (shop_id, status, created_at);
  CREATE INDEX IF NOT EXISTS web_shop_orders_phone ON web_shop_orders (shop_id, phone, created_at);
  CREATE TABLE IF NOT EXISTS web_shop_otps (
    shop_id TEXT NOT NULL,
    phone TEXT NOT NULL,
    row JSONB NOT NULL,
    PRIMARY KEY (shop_id, phone)
  );`;

const WEB_SHOP_LOCK = 0x5b_5c_00_02;

export async function prepareWebShopTables(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [WEB_SHOP_LOCK]);
    await client.query(TABLES);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [WEB_SHOP_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** A catalog's row: the catalog with its shop id in the column's spelling. */
type CatalogRow = Omit<PublishedCatalog, 'shopId'> & { shop_id: string };
interface OrderRow {
  shop_id: string;
  id: string;
  key_hash: string;
  phone: string;
  request: unknown;
  status: string;
  view: unknown;
  created_at: string;
}

const orderOf = (r: OrderRow): InboxOrder => ({
  shopId: r.shop_id,
  id: r.id,
  keyHash: r.key_hash,
  phone: r.phone,
  request: r.request,
  status: r.status,
  view: r.view,
  createdAt: Number(r.created_at),
});

export function createPostgresWebShopStore(pool: pg.Pool): WebShopStore {
  return {
    async otp(shopId, phone) {
      const r = (await pool.query<{ row: RelayOtp }>('SELECT row FROM web_shop_otps WHERE shop_id = $1 AND phone = $2', [shopId, phone])).rows[0];
      return r?.row ?? null;
    },
    async saveOtp(row) {
      await pool.query('INSERT INTO web_shop_otps (shop_id, phone, row) VALUES ($1, $2, $3) ON CONFLICT (shop_id, phone) DO UPDATE SET row = $3', [
        row.shopId,
        row.phone,
        JSON.stringify(row),
      ]);
    },
    async publish(c) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const held = await client.query<{ shop_id: string }>('SELECT shop_id FROM web_shop_catalogs WHERE slug = $1 FOR UPDATE', [c.slug]);
        if (held.rows[0] && held.rows[0].shop_id !== c.shopId) {
          await client.query('ROLLBACK');
          return 'taken';
        }
        // A shop that changes its slug leaves the old one free.
        await client.query('DELETE FROM web_shop_catalogs WHERE shop_id = $1 AND slug <> $2', [c.shopId, c.slug]);
        await client.query(
          `INSERT INTO web_shop_catalogs (slug, shop_id, etag, identity, gzip, br, title, description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (slug) DO UPDATE SET etag = $3, identity = $4, gzip = $5, br = $6, title = $7, description = $8, published_at = now()`,
          [c.slug, c.shopId, c.etag, c.identity, c.gzip, c.br, c.title, c.description],
        );
        await client.query('COMMIT');
        return 'ok';
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async bySlug(slug) {
      const r = (await pool.query<CatalogRow>('SELECT * FROM web_shop_catalogs WHERE slug = $1', [slug])).rows[0];
      return r
        ? { shopId: r.shop_id, slug: r.slug, etag: r.etag, identity: r.identity, gzip: r.gzip, br: r.br, title: r.title, description: r.description }
        : null;
    },
    async addOrder(o) {
      const r = await pool.query(
        `INSERT INTO web_shop_orders (shop_id, id, key_hash, phone, request, status, view, created_at) VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)
         ON CONFLICT (shop_id, id) DO NOTHING`,
        [o.shopId, o.id, o.keyHash, o.phone, JSON.stringify(o.request), o.status, o.createdAt],
      );
      return r.rowCount === 1;
    },
    async order(shopId, id) {
      const r = (await pool.query<OrderRow>('SELECT * FROM web_shop_orders WHERE shop_id = $1 AND id = $2', [shopId, id])).rows[0];
      return r ? orderOf(r) : null;
    },
    async ordersSince(shopId, phone, since) {
      const r = await pool.query<{ n: string }>('SELECT count(*) AS n FROM web_shop_orders WHERE shop_id = $1 AND phone = $2 AND created_at >= $3', [
        shopId,
        phone,
        since,
      ]);
      return Number(r.rows[0]?.n ?? 0);
    },
    async inbox(shopId, limit) {
      const r = await pool.query<OrderRow>("SELECT * FROM web_shop_orders WHERE shop_id = $1 AND status = 'received' ORDER BY created_at LIMIT $2", [
        shopId,
        limit,
      ]);
      return r.rows.map(orderOf);
    },
    async setStatus(shopId, id, status, view) {
      const r = await pool.query('UPDATE web_shop_orders SET status = $3, view = $4 WHERE shop_id = $1 AND id = $2', [
        shopId,
        id,
        status,
        JSON.stringify(view),
      ]);
      return r.rowCount === 1;
    },
  };
}
