import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { gs1CheckDigit } from '../../app/core/catalog/barcode';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { expectApiError } from '../support/api-errors';
import { trialBalanceDifference } from '../support/accounting';
import { hostWithClients, type TestHost } from '../support/test-host';
import { BUTTER, MALWA, PARLE, SUGAR } from '../support/demo-catalog';

const withCheck = (body: string) => body + gs1CheckDigit(body);

let host: TestHost;
let owner: ApiClient;
let manager: ApiClient;
let staff: ApiClient;
beforeAll(async () => ({ host, owner, manager, staff } = await hostWithClients({ owner: 'owner', manager: 'manager', staff: 'staff' })));
afterAll(() => host.dispose());

const sell = (productId: string, qtyMilli: number, ref: string, payable?: number) =>
  staff.call('billing.quote', { lines: [{ productId, qtyMilli }] }).then((q) =>
    staff.call('billing.postInvoice', {
      clientRef: ref,
      lines: [{ productId, qtyMilli }],
      tenders: [{ method: 'cash', amountPaise: payable ?? q.totals.payablePaise }],
    }),
  );

describe('selling from lots', () => {
  it('takes the lot that expires first, and never prices above that lot’s MRP', async () => {
    // A newer lot that expires sooner, printed at an older, lower MRP (₹60 where the catalogue says ₹62).
    await manager.call('purchasing.postBill', {
      supplierId: MALWA,
      supplierInvoiceNo: 'FEFO-1',
      supplierDate: '2026-11-24',
      lines: [{ productId: BUTTER, qtyMilli: 5000, unitCostPaise: 5000, expiryDate: '2026-12-15', mrpPaise: 6000, batchNo: 'OLDMRP' }],
    });
    const lots = await staff.call('inventory.lots', { productId: BUTTER });
    expect(lots[0]).toMatchObject({ batchNo: 'OLDMRP', expiryDate: '2026-12-15' });
    const bill = await sell(BUTTER, 2000, 'fefo-sale-0001');
    expect(bill.lines[0]).toMatchObject({ unitPricePaise: 6000, mrpPaise: 6000 });
    const moves = await staff.call('inventory.movesFor', { refId: bill.id });
    // Weighted average (the default): (30 × ₹57 + 5 × ₹50) / 35 = ₹56 a pack
    expect(moves).toMatchObject([{ batchId: lots[0]!.batchId, qtyMilli: -2000, valuePaise: -11_200, kind: 'sale' }]);
    // A manager may not set the price above the lot's MRP either.
    await expectApiError(manager.call('billing.quote', { lines: [{ productId: BUTTER, qtyMilli: 1000, unitPricePaise: 6200 }] }), 'PRICE_ABOVE_MRP');
    // Cancelling puts the goods back into the same lot.
    await manager.call('billing.cancelInvoice', { id: bill.id, reason: 'customer left it' });
    expect((await staff.call('inventory.lots', { productId: BUTTER }))[0]).toMatchObject({ batchNo: 'OLDMRP', qtyMilli: 5000 });
  });

  it('reads weighing-scale labels and pack barcodes', async () => {
    const weighed = await staff.call('catalog.byBarcode', { barcode: withCheck('210000501250') });
    expect(weighed).toMatchObject({ id: SUGAR, scan: { kind: 'scale', qtyMilli: 1250, pricePaise: null } });
    await owner.call('inventory.updateSettings', { scale: { enabled: true, prefixes: ['21', '22'], pluDigits: 5, valueDigits: 4, value: 'price' } });
    const priced = await staff.call('catalog.byBarcode', { barcode: withCheck('220000509200') });
    // ₹92.00 of sugar at ₹46/kg is 2 kg
    expect(priced.scan).toEqual({ kind: 'scale', qtyMilli: 2000, pricePaise: 9200 });
    await owner.call('inventory.updateSettings', { scale: { enabled: true, prefixes: ['21', '22'], pluDigits: 5, valueDigits: 5, value: 'weight' } });
    await expectApiError(staff.call('catalog.byBarcode', { barcode: withCheck('210099901250') }), 'UNKNOWN_BARCODE');

    const box = await manager.call('catalog.updateProduct', { id: PARLE, units: [{ name: 'box', qtyMilli: 24_000, barcode: withCheck('890171910104') }] });
    expect(box.units).toEqual([{ name: 'box', qtyMilli: 24_000, barcode: withCheck('890171910104') }]);
    expect((await staff.call('catalog.byBarcode', { barcode: withCheck('890171910104') })).scan).toEqual({ kind: 'pack', qtyMilli: 24_000, pricePaise: null });
    // The piece barcode is untouched, and the counter's index does not take the box code for one piece.
    expect(box.barcodes).toEqual([demoBarcode(14)]);
    expect((await staff.call('catalog.byBarcode', { barcode: demoBarcode(14) })).scan.qtyMilli).toBe(1000);
    const index = await staff.call('catalog.counterIndex', {});
    expect(index.find((p) => p.id === PARLE)?.barcodes).toEqual([demoBarcode(14)]);
    // A barcode in the scale's range cannot be a product's own.
    await expectApiError(manager.call('catalog.updateProduct', { id: PARLE, barcodes: [withCheck('210000000001')] }), 'INVALID_INPUT');
  });

  it('warns, or blocks, a sale the shelf cannot cover, as the owner chooses', async () => {
    const ghee = 'prod-demo-019'; // 12 on hand
    const quote = await staff.call('billing.quote', { lines: [{ productId: ghee, qtyMilli: 15_000 }] });
    expect(quote.stockWarnings).toEqual([{ productId: ghee, name: 'Amul Pure Ghee 1L', onHandMilli: 12_000, wantedMilli: 15_000 }]);
    await owner.call('inventory.updateSettings', { negativeStock: 'block' });
    const e = await expectApiError(staff.call('billing.quote', { lines: [{ productId: ghee, qtyMilli: 15_000 }] }), 'INSUFFICIENT_STOCK');
    expect(e.message).toBe('Only 12 of Amul Pure Ghee 1L in stock; 15 asked');
    await owner.call('inventory.updateSettings', { negativeStock: 'warn' });
    const sold = await sell(ghee, 15_000, 'short-sale-0001');
    expect((await staff.call('inventory.onHand', { productIds: [ghee] }))[0]!.qtyMilli).toBe(-3000);
    expect((await staff.call('inventory.movesFor', { refId: sold.id })).map((m) => [m.qtyMilli, m.batchId === null])).toEqual([
      [-12_000, false],
      [-3000, true],
    ]);
  });
});

