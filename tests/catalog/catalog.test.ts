import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient } from '../../app/core/contract/index';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { hostWithClients, type TestHost } from '../support/test-host';

let host: TestHost;
let staff: ApiClient;
let manager: ApiClient;
beforeEach(async () => ({ host, staff, manager } = await hostWithClients({ staff: 'staff', manager: ['manager', 'manager-pc'] })));
afterEach(() => host.dispose());

const names = async (q: string) => (await staff.call('catalog.search', { q, limit: 5 })).map((p) => p.name);
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ApiError ? e.code : 'not an ApiError'),
  );

describe('finding products the way a cashier types', () => {
  it.each([
    ['atta', 'Aashirvaad Atta 5kg'],
    ['aata', 'Aashirvaad Atta 5kg'],
    ['आटा', 'Aashirvaad Atta 5kg'],
    ['chini', 'Sugar (loose)'],
    ['cheeni', 'Sugar (loose)'],
    ['चीनी', 'Sugar (loose)'],
    ['toor daal', 'Toor Dal (loose)'],
    ['arhar', 'Toor Dal (loose)'],
    ['haldi', 'Everest Haldi Powder 100g'],
    ['pyaaz', 'Onion'],
    ['bhujiya', 'Haldiram Aloo Bhujia 200g'],
    ['colga', 'Colgate Toothpaste 200g'],
  ])('“%s” finds %s first', async (q, expected) => {
    expect((await names(q))[0]).toBe(expected);
  });

  it('finds by the start of a barcode and by the whole barcode', async () => {
    expect(await names(demoBarcode(14).slice(0, 10))).toContain('Parle-G Biscuit 250g');
    expect((await staff.call('catalog.byBarcode', { barcode: `]E0${demoBarcode(14)}` })).name).toBe('Parle-G Biscuit 250g');
  });

  it('a filtered search finds a weak match the best-scored hits leave out, and the same best ones either way', async () => {
    // Twelve short names score above the one long name; only the long one is a spice.
    for (let i = 0; i < 12; i++)
      await manager.call('catalog.addProduct', { name: `Zeera ${i}`, hsn: '0909', gstRateBp: 500, mrpPaise: 5000, pricePaise: 5000, category: 'Dry Fruits' });
    await manager.call('catalog.addProduct', {
      name: 'Zeera Whole Cumin Seeds Premium Quality Pack 100g',
      hsn: '0909',
      gstRateBp: 500,
      mrpPaise: 6000,
      pricePaise: 6000,
      category: 'Spices',
    });
    // limit 1 looks at the 10 best hits first: none is a spice, so it looks at them all.
    expect((await staff.call('catalog.search', { q: 'zeera', category: 'Spices', limit: 1 })).map((p) => p.name)).toEqual([
      'Zeera Whole Cumin Seeds Premium Quality Pack 100g',
    ]);
    const plain = (await staff.call('catalog.search', { q: 'zeera', limit: 3 })).map((p) => p.name);
    expect((await staff.call('catalog.search', { q: 'zeera', category: 'Dry Fruits', limit: 3 })).map((p) => p.name)).toEqual(plain);
  });

  it('answers an empty query with nothing, and an unknown barcode with a clear error', async () => {
    expect(await names('   ')).toEqual([]);
    expect(await codeOf(staff.call('catalog.byBarcode', { barcode: demoBarcode(998) }))).toBe('UNKNOWN_BARCODE');
  });
});

describe('adding a product', () => {
  const base = { name: 'Rin Bar 250g', hsn: '3401', gstRateBp: 1800, mrpPaise: 2200, pricePaise: 2200 };

  it('lets a manager add one that is found at once, and refuses staff', async () => {
    const p = await manager.call('catalog.addProduct', { ...base, nameHi: 'रिन साबुन', barcodes: [demoBarcode(500)] });
    expect((await staff.call('catalog.byBarcode', { barcode: demoBarcode(500) })).id).toBe(p.id);
    expect(await names('रिन')).toEqual(['Rin Bar 250g']);
    expect(await codeOf(staff.call('catalog.addProduct', base))).toBe('FORBIDDEN');
  });

  it.each([
    ['a barcode another product has', { barcodes: [demoBarcode(1)] }, 'DUPLICATE'],
    ['a wrong check digit', { barcodes: ['8901234567891'] }, 'INVALID_INPUT'],
    ['a price above MRP', { pricePaise: 2300 }, 'PRICE_ABOVE_MRP'],
    ['a negative cost', { costPaise: -1 }, 'BAD_PARAMS'],
    ['an HSN of 5 digits', { hsn: '34011' }, 'BAD_PARAMS'],
  ])('refuses %s and adds nothing', async (_what, change, code) => {
    const before = host.store.raw.prepare('SELECT count(*) AS n FROM products').get();
    expect(await codeOf(manager.call('catalog.addProduct', { ...base, ...change }))).toBe(code);
    expect(host.store.raw.prepare('SELECT count(*) AS n FROM products').get()).toEqual(before);
  });
});

describe('products not on sale', () => {
  it('are left out of a search unless asked for: by words, by the start of a barcode, or all of them', async () => {
    await manager.call('catalog.updateProduct', { id: 'prod-demo-014', active: false });
    const find = (q: string, sale?: 'on' | 'off' | 'any') => staff.call('catalog.search', { q, limit: 5, ...(sale ? { sale } : {}) });
    const prefix = demoBarcode(14).slice(0, 10);
    for (const q of ['parle', prefix]) {
      expect((await find(q)).map((p) => p.id)).not.toContain('prod-demo-014');
      expect((await find(q, 'off')).map((p) => [p.id, p.active])).toEqual([['prod-demo-014', false]]);
      expect((await find(q, 'any')).map((p) => p.id)).toContain('prod-demo-014');
    }
    expect((await find('', 'off')).map((p) => p.id)).toEqual(['prod-demo-014']);
    expect(await find('')).toEqual([]);
  });
});
