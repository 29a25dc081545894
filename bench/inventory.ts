import { join } from 'node:path';
import type { ApiClient } from '../app/core/contract';
import { createHost } from '../app/host/create-host';
import { dataFile, DATA_DIR, upload } from '../tests/support/imports';
import { bigShop, MOVES, PRODUCTS } from './inventory-data';
import type { Benchmark, Outcome } from './lib/result';
import { passes } from './lib/result';
import { summarize, type Summary } from './lib/stats';
import { withTempDir } from './lib/tmp';
import { dataAvailable } from './search-data';
import { queries, staffClient } from './search';

/** Times `fn` `rounds` times after `warmup` untimed runs; `fn` may return the milliseconds of the part that counts. */
async function timed(rounds: number, warmup: number, fn: (i: number) => Promise<number | void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const t = performance.now();
    const own = await fn(i);
    if (i >= warmup) samples.push(typeof own === 'number' ? own : performance.now() - t);
  }
  return samples;
}

const skip = (measures: string, target: { p95Ms: number }, why: string): Outcome => ({ measures, target, pass: null, samples: 0, figures: null, skipped: why });

function outcome(measures: string, target: { p95Ms: number }, samples: number[], details: Record<string, unknown>): Outcome {
  const figures = summarize(samples);
  return { measures, target, pass: passes(figures, target), samples: figures.n, figures, details };
}

const SEARCH_TARGET = { p95Ms: 5 };
export const inventorySearch: Benchmark = {
  name: 'inventory-search',
  title: `Product search over ${PRODUCTS.toLocaleString('en')} products and ${MOVES.toLocaleString('en')} stock moves`,
  run: async () => {
    const measures =
      'catalog.search (limit 20) through the in-process client: FTS5 prefix + fuzzy (Hinglish, typos) and barcode prefix, product rows with stock on hand; plus the same with filters (category, in stock, price, expiring)';
    const missing = dataAvailable();
    if (missing) return skip(measures, SEARCH_TARGET, missing);
    const shop = bigShop();
    const client = await staffClient(shop.host);
    const words = queries(shop.products[31_234]!.barcodes[0]!.slice(0, 6));
    const filtered = [
      { q: 'atta', category: 'Foodgrains, Oil & Masala' },
      { q: 'biscuit', stock: 'in' as const },
      { q: '', category: 'Beverages', maxPricePaise: 10_000 },
      { q: 'ghee', expiringWithinDays: 120 },
    ];
    const calls = [...words.map((q) => ({ q })), ...filtered];
    const byQuery = new Map<string, { samples: number[]; results: number; first: string[] }>();
    // Round-robin, so no query runs against a cache its own previous run just warmed.
    const all = await timed(40 * calls.length, 3 * calls.length, async (i) => {
      const params = calls[i % calls.length]!;
      const t = performance.now();
      const found = await client.call('catalog.search', { limit: 20, stock: 'any', ...params });
      const key = JSON.stringify(params);
      const entry = byQuery.get(key) ?? { samples: [], results: found.length, first: found.slice(0, 2).map((p) => p.name) };
      if (i >= 3 * calls.length) entry.samples.push(performance.now() - t);
      byQuery.set(key, entry);
    });
    const perQuery: Record<string, Summary & { results: number; first: string[] }> = {};
    for (const [k, e] of byQuery) perQuery[k] = { ...summarize(e.samples), results: e.results, first: e.first };
    return outcome(measures, SEARCH_TARGET, all, { ...shop.details, byQuery: perQuery });
  },
};

const LEVELS_TARGET = { p95Ms: 100 };
export const stockOnHandAll: Benchmark = {
  name: 'stock-on-hand',
  title: `Stock on hand of all ${PRODUCTS.toLocaleString('en')} products with ${MOVES.toLocaleString('en')} moves`,
  run: async () => {
    const measures =
      'inventory.levels through the in-process client (session, zod on the way out): quantity and value of every product, read from the balances the stock_moves trigger keeps';
    const missing = dataAvailable();
    if (missing) return skip(measures, LEVELS_TARGET, missing);
    const shop = bigShop();
    const client = await staffClient(shop.host);
    let rows = 0;
    const samples = await timed(30, 3, async () => {
      rows = (await client.call('inventory.levels', {})).length;
    });
    // What the balances save: the same figures summed from the moves themselves.
    const sumT = performance.now();
    shop.host.store.raw.prepare('SELECT product_id, sum(qty_milli), sum(value_paise) FROM stock_moves GROUP BY product_id').all();
    const fromMovesMs = Math.round(performance.now() - sumT);
    return outcome(measures, LEVELS_TARGET, samples, { ...shop.details, rows, sumOfMovesQueryMs: fromMovesMs });
  },
};