describe('adjustments, stock takes, alerts and history', () => {
  it('writes damage off with the books following', async () => {
    const bread = 'prod-demo-020';
    const result = await manager.call('inventory.adjust', { lines: [{ productId: bread, qtyMilli: -2000, reason: 'damage' }], note: 'crushed' });
    expect(result.valueChangePaise).toBe(-8800);
    expect(result.moves).toMatchObject([{ qtyMilli: -2000, kind: 'adjustment', reason: 'damage' }]);
    const [entry] = await manager.call('accounting.entriesFor', { refId: result.refId });
    expect(entry!.lines.map((l) => [l.account, l.debitPaise - l.creditPaise])).toEqual([
      ['STOCK', -8800],
      ['STOCK_ADJUSTMENT', 8800],
    ]);
    await expectApiError(manager.call('inventory.adjust', { lines: [{ productId: bread, qtyMilli: -500_000, reason: 'theft' }] }), 'INSUFFICIENT_STOCK');
  });

  it('posts a stock take counted on two devices as one adjustment', async () => {
    const take = await manager.call('inventory.openStockTake', { name: 'Biscuits shelf' });
    await staff.call('inventory.recordCounts', { id: take.id, lines: [{ productId: 'prod-demo-040', countedMilli: 38_000 }] });
    const tablet = await host.as('staff', 'tablet-1');
    await tablet.call('inventory.recordCounts', {
      id: take.id,
      lines: [
        { productId: 'prod-demo-025', countedMilli: 52_000 },
        { productId: 'prod-demo-024', countedMilli: 40_000 },
      ],
    });
    const sheet = await staff.call('inventory.getStockTake', { id: take.id });
    expect(sheet.lines.map((l) => [l.name, l.bookMilli, l.countedMilli, l.varianceMilli])).toEqual([
      ['Cadbury Dairy Milk 50g', 50_000, 52_000, 2000],
      ['Good Day Cashew Cookies 200g', 40_000, 38_000, -2000],
      ['Haldiram Aloo Bhujia 200g', 40_000, 40_000, 0],
    ]);
    await expectApiError(staff.call('inventory.postStockTake', { id: take.id }), 'FORBIDDEN');
    const posted = await manager.call('inventory.postStockTake', { id: take.id });
    // +2 × ₹35 − 2 × ₹34
    expect(posted).toEqual({ id: take.id, adjustedLines: 2, valueChangePaise: 200 });
    expect((await staff.call('inventory.getStockTake', { id: take.id })).lines.map((l) => l.varianceMilli)).toEqual([2000, -2000, 0]);
    await expectApiError(staff.call('inventory.recordCounts', { id: take.id, lines: [{ productId: 'prod-demo-040', countedMilli: 1000 }] }), 'INVALID_INPUT');
    await expectApiError(manager.call('inventory.postStockTake', { id: take.id }), 'INVALID_INPUT');
  });

  it('lists lots about to expire, a product’s history with running balances, and values stock as the books do', async () => {
    const soon = await staff.call('inventory.expiring', { withinDays: 10 });
    expect(soon.map((l) => [l.productName, l.daysLeft])).toEqual([
      ['Amul Taaza Milk 500ml', 2],
      ['Britannia Bread 400g', 4],
      ['Amul Paneer 200g', 9],
    ]);
    const history = await manager.call('inventory.history', { productId: 'prod-demo-020' });
    expect(history.moves.map((m) => [m.kind, m.qtyMilli, m.balanceMilli])).toEqual([
      ['adjustment', -2000, 18_000],
      ['opening', 20_000, 20_000],
    ]);
    const valuation = await manager.call('inventory.valuation', {});
    const stock = host.store.raw.prepare("SELECT sum(debit_paise) - sum(credit_paise) AS v FROM journal_lines WHERE account_code = 'STOCK'").get() as {
      v: number;
    };
    expect(valuation.totalPaise).toBe(stock.v);
    expect(trialBalanceDifference(host.store.raw)).toBe(0);
  });

  it('low-stock and expiry filters in search', async () => {
    const low = await staff.call('catalog.search', { q: '', stock: 'low', limit: 50 });
    expect(low.map((p) => p.name)).toContain('Amul Paneer 200g');
    const expiring = await staff.call('catalog.search', { q: '', expiringWithinDays: 5, limit: 50 });
    expect(expiring.map((p) => p.name).sort()).toEqual(['Amul Taaza Milk 500ml', 'Britannia Bread 400g']);
    const cheapSpices = await staff.call('catalog.search', { q: '', category: 'Spices', maxPricePaise: 4500, limit: 50 });
    expect(cheapSpices.map((p) => p.name).sort()).toEqual(['Everest Haldi Powder 100g', 'Everest Red Chilli Powder 100g']);
    // a typo still finds it
    expect((await staff.call('catalog.search', { q: 'amull buttr', limit: 5 }))[0]?.name).toBe('Amul Butter 100g');
  });
});
