import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { say } from '../../app/core/i18n/fail';
import { expectApiError } from '../support/api-errors';
import { DATA_DIR, dataFile, upload } from '../support/imports';
import { hostWithClients, type TestHost } from '../support/test-host';

const OFF = 'openfoodfacts_india_890_barcodes.csv';
const enc = (text: string) => new TextEncoder().encode(text);

let host: TestHost;
let manager: ApiClient;
let staff: ApiClient;
beforeAll(async () => ({ host, manager, staff } = await hostWithClients({ manager: 'manager', staff: 'staff' })));
afterAll(() => host.dispose());

describe.runIf(existsSync(join(DATA_DIR, OFF)))('the Open Food Facts file says what it will do', () => {
  it('names the inactive rows (no price) and the guessed HSN before writing, and a bulk fix replaces the guess', async () => {
    const importId = await upload(manager, OFF, dataFile(OFF));
    const preview = await manager.call('catalog.importPreview', { importId });
    expect(preview.summary).toMatchObject({ forSale: 0, inactive: 874, hsnGuessed: 874, alreadyInCatalogue: 0, skipped: 5 });
    expect(preview.summary.guesses).toEqual([{ category: '', hsn: '9603', gstRateBp: 1800, rows: 874, firstLine: 2 }]);
    expect(preview.sample[0]).toMatchObject({ active: false, hsnGuessed: true });

    const fixed = await manager.call('catalog.importPreview', { importId, hsnFixes: [{ category: '', hsn: '2106', gstRateBp: 500 }] });
    expect(fixed.summary.hsnGuessed).toBe(0);
    expect(fixed.sample[0]).toMatchObject({ hsn: '2106', gstRateBp: 500, hsnGuessed: false });
    const bad = await expectApiError(
      manager.call('catalog.importPreview', { importId, hsnFixes: [{ category: '', hsn: '21', gstRateBp: 500 }] }),
      'INVALID_INPUT',
    );
    expect(bad.message).toBe('HSN "21" must have 4, 6 or 8 digits');

    const result = await manager.call('catalog.importCommit', { importId, hsnFixes: [{ category: '', hsn: '2106', gstRateBp: 500 }] });
    expect(result).toMatchObject({ imported: 874, inactive: 874, hsnGuessed: 0 });
    const joghurt = await manager.call('catalog.byBarcode', { barcode: '8900200024016', inactive: true });
    expect(joghurt).toMatchObject({ name: 'Myrtille Joghurt', active: false, hsn: '2106', gstRateBp: 500 });
  }, 120_000);

  it('an inactive product never reaches the counter: not in its barcode index, and a scan says why in words', async () => {
    const index = await staff.call('catalog.counterIndex', {});
    expect(index.some((p) => p.barcodes.includes('8900200024016'))).toBe(false);
    const refused = await expectApiError(staff.call('catalog.byBarcode', { barcode: '8900200024016' }), 'INVALID_INPUT');
    expect(refused.message).toBe('Myrtille Joghurt is not on sale: it has no selling price. Set its price in Catalogue first');
    expect(refused.message).not.toMatch(/prod-/);
    // The screens word it from the key, in English or Hindi.
    expect(refused.key).toBe('catalog.notOnSale');
    expect(say('hi', 'catalog.notOnSale', { product: 'Myrtille Joghurt' })).toBe('Myrtille Joghurt बिक्री में नहीं है: इसकी बिक्री कीमत नहीं है। पहले कैटलॉग में कीमत डालें');
  });

  it('importing the same file again: every row is "already in the catalogue", named by product, never by id', async () => {
    const preview = await manager.call('catalog.importPreview', { importId: await upload(manager, 'again.csv', dataFile(OFF)) });
    expect(preview.valid).toBe(0);
    expect(preview.summary.alreadyInCatalogue).toBe(874);
    const line2 = preview.errors.find((e) => e.line === 2);
    expect(line2).toMatchObject({ existing: true, message: 'Barcode 8900200024016 already belongs to Myrtille Joghurt' });
    expect(preview.errors.some((e) => /prod-/.test(e.message))).toBe(false);
  }, 120_000);
});

describe('files that are not what they say', () => {
  it('a PNG renamed .csv says it is a picture, not "choose the name column"', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    const importId = await upload(manager, 'products.csv', png);
    const e = await expectApiError(manager.call('catalog.importPreview', { importId }), 'INVALID_INPUT');
    expect(e.message).toBe('products.csv is not a spreadsheet (it looks like a PNG picture); choose a .csv or .xlsx file');
  });

  it('a product without a barcode already in the catalogue is named, never its id', async () => {
    const csv = 'Name,Brand,HSN,GST %,MRP,Price\nKhari Toast 200g,Local,1905,5,40,38\n';
    await manager.call('catalog.importCommit', { importId: await upload(manager, 'one.csv', enc(csv)) });
    const preview = await manager.call('catalog.importPreview', { importId: await upload(manager, 'two.csv', enc(csv)) });
    expect(preview.errors).toEqual([{ line: 2, field: 'name', message: 'Already in the catalogue as Local Khari Toast 200g', existing: true }]);
    expect(preview.summary).toMatchObject({ alreadyInCatalogue: 1, skipped: 0, forSale: 0 });
  });

  it('a Hindi preview says every row’s reason and field in Hindi, naming the product; English stays English', async () => {
    const hindi = await host.as('manager', 'import-hindi', 'hi');
    const csv = [
      'Name,Brand,Barcode,HSN,GST %,MRP,Price,Unit',
      'Khari Toast 200g,Local,,1905,5,40,38,pcs',
      'Rusk 300g,Local,8901234567891,1905,5,50,48,pcs',
      'Namkeen 200g,Local,,19,7,50,60,tin',
      ',Local,,1905,5,40,38,pcs',
    ].join('\n');
    const preview = await hindi.call('catalog.importPreview', { importId: await upload(hindi, 'hi.csv', enc(csv)) });
    const said = preview.errors.map((e) => e.message);
    expect(said).toContain('सूची में पहले से Local Khari Toast 200g के नाम से है');
    expect(said).toContain('बारकोड 8901234567891 का आखिरी (जाँच) अंक गलत है');
    expect(said).toContain('HSN "19" में 4, 6 या 8 अंक होने चाहिए');
    expect(said).toContain('इकाई "tin" इनमें से नहीं है: pcs, kg, l, g, ml, pack, box, dozen');
    expect(said).toContain('सामान का नाम नहीं है');
    expect(said.join(' ')).not.toMatch(/already|catalogue|check digit|must have|is not|No product/);
    const english = await manager.call('catalog.importPreview', { importId: await upload(manager, 'en.csv', enc(csv)) });
    expect(english.errors.map((e) => e.message)).toContain('Barcode 8901234567891 has a wrong check digit');
  });
});
