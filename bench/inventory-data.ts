import { join } from 'node:path';
import { gs1CheckDigit } from '../app/core/catalog/barcode';
import { createHost, type Host } from '../app/host/create-host';
import { prng } from './bill-carts';
import { tempDir } from './lib/tmp';
import { loadCatalogues, type NewProduct } from './search-data';

/**
 * A big shop for the inventory benchmarks: the real catalogues (BigBasket 20k + DMart) replicated
 * with variations up to 50,000 products, two lots each with expiry dates, and 2,000,000 stock
 * moves (the two receipts per product and the rest sales of one piece, skewed so a few products
 * sell a lot, as in a real shop). Built once per `npm run bench` and shared by the benchmarks.
 */
export const PRODUCTS = 50_000;
export const MOVES = 2_000_000;

// Pack variations of the real rows, so the copies are products a shop could carry beside them.
const VARIANTS: Array<{ suffix: string; priceFactor: number }> = [
  { suffix: 'Value Pack', priceFactor: 1.9 },
  { suffix: 'Combo of 2', priceFactor: 1.95 },
  { suffix: 'Family Pack', priceFactor: 2.6 },
  { suffix: 'Mini', priceFactor: 0.55 },
];

export interface BigShop {
  host: Host;
  products: NewProduct[];
  seedSeconds: number;
  details: Record<string, unknown>;
}

function replicate(base: NewProduct[], random: () => number): NewProduct[] {
  const used = new Set(base.flatMap((p) => p.barcodes));
  const barcode = () => {
    for (;;) {
      const body = `890${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
      const code = body + gs1CheckDigit(body);
      if (!used.has(code)) return (used.add(code), code);
    }
  };
  const all = [...base];
  for (let i = 0; all.length < PRODUCTS; i++) {
    const from = base[i % base.length]!;
    const variant = VARIANTS[Math.floor(i / base.length) % VARIANTS.length]!;
    const price = (p: number) => Math.max(100, Math.round((p * variant.priceFactor) / 100) * 100);
    const pricePaise = price(from.pricePaise);
    all.push({
      ...from,
      id: `prod-bench-v${String(i).padStart(5, '0')}`,
      name: `${from.name} ${variant.suffix}`.slice(0, 120),
      barcodes: [barcode()],
      pricePaise,
      mrpPaise: from.mrpPaise === null ? null : Math.max(pricePaise, price(from.mrpPaise)),
      costPaise: Math.round(pricePaise * 0.85),
      reorderLevelMilli: (i % 7) * 1000,
      reorderQtyMilli: 24_000,
    });
  }
  return all;
}

/** Sales per product: a long tail, a few fast movers (Zipf-like), summing to `total`. */
function salesPerProduct(n: number, total: number, random: () => number): number[] {
  const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(1 + ((i * 7919) % n), 0.6) + random() * 0.001);
  const sum = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let short = total - counts.reduce((s, c) => s + c, 0);
  for (let i = 0; short > 0; i = (i + 1) % n, short--) counts[i]! += 1;
  return counts;
}

function seedMoves(host: Host, products: NewProduct[], random: () => number): { batches: number; moves: number } {
  const db = host.store.raw;
  const addBatch = db.prepare(
    'INSERT INTO batches (id, product_id, batch_no, mfg_date, expiry_date, mrp_paise, unit_cost_paise, supplier_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)',
  );
  const addMove = db.prepare(
    'INSERT INTO stock_moves (product_id, qty_milli, value_paise, kind, ref_type, ref_id, at, batch_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)',
  );
  const sales = salesPerProduct(products.length, MOVES - 2 * products.length, random);
  const day = (offset: number) => new Date(Date.UTC(2026, 3, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  let moves = 0;
  let batches = 0;
  const CHUNK = 2_000; // products per transaction: ~80,000 moves
  for (let start = 0; start < products.length; start += CHUNK) {
    db.transaction(() => {
      for (let i = start; i < Math.min(start + CHUNK, products.length); i++) {
        const p = products[i]!;
        const sold = sales[i]!;
        const lots = [0, 1].map((k) => {
          const id = `lot-bench-${i}-${k}`;
          const expiry = day(60 + Math.floor(random() * 500) + k * 90);
          addBatch.run(id, p.id, `B${i}${k}`, day(k * 30), expiry, p.mrpPaise, p.costPaise, `${day(k * 30)}T10:00:00.000Z`);
          batches++;
          return id;
        });
        // Enough bought for what is sold, plus some left on the shelf (some products none at all).
        const firstQty = Math.ceil(sold / 2) + Math.floor(random() * 6);
        const secondQty = sold - Math.ceil(sold / 2) + Math.floor(random() * 30);
        for (const [k, qty] of [firstQty, secondQty].entries()) {
          addMove.run(
            p.id,
            Math.max(qty, 1) * 1000,
            Math.max(qty, 1) * p.costPaise,
            'purchase',
            'purchase_bill',
            `pb-bench-${i}-${k}`,
            `${day(k * 30)}T10:00:00.000Z`,
            lots[k],
          );
          moves++;
        }
        for (let s = 0; s < sold; s++) {
          const lot = s < Math.ceil(sold / 2) ? lots[0]! : lots[1]!;
          addMove.run(p.id, -1000, -p.costPaise, 'sale', 'invoice', `inv-bench-${i}-${s}`, `${day(30 + (s % 200))}T12:00:00.000Z`, lot);
          moves++;
        }
      }
    })();
  }
  return { batches, moves };
}

let shared: BigShop | null = null;

/** The shared big shop (seeded on first use; removed when the process exits). */
export function bigShop(): BigShop {
  if (shared) return shared;
  const started = performance.now();
  const random = prng(44);
  const { products: base, skipped, rows } = loadCatalogues();
  const products = replicate(base, random);
  const { dir, cleanup } = tempDir('inventory');
  const host = createHost({ dbFile: join(dir, 'shop.sqlite'), log: () => {} });
  process.on('exit', () => {
    host.close();
    cleanup();
  });
  const createdAt = new Date().toISOString();
  host.store.transaction(() => {
    for (const p of products) host.store.catalog.insert({ ...p, createdAt });
  });
  const productsS = (performance.now() - started) / 1000;
  const seeded = seedMoves(host, products, random);
  host.store.raw.exec('ANALYZE');
  const count = (sql: string) => (host.store.raw.prepare(sql).get() as { n: number }).n;
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  shared = {
    host,
    products,
    seedSeconds,
    details: {
      products: count('SELECT count(*) AS n FROM products'),
      stockMoves: count('SELECT count(*) AS n FROM stock_moves'),
      lots: seeded.batches,
      seeding: `BigBasket 20k + DMart from the shared data folder (${skipped} of ${rows} rows without a price left out), replicated as ${VARIANTS.map((v) => v.suffix).join(', ')} up to ${PRODUCTS.toLocaleString('en')}; two lots per product; the moves written by prepared statements through the stock_moves trigger that keeps the balances, ${MOVES.toLocaleString('en')} in all`,
      productsSeconds: Math.round(productsS * 10) / 10,
      seedSeconds,
    },
  };
  return shared;
}
