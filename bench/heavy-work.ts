import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../app/core/contract';
import { gs1CheckDigit } from '../app/core/catalog/barcode';
import { createHost, type Host } from '../app/host/create-host';
import { DEMO_PINS } from '../app/host/demo/demo-shop';
import { upload } from '../tests/support/imports';
import { billParams, makeCarts, prng, type Cart } from './bill-carts';
import type { Benchmark, Outcome } from './lib/result';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/tmp';
import { dataAvailable, loadCatalogues, type NewProduct } from './search-data';

/**
 * The counter while a manager imports a 25 MB workbook and exports 300,000 products: bills come
 * at a steady pace, and each one's wait is timed from the moment it was due (a blocked host makes
 * the timer fire late, which a plain round-trip timing would not see).
 */
const EXPORT_PRODUCTS = Number(process.env.HEAVY_EXPORT_PRODUCTS ?? 300_000);
const IMPORT_BYTES = Number(process.env.HEAVY_IMPORT_MB ?? 25) << 20;
const BILL_EVERY_MS = 50;
const IDLE_MS = 15_000;

interface BillSample {
  due: number;
  waitedMs: number;
}

async function login(host: Host, role: 'staff' | 'manager'): Promise<ApiClient> {
  const anon = host.client();
  const user = (await anon.call('auth.users', {})).find((u) => u.role === role)!;
  return host.client((await anon.call('auth.login', { userId: user.id, pin: DEMO_PINS[role], deviceId: `heavy-${role}`, deviceName: 'Counter' })).token);
}

