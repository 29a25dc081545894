import { createHash } from 'node:crypto';
import { createMemoryRegistry, generateShopKeyPair, signMessage } from '../sync-server';
import { startPostgres } from '../tests/sync/support/servers';
import { startWebShopRelay, webShopPool } from '../tests/sync/support/web-shop-relay';
import type { Benchmark } from './lib/result';
import { summarize } from './lib/stats';

const SHOPS = 2000;
const PRODUCTS = 300;

/** A small kirana's snapshot: 300 products, the shape the counter publishes. */
function snapshot(shop: number) {
  return {
    shop: { name: `Shop ${shop}`, address: `${shop} Market Road`, phone: '9826000000', settings: {} },
    products: Array.from({ length: PRODUCTS }, (_, i) => ({
      id: `p-${i}`,
      n: `Product ${i} of shop ${shop}`,
      h: null,
      c: `Category ${i % 12}`,
      b: 'Brand',
      k: '500 g',
      u: 'pcs',
      p: 10000 + i,
      m: 12000 + i,
      s: 'in',
      i: null,
    })),
  };
}

/**
 * The cloud relay serving 2,000 shops' catalogs from PostgreSQL: each shop publishes (signed), then
 * random customers fetch random shops' snapshots (brotli, half of them revalidating with the ETag).
 * Reports publish and read latency and the relay process's memory.
 */
export const webRelayShops: Benchmark = {
  name: 'web-relay-shops',
  title: 'Relay: 2,000 shops’ catalog snapshots by slug (PostgreSQL)',
  async run() {
    const postgres = await startPostgres();
    const pool = await webShopPool(postgres.url, 8);
    const registry = createMemoryRegistry();
    const { relay, base } = await startWebShopRelay(pool, registry);
    const rssBefore = process.memoryUsage().rss;
    const publishMs: number[] = [];
    const readMs: number[] = [];
    const etags = new Map<number, string>();
    try {
      for (let s = 0; s < SHOPS; s++) {
        const keys = generateShopKeyPair();
        await registry.register(`shop-${s}`, keys.publicKey);
        const body = Buffer.from(JSON.stringify(snapshot(s)));
        const claim = { shop: `shop-${s}`, slug: `shop-${s}`, sha256: createHash('sha256').update(body).digest('base64url'), at: Date.now() };
        const started = performance.now();
        const r = await fetch(`${base}/shops/shop-${s}/catalog`, {
          method: 'POST',
          headers: { 'x-sk-signed': Buffer.from(JSON.stringify(signMessage(keys.privateKey, claim))).toString('base64url') },
          body,
        });
        if (r.status !== 200) throw new Error(`publish ${s}: ${r.status}`);
        await r.arrayBuffer();
        publishMs.push(performance.now() - started);
      }
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
      for (let batch = 0; batch < 100; batch++) {
        await Promise.all(
          Array.from({ length: 20 }, async () => {
            const s = next() % SHOPS;
            const etag = etags.get(s);
            const started = performance.now();
            const r = await fetch(`${base}/shop-${s}/snapshot.json`, {
              headers: { 'accept-encoding': 'br', ...(etag && next() % 2 ? { 'if-none-match': etag } : {}) },
            });
            await r.arrayBuffer();
            readMs.push(performance.now() - started);
            etags.set(s, r.headers.get('etag') ?? '');
          }),
        );
      }
    } finally {
      await relay.close();
      await pool.end();
      await postgres.stop();
    }
    const reads = summarize(readMs);
    const rssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
    return {
      measures: `GET /<slug>/snapshot.json (brotli, half revalidating) for random shops of ${SHOPS}, 20 at a time, 2,000 reads; publish = signed POST of each shop's ${PRODUCTS}-product snapshot`,
      target: { p95Ms: 200 },
      pass: reads.p95 <= 200,
      samples: readMs.length,
      figures: reads,
      details: { publishMs: summarize(publishMs), rssMiBAfter: rssMiB, rssMiBGrowth: Math.round((process.memoryUsage().rss - rssBefore) / 2 ** 20) },
    };
  },
};
