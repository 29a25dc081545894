import { createHash, type KeyObject } from 'node:crypto';
import pg from 'pg';
import {
  createPostgresStore,
  createPostgresWebShopStore,
  createRelay,
  createWebShopRoutes,
  prepareWebShopTables,
  preparePostgres,
  signMessage,
  type Relay,
  type ShopRegistry,
} from '../../../sync-server';

type WebShopOptions = Parameters<typeof createWebShopRoutes>[0];

/** A pool on a throwaway PostgreSQL holding the relay's tables and the web shop's. */
export async function webShopPool(url: string, max: number): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  await preparePostgres(pool);
  await prepareWebShopTables(pool);
  return pool;
}

export interface WebShopRelay {
  relay: Relay;
  /** the relay's http origin: shops' pages at /<slug>, the counter's calls at /shops/<id>/… */
  base: string;
  requests: ReturnType<typeof createWebShopRoutes>;
}

/** A relay on 127.0.0.1:0 keeping rooms in PostgreSQL, serving the web shop beside /sync/ (on the bus, when given). */
export async function startWebShopRelay(
  pool: pg.Pool,
  registry: ShopRegistry,
  web: Partial<Omit<WebShopOptions, 'registry' | 'store' | 'reserved'>> = {},
): Promise<WebShopRelay> {
  const requests = createWebShopRoutes({ registry, store: createPostgresWebShopStore(pool), reserved: ['sync', 'shops'], log: () => undefined, ...web });
  const relay = await createRelay({ store: createPostgresStore(pool), registry, bus: web.bus, pathPrefix: '/sync/', port: 0, log: () => undefined, requests });
  return { relay, requests, base: new URL(relay.url ?? '').origin.replace(/^ws/, 'http') };
}

/** What the counter sends: the snapshot, with a header signed by the shop's key naming its hash. */
export function publishCatalog(base: string, shop: string, slug: string, snapshot: unknown, signer: KeyObject): Promise<Response> {
  const body = Buffer.from(JSON.stringify(snapshot));
  const claim = { shop, slug, sha256: createHash('sha256').update(body).digest('base64url'), at: Date.now() };
  const signed = Buffer.from(JSON.stringify(signMessage(signer, claim))).toString('base64url');
  return fetch(`${base}/shops/${shop}/catalog`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sk-signed': signed }, body });
}
