import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { expectApiError } from '../support/api-errors';
import { DATA_DIR, dataFile, upload } from '../support/imports';
import { hostWithClients, type TestHost } from '../support/test-host';

const count = (db: TestHost['store']['raw'], table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const enc = (text: string) => new TextEncoder().encode(text);

let host: TestHost;
let manager: ApiClient;
beforeAll(async () => ({ host, manager } = await hostWithClients({ manager: 'manager' })));
afterAll(() => host.dispose());

// The real catalogues in ../shared/data: every row is imported or reported with its line and reason.
const REAL = [
  // file, layout recognised, data rows, imported, reported, a reported line and what it says
  ['dmart_products.csv', 'dmart', 5189, 5183, 6, 6023, 'No product name'],
  ['bigbasket_products_20k.csv', 'bigbasket', 20000, 19254, 746, 245, 'Same product (name, brand, pack size, MRP and price) as line 152'],
  ['openfoodfacts_india_890_barcodes.csv', 'openfoodfacts', 879, 874, 5, 21, 'Barcode 890103008303 has a wrong check digit'],
  // (run after the others: one of its products came in with the BigBasket file already)
  ['bigbasket_products_packsize_1500.csv', 'bigbasketPacks', 1500, 1496, 4, 277, 'as line 276'],
] as const;

describe.runIf(existsSync(join(DATA_DIR, REAL[0][0])))('importing the real catalogues', () => {
  it.each(REAL)(
    '%s: preview, then commit in one go; every left-out row is reported',
    async (file, preset, rows, valid, reported, line, reason) => {
      const before = count(host.store.raw, 'products');
      const importId = await upload(manager, file, dataFile(file));
      const preview = await manager.call('catalog.importPreview', { importId });
      expect(preview).toMatchObject({ preset, rows, valid });
      expect(preview.errors.length).toBe(reported);
      expect(preview.errors.find((e) => e.line === line)?.message).toContain(reason);
      // The preview wrote nothing.
      expect(count(host.store.raw, 'products')).toBe(before);

      const result = await manager.call('catalog.importCommit', { importId });
      expect(result).toMatchObject({ imported: valid, skipped: rows - valid });
      // Rows and reported rows account for every data row: none is dropped silently.
      expect(new Set(result.errors.map((e) => e.line)).size + result.imported).toBe(rows);
      expect(count(host.store.raw, 'products')).toBe(before + valid);
      await expectApiError(manager.call('catalog.importCommit', { importId }), 'DUPLICATE');
    },
    60_000,
  );

  it('finds imported products by brand, Hinglish and barcode, and their prices obey MRP', async () => {
    const staff = await host.as('staff');
    const [dal] = await staff.call('catalog.search', { q: 'tata sampann chana dal', limit: 5 });
    expect(dal?.name).toMatch(/^Tata Sampann .*Chana Dal/);
    expect(dal?.category).not.toBe('');
    expect(dal!.pricePaise).toBeLessThanOrEqual(dal!.mrpPaise!);
    const off = await staff.call('catalog.byBarcode', { barcode: '8900200024016', inactive: true });
    expect(off.name).toBe('Myrtille Joghurt');
    // Without a price in the file, a product is kept but cannot be sold until it has one.
    expect(off.active).toBe(false);
  });

  it('exports the catalogue and stock to Excel that imports back', async () => {
    const file = await manager.call('catalog.exportExcel', { what: 'catalog' });
    expect(file.fileName).toMatch(/^catalogue-\d{2}-\d{2}-\d{4}\.xlsx$/);
    const again = await manager.call('catalog.importPreview', {
      importId: await upload(manager, 'again.xlsx', new Uint8Array(Buffer.from(file.base64, 'base64'))),
    });
    expect(again.preset).toBe('smartkirana');
    // Everything is already in the catalogue: the products with barcodes by their barcodes, the rest by name and price.
    expect(again.valid).toBe(0);
    expect(again.errors.length).toBe(again.rows);
    const stock = await manager.call('catalog.exportExcel', { what: 'stock' });
    expect(Buffer.from(stock.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});

describe('bad files and bad rows', () => {
  const HEAD = 'Name,Brand,Barcodes,HSN,GST %,MRP,Price,Cost\n';

  it('reports each bad row with its line and reason, imports the good ones, and half-imports nothing', async () => {
    const csv = [
      HEAD.trimEnd(),
      'Good Biscuit 100g,Parle,8901719101038,1905,5,10,10,8', // line 2: good
      'Dup Code,Parle,8901719101038,1905,5,10,10,8', // line 3: duplicate barcode in the file
      'Bad Check,Parle,8901719101039,1905,5,10,10,8', // line 4: wrong check digit
      'Negative,Parle,,1905,5,10,10,-8', // line 5: negative cost
      'Too Dear,Parle,,1905,5,10,12,8', // line 6: price above MRP
      'Odd Rate,Parle,,1905,7,10,10,8', // line 7: not a GST slab
      '"Multi-line\nname",Amul,,0405,5,62,62,57', // lines 8–9: a quoted value over two lines, good
      'Short HSN,Amul,,405,5,62,62,57', // line 10: HSN of 3 digits
      'Existing,Amul,2000000000015,1101,5,305,285,260', // line 11: the demo atta's barcode
    ].join('\n');
    const importId = await upload(manager, 'bad.csv', enc(csv));
    const preview = await manager.call('catalog.importPreview', { importId });
    expect(preview.valid).toBe(2);
    expect(preview.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'barcode'],
      [4, 'barcode'],
      [5, 'cost'],
      [6, 'price'],
      [7, 'gstRate'],
      [10, 'hsn'],
      [11, 'barcode'],
    ]);
    expect(preview.errors[0]!.message).toBe('Barcode 8901719101038 is also on line 2');
    expect(preview.errors[2]!.message).toContain('negative');
    expect(preview.errors[6]!.message).toContain('already belongs to Aashirvaad Atta 5kg');
    const result = await manager.call('catalog.importCommit', { importId });
    expect(result.imported).toBe(2);
    const staff = await host.as('staff');
    expect((await staff.call('catalog.byBarcode', { barcode: '8901719101038' })).name).toBe('Parle Good Biscuit 100g');
    expect((await staff.call('catalog.search', { q: 'multi line name', limit: 5 }))[0]?.name).toBe('Amul Multi-line name');
  });

  it('a broken quote: the rows it swallows are reported, with the lines they span', async () => {
    const csv = `${HEAD}Fine,Brand,,1905,5,10,10,8\n"Broken,Brand,,1905,5,10,10,8\nAlso fine,Brand,,1905,5,10,10,8\n`;
    const preview = await manager.call('catalog.importPreview', { importId: await upload(manager, 'quotes.csv', enc(csv)) });
    expect(preview.valid).toBe(1);
    expect(preview.errors).toEqual([{ line: 3, field: 'file', message: expect.stringMatching(/never closed: lines 3–\d were read as one row/) }]);
  });

  it('a wrong encoding: read as Windows-1252 when UTF-8 fails, and reported when UTF-8 is insisted on', async () => {
    // "Café Coffee" saved by Excel as ANSI: é is the single byte 0xE9, which is not UTF-8.
    const ansi = Buffer.concat([Buffer.from(`${HEAD}Caf`), Buffer.from([0xe9]), Buffer.from(' Coffee 50g,Bru,,2101,5,175,175,155\n')]);
    const importId = await upload(manager, 'ansi.csv', new Uint8Array(ansi));
    const guessed = await manager.call('catalog.importPreview', { importId });
    expect(guessed.encoding).toBe('windows-1252');
    expect(guessed.sample[0]?.name).toBe('Bru Café Coffee 50g');
    const strict = await manager.call('catalog.importPreview', { importId, encoding: 'utf-8' });
    expect(strict.valid).toBe(0);
    expect(strict.errors).toEqual([{ line: 2, field: 'file', message: expect.stringContaining('not valid UTF-8') }]);
  });

  it('a file that fails as a whole writes nothing: a commit error rolls every row back', async () => {
    const before = count(host.store.raw, 'products');
    const importId = await upload(manager, 'two.csv', enc(`${HEAD}One,B,,1905,5,10,10,8\nTwo,B,,1905,5,10,10,8\n`));
    // A product id that already exists makes the second insert fail inside the transaction.
    const ids = host.deps.ids;
    let n = 0;
    host.deps.ids = { newId: (kind) => (kind === 'prod' ? (n++ === 0 ? 'prod-x-1' : 'prod-demo-001') : ids.newId(kind)) };
    try {
      await expectApiError(manager.call('catalog.importCommit', { importId }), 'INTERNAL');
    } finally {
      host.deps.ids = ids;
    }
    expect(count(host.store.raw, 'products')).toBe(before);
    expect((await manager.call('catalog.importCommit', { importId })).imported).toBe(2);
  });

  it('refuses a mapping to a column the file lacks, and a file with no name column', async () => {
    const importId = await upload(manager, 'cols.csv', enc('Code,Cost\n123,4\n'));
    await expectApiError(manager.call('catalog.importPreview', { importId }), 'INVALID_INPUT');
    await expectApiError(manager.call('catalog.importPreview', { importId, mapping: { name: 'Title' } }), 'INVALID_INPUT');
  });
});