const IMPORT_TARGET = { p95Ms: 5000 };
const BIGBASKET = 'bigbasket_products_20k.csv';
export const importBigBasket: Benchmark = {
  name: 'import-bigbasket',
  title: 'Import the 20k BigBasket catalogue (upload, preview, commit)',
  run: async () => {
    const measures =
      'catalog.importUpload (512 KB base64 chunks) + importPreview + importCommit of bigbasket_products_20k.csv into a new shop, through the in-process client; the commit is one transaction';
    const missing = dataAvailable();
    if (missing) return skip(measures, IMPORT_TARGET, missing);
    const bytes = dataFile(BIGBASKET);
    const phases: Array<Record<string, number>> = [];
    let imported = 0;
    let reported = 0;
    const samples: number[] = [];
    for (let round = 0; round < 4; round++) {
      await withTempDir('import', async (dir) => {
        const host = createHost({ dbFile: join(dir, 'shop.sqlite'), log: () => {} });
        try {
          const manager: ApiClient = await staffClient(host, 'manager');
          const t0 = performance.now();
          const importId = await upload(manager, BIGBASKET, bytes);
          const t1 = performance.now();
          const preview = await manager.call('catalog.importPreview', { importId });
          const t2 = performance.now();
          const result = await manager.call('catalog.importCommit', { importId });
          const t3 = performance.now();
          imported = result.imported;
          reported = preview.errors.length;
          // The first round warms the JIT and the file cache; the next three are the figures.
          if (round > 0) {
            samples.push(t3 - t0);
            phases.push({ uploadMs: Math.round(t1 - t0), previewMs: Math.round(t2 - t1), commitMs: Math.round(t3 - t2) });
          }
        } finally {
          host.close();
        }
      });
    }
    return outcome(measures, IMPORT_TARGET, samples, { file: `${DATA_DIR}/${BIGBASKET}`, bytes: bytes.length, imported, rowsReported: reported, phases });
  },
};

const TAKE_TARGET = { p95Ms: 1000 };
const LINES = 2_000;
export const stockTakePosting: Benchmark = {
  name: 'stock-take-post',
  title: `Post a stock take of ${LINES.toLocaleString('en')} counted lines`,
  run: async () => {
    const measures = `inventory.postStockTake of ${LINES.toLocaleString('en')} counted lines through the in-process client on the ${PRODUCTS.toLocaleString('en')}-product shop: variances to adjustments lot by lot, one balanced journal entry, the sheet closed, in one transaction`;
    const missing = dataAvailable();
    if (missing) return skip(measures, TAKE_TARGET, missing);
    const shop = bigShop();
    const manager = await staffClient(shop.host, 'manager');
    let adjusted = 0;
    const samples = await timed(6, 1, async (round) => {
      // (untimed part) a fresh sheet of 2,000 other products, most counted a little off the books
      const products = shop.products.slice(round * LINES, (round + 1) * LINES).map((p) => p.id);
      const levels = new Map<string, number>();
      for (let i = 0; i < products.length; i += 500) {
        for (const l of await manager.call('inventory.onHand', { productIds: products.slice(i, i + 500) })) levels.set(l.productId, l.qtyMilli);
      }
      const take = await manager.call('inventory.openStockTake', { name: `Bench count ${round}` });
      const lines = products.map((productId, i) => ({ productId, countedMilli: Math.max(0, (levels.get(productId) ?? 10_000) + ((i % 5) - 2) * 1000) }));
      await manager.call('inventory.recordCounts', { id: take.id, lines });
      const t = performance.now();
      adjusted = (await manager.call('inventory.postStockTake', { id: take.id })).adjustedLines;
      return performance.now() - t;
    });
    return outcome(measures, TAKE_TARGET, samples, { ...shop.details, lines: LINES, adjustedLines: adjusted });
  },
};
