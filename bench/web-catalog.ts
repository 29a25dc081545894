import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { catalogSnapshot } from '../app/core/services/orders/settings';
import { createHost } from '../app/host/create-host';
import { encode, type Encoded } from '../app/host/web-shop/snapshot-cache';
import type { Benchmark } from './lib/result';
import { summarize } from './lib/stats';

const DIST = join(import.meta.dirname, '../dist/renderer');

/** The JavaScript a phone downloads for /shop/: the entry and what it preloads, each gzipped. */
export const webCatalogJs: Benchmark = {
  name: 'web-catalog-js',
  title: 'Customer catalog entry: JavaScript gzip (KB)',
  async run() {
    const html = readFileSync(join(DIST, 'catalog.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    const sizes = files.map((f) => ({ file: f, raw: readFileSync(join(DIST, f)).length, gzip: gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length }));
    const kb = sizes.reduce((s, x) => s + x.gzip, 0) / 1024;
    return {
      measures: 'gzip -9 bytes of every JS file catalog.html loads',
      target: { p95Ms: 0 },
      pass: kb <= 75,
      samples: 1,
      figures: null,
      details: { gzipKB: Number(kb.toFixed(1)), files: sizes },
    };
  },
};

/** Snapshot generation from SQLite (query + JSON + gzip + brotli) and its size, for 5,000 and 50,000 products. */
export const webCatalogSnapshot: Benchmark = {
  name: 'web-catalog-snapshot',
  title: 'Catalog snapshot from SQLite: size and time, 5,000 and 50,000 products',
  async run() {
    const details: Record<string, unknown> = {};
    let pass = true;
    for (const n of [5000, 50000]) {
      const dir = mkdtempSync(join(tmpdir(), 'sk-bench-web-'));
      const host = createHost({ dbFile: join(dir, 'shop.sqlite'), setup: 'demo', log: () => {} });
      const raw = host.store.raw;
      const insert = raw.prepare(
        `INSERT INTO products (id, name, name_hi, alt_names, hsn, gst_rate_bp, cess_rate_bp, mrp_paise, price_paise, cost_paise, unit, loose, active, created_at, updated_at, category, sub_category, brand, pack_size, image_url, reorder_level_milli, reorder_qty_milli)
         VALUES (?, ?, NULL, '[]', '1905', 500, 0, ?, ?, ?, 'pcs', 0, 1, '2026-01-01', '2026-01-01', ?, '', 'Brand', '500 g', ?, 5000, 10000)`,
      );
      raw.transaction(() => {
        for (let i = 0; i < n; i++)
          insert.run(
            `bench-${i}`,
            `Product number ${i} masala pack`,
            12000 + (i % 50) * 100,
            11000 + (i % 50) * 100,
            9000,
            `Category ${i % 40}`,
            `https://img.example.in/p/${i}.jpg`,
          );
      })();
      const times: number[] = [];
      const blocked: number[] = [];
      let last: Encoded | null = null;
      for (let r = 0; r < 5; r++) {
        const started = performance.now();
        last = await encode(catalogSnapshot(host.deps), started);
        times.push(last.builtMs);
        blocked.push(last.blockedMs);
      }
      const figures = summarize(times);
      details[`${n}`] = {
        rawKB: Math.round((last?.identity.length ?? 0) / 1024),
        gzipKB: Math.round((last?.gzip.length ?? 0) / 1024),
        brotliKB: Math.round((last?.br.length ?? 0) / 1024),
        p50Ms: figures.p50,
        p95Ms: figures.p95,
        eventLoopHeldP95Ms: summarize(blocked).p95,
      };
      if (n === 50000) pass = figures.p95 <= 3000;
      host.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      measures: 'catalogSnapshot (SQLite read) + JSON, then gzip and brotli side by side on the thread pool, until both are ready; 5 runs each',
      target: { p95Ms: 3000 },
      pass,
      samples: 5,
      figures: null,
      details,
    };
  },
};