function manyProducts(base: NewProduct[], count: number): NewProduct[] {
  const random = prng(91);
  const used = new Set<string>();
  const barcode = () => {
    for (;;) {
      const body = `890${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
      const code = body + gs1CheckDigit(body);
      if (!used.has(code)) return (used.add(code), code);
    }
  };
  return Array.from({ length: count }, (_, i) => {
    const from = base[i % base.length]!;
    return { ...from, id: `prod-heavy-${i}`, name: `${from.name} No ${Math.floor(i / base.length)}`.slice(0, 120), barcodes: [barcode()] };
  });
}

/** A workbook in the catalogue's own export layout, of `count` new products. */
async function workbookOf(base: NewProduct[], count: number): Promise<Uint8Array> {
  const random = prng(17);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => sink.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
  const ws = wb.addWorksheet('Catalogue');
  const headers = [
    'Name',
    'Hindi name',
    'Brand',
    'Category',
    'Sub-category',
    'Pack size',
    'Barcodes',
    'HSN',
    'GST %',
    'Cess %',
    'MRP',
    'Price',
    'Cost',
    'Unit',
    'Reorder level',
    'Reorder qty',
    'Active',
  ];
  ws.addRow(headers).commit();
  for (let rows = 0; rows < count; rows++) {
    const p = base[rows % base.length]!;
    const body = `890${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
    const price = p.pricePaise / 100;
    ws.addRow([
      `${p.name} Import ${rows}`,
      '',
      p.brand,
      p.category,
      p.subCategory,
      p.packSize,
      body + gs1CheckDigit(body),
      p.hsn,
      p.gstRateBp / 100,
      0,
      (p.mrpPaise ?? p.pricePaise) / 100,
      price,
      Math.round(price * 85) / 100,
      p.unit,
      2,
      24,
      'yes',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A workbook of about `bytes`: the size of a sample says how many rows that takes (the zip is written only at the end). */
async function importWorkbook(base: NewProduct[], bytes: number): Promise<{ file: Uint8Array; rows: number }> {
  const sample = 20_000;
  const perRow = (await workbookOf(base, sample)).length / sample;
  const rows = Math.min(390_000, Math.round(bytes / perRow));
  return { file: await workbookOf(base, rows), rows };
}

/** Bills at a steady pace until `stop()`; each sample is the wait from when the bill was due. */
async function counter(client: ApiClient, carts: Cart[], stop: () => boolean, from: number): Promise<BillSample[]> {
  const samples: BillSample[] = [];
  let due = performance.now();
  for (let i = from; !stop(); i++) {
    due += BILL_EVERY_MS;
    const now = performance.now();
    if (due > now) await new Promise((r) => setTimeout(r, due - now));
    await client.call('billing.postInvoice', billParams(carts[i % carts.length]!, i));
    samples.push({ due, waitedMs: performance.now() - due });
  }
  return samples;
}

const figuresOf = (samples: BillSample[]) => summarize(samples.map((s) => s.waitedMs));

async function measure(dir: string): Promise<Outcome> {
  const host = createHost({ dbFile: join(dir, 'shop.sqlite'), log: () => {}, offload: true });
  try {
    const { products: base } = loadCatalogues();
    const seedStarted = performance.now();
    const all = manyProducts(base, EXPORT_PRODUCTS);
    const createdAt = new Date().toISOString();
    for (let i = 0; i < all.length; i += 10_000)
      host.store.transaction(() => all.slice(i, i + 10_000).forEach((p) => host.store.catalog.insert({ ...p, createdAt })));
    const seedS = (performance.now() - seedStarted) / 1000;
    const workbook = await importWorkbook(base, IMPORT_BYTES);
    const staff = await login(host, 'staff');
    const manager = await login(host, 'manager');
    const carts = await makeCarts(staff, 64);
    // The worker starts once (not timed): a tiny preview.
    await manager.call('catalog.importPreview', { importId: await upload(manager, 'warm.csv', new TextEncoder().encode('Name,Price\nWarm up,10')) });

    let idleOver = false;
    setTimeout(() => (idleOver = true), IDLE_MS);
    const idle = await counter(staff, carts, () => idleOver, 0);

    const phases: Record<string, { from: number; to: number }> = {};
    const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const from = performance.now();
      try {
        return await work();
      } finally {
        phases[name] = { from, to: performance.now() };
      }
    };
    let heavyOver = false;
    const load = counter(staff, carts, () => heavyOver, idle.length);
    const exported = timed('export', () => manager.call('catalog.exportExcel', { what: 'catalog' }));
    const imported = (async () => {
      const importId = await timed('upload', () => upload(manager, 'catalogue.xlsx', workbook.file));
      const preview = await timed('preview', () => manager.call('catalog.importPreview', { importId }));
      const commit = await timed('commit', () => manager.call('catalog.importCommit', { importId }));
      return { preview, commit };
    })();
    const [exportResult, importResult] = await Promise.all([exported, imported]);
    heavyOver = true;
    const during = await load;

    const idleFigures = figuresOf(idle);
    const inPhase = (name: string) => during.filter((s) => s.due >= (phases[name]?.from ?? 0) && s.due <= (phases[name]?.to ?? 0));
    const readsOnly = during.filter((s) => s.due < (phases.commit?.from ?? Infinity));
    const figures = figuresOf(during);
    const seconds = (name: string) => Math.round(((phases[name]?.to ?? 0) - (phases[name]?.from ?? 0)) / 100) / 10;
    return {
      measures:
        'billing.postInvoice due every 50 ms from one counter (in-process client), each timed from when it was due to its reply, while a manager uploads, previews and commits a 25 MB .xlsx and exports 300,000 products to Excel at once',
      target: { p95Ms: Math.max(idleFigures.p95 * 2, 1) },
      pass: figures.p95 <= idleFigures.p95 * 2 && figures.max <= 100,
      samples: figures.n,
      figures,
      details: {
        idle: idleFigures,
        whileUploadingPreviewingAndExporting: figuresOf(readsOnly),
        byPhase: Object.fromEntries(
          Object.keys(phases).map((p) => [p, { seconds: seconds(p), bills: figuresOf(inPhase(p).length > 0 ? inPhase(p) : [{ due: 0, waitedMs: 0 }]) }]),
        ),
        targets: 'p95 while heavy ≤ 2 × idle p95, and no bill waits more than 100 ms',
        exportBytes: Buffer.from(exportResult.base64, 'base64').length,
        importFile: { bytes: workbook.file.length, rows: workbook.rows, valid: importResult.preview.valid, imported: importResult.commit.imported },
        products: EXPORT_PRODUCTS,
        seedSeconds: Math.round(seedS),
        where:
          'import preview, export and every spreadsheet parse run on the heavy-work worker (its own read-only connection); upload chunks and the commit’s checks and one transaction run on the host’s thread',
      },
    };
  } finally {
    host.close();
  }
}

export const heavyWork: Benchmark = {
  name: 'heavy-work',
  title: 'Counter bills while a 25 MB import and a 300,000-product export run',
  run: async () => {
    const missing = dataAvailable();
    if (missing) return { measures: 'see heavy-work', target: { p95Ms: 0 }, pass: null, samples: 0, figures: null, skipped: missing };
    return withTempDir('heavy-work', measure);
  },
};
