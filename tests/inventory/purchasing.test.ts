import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { expectApiError } from '../support/api-errors';
import { trialBalanceDifference, unbalancedEntries } from '../support/accounting';
import { hostWithClients, type TestHost } from '../support/test-host';
import { BUTTER, MALWA, PARLE } from '../support/demo-catalog';

let host: TestHost;
let manager: ApiClient;
let staff: ApiClient;
beforeAll(async () => ({ host, manager, staff } = await hostWithClients({ manager: 'manager', staff: 'staff' })));
afterAll(() => host.dispose());

const lines = (entry: { lines: Array<{ account: string; debitPaise: number; creditPaise: number; partyId: string | null }> }) =>
  entry.lines.map((l) => [l.account, l.debitPaise - l.creditPaise, l.partyId]);

describe('a purchase bill', () => {
  it('receives lots with batch, expiry, MRP and free goods, raises stock and credits the supplier', async () => {
    const before = (await staff.call('inventory.onHand', { productIds: [BUTTER] }))[0]!.qtyMilli;
    const bill = await manager.call('purchasing.postBill', {
      supplierId: MALWA,
      supplierInvoiceNo: 'MA/1187',
      supplierDate: '2026-11-23',
      lines: [
        {
          productId: BUTTER,
          qtyMilli: 24_000,
          freeMilli: 2000,
          unitCostPaise: 5400,
          batchNo: 'AB2611',
          mfgDate: '2026-11-01',
          expiryDate: '2027-04-30',
          mrpPaise: 6400,
        },
      ],
    });
    // 24 × ₹54 = ₹1,296.00 taxable; GST 5% intra-state: CGST = SGST = ₹32.40; ₹1,360.80 → ₹1,361.00 payable
    expect(bill.totals).toEqual({
      taxablePaise: 129_600,
      cgstPaise: 3240,
      sgstPaise: 3240,
      igstPaise: 0,
      cessPaise: 0,
      roundOffPaise: 20,
      totalPaise: 136_100,
    });
    expect(bill.lines[0]).toMatchObject({ batchNo: 'AB2611', expiryDate: '2027-04-30', mrpPaise: 6400, qtyMilli: 24_000, freeMilli: 2000 });
    expect((await staff.call('inventory.onHand', { productIds: [BUTTER] }))[0]!.qtyMilli).toBe(before + 26_000);
    // The lot's cost per unit counts the free goods: ₹1,296 over 26 = ₹49.85
    const lot = (await staff.call('inventory.lots', { productId: BUTTER })).find((l) => l.batchNo === 'AB2611');
    expect(lot).toMatchObject({ qtyMilli: 26_000, valuePaise: 129_600, unitCostPaise: 4985, supplierId: MALWA });

    const [entry] = await manager.call('accounting.entriesFor', { refId: bill.id });
    expect(entry!.voucherType).toBe('purchase');
    expect(lines(entry!)).toEqual([
      ['STOCK', 129_600, null],
      ['INPUT_CGST', 3240, null],
      ['INPUT_SGST', 3240, null],
      ['ROUND_OFF', 20, null],
      ['CREDITORS', -136_100, MALWA],
    ]);
    expect(trialBalanceDifference(host.store.raw)).toBe(0);
  });

  it('an inter-state supplier charges IGST', async () => {
    const far = await manager.call('suppliers.add', { name: 'Delhi Dry Fruits', gstin: null, stateCode: '07', paymentTermsDays: 30 });
    const bill = await manager.call('purchasing.postBill', {
      supplierId: far.id,
      supplierInvoiceNo: 'DDF-9',
      supplierDate: '2026-11-20',
      lines: [{ productId: PARLE, qtyMilli: 10_000, unitCostPaise: 2000, discountPaise: 1000 }],
    });
    expect(bill.supply).toBe('inter');
    // 10 × ₹20 − ₹10 = ₹190.00; IGST 5% = ₹9.50; ₹199.50 rounds half-up to ₹200.00
    expect(bill.totals).toMatchObject({ taxablePaise: 19_000, igstPaise: 950, cgstPaise: 0, roundOffPaise: 50, totalPaise: 20_000 });
  });

  it('refuses the same supplier bill twice, an expiry before manufacture, a negative cost, an expired lot', async () => {
    const base = { supplierId: MALWA, supplierDate: '2026-11-23', lines: [{ productId: PARLE, qtyMilli: 1000, unitCostPaise: 2000 }] };
    await expectApiError(manager.call('purchasing.postBill', { ...base, supplierInvoiceNo: 'MA/1187' }), 'DUPLICATE');
    const bad = async (line: object, message: RegExp) => {
      const e = await expectApiError(
        manager.call('purchasing.postBill', {
          ...base,
          supplierInvoiceNo: `X-${Math.random()}`,
          lines: [{ productId: PARLE, qtyMilli: 1000, unitCostPaise: 2000, ...line }],
        }),
        'INVALID_INPUT',
      );
      expect(e.message).toMatch(message);
    };
    await bad({ mfgDate: '2026-11-01', expiryDate: '2026-10-01' }, /expiry 01-10-2026 is before manufacture 01-11-2026/);
    await bad({ unitCostPaise: -5 }, /Cost of Parle-G Biscuit 250g cannot be negative/);
    await bad({ expiryDate: '2026-11-01' }, /expired on 01-11-2026/);
    await bad({ qtyMilli: 1500 }, /whole pieces/);
    expect(await manager.call('purchasing.listBills', { supplierId: MALWA })).toHaveLength(1);
  });

  it('a purchase return (debit note) sends goods back from the same lot and reverses the input tax', async () => {
    const [bill] = await manager.call('purchasing.listBills', { supplierId: MALWA });
    const full = await manager.call('purchasing.getBill', { id: bill!.id });
    const batchId = full.lines[0]!.batchId;
    const note = await manager.call('purchasing.postReturn', { billId: full.id, lines: [{ batchId, qtyMilli: 2000 }], reason: 'Two packs leaking' });
    expect(note.kind).toBe('return');
    expect(note.number).toMatch(/^C\dDN\/2627\/00001$/);
    // 2 of 26 of the lot's ₹1,296 = ₹99.69 at book cost; GST 5% on it
    expect(note.totals).toMatchObject({ taxablePaise: 9969, cgstPaise: 249, sgstPaise: 249 });
    const [entry] = await manager.call('accounting.entriesFor', { refId: note.id });
    expect(entry!.voucherType).toBe('purchase_return');
    expect(lines(entry!)).toEqual(
      [
        ['CREDITORS', note.totals.totalPaise, MALWA],
        ['ROUND_OFF', -note.totals.roundOffPaise, null],
        ['STOCK', -9969, null],
        ['INPUT_CGST', -249, null],
        ['INPUT_SGST', -249, null],
      ].filter((l) => l[1] !== 0),
    );
    const moves = await manager.call('inventory.movesFor', { refId: note.id });
    expect(moves).toMatchObject([{ batchId, qtyMilli: -2000, valuePaise: -9969, kind: 'purchase_return' }]);
    await expectApiError(
      manager.call('purchasing.postReturn', { billId: full.id, lines: [{ batchId, qtyMilli: 25_000 }], reason: 'too many' }),
      'INVALID_QUANTITY',
    );
    expect(unbalancedEntries(host.store.raw)).toEqual([]);
  });
});

describe('purchase orders', () => {
  it('from the low-stock list, shared as PDF and WhatsApp, received into a bill', async () => {
    const low = await manager.call('inventory.lowStock', {});
    expect(low.map((l) => l.name)).toEqual(expect.arrayContaining(['Amul Paneer 200g', 'Amul Pure Ghee 1L']));
    const draft = await manager.call('purchasing.orderFromLowStock', {});
    const ghee = draft.find((l) => l.name === 'Amul Pure Ghee 1L')!;
    expect(ghee.qtyMilli).toBe(24_000);
    const po = await manager.call('purchasing.createOrder', {
      supplierId: MALWA,
      lines: draft.map(({ productId, qtyMilli }) => ({ productId, qtyMilli })),
      notes: 'Before Saturday',
    });
    expect(po.number).toMatch(/^C\dPO\/2627\/00001$/);
    expect(po.status).toBe('open');

    const pdf = await manager.call('purchasing.orderPdf', { id: po.id });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const share = await manager.call('purchasing.orderShare', { id: po.id });
    expect(share.whatsappUrl).toMatch(/^https:\/\/wa\.me\/919826012345\?text=/);
    expect(share.text).toContain('Amul Pure Ghee 1L — 24 pcs');

    const receipt = await manager.call('purchasing.receiveOrder', { id: po.id });
    expect(receipt.lines.map((l) => l.productId)).toEqual(po.lines.map((l) => l.productId));
    const partial = receipt.lines.map((l, i) => ({ ...l, qtyMilli: i === 0 ? 1000 : l.qtyMilli, expiryDate: '2027-06-30', batchNo: `PO${i}` }));
    await manager.call('purchasing.postBill', { supplierId: MALWA, supplierInvoiceNo: 'MA/1200', supplierDate: '2026-11-24', poId: po.id, lines: partial });
    const after = await manager.call('purchasing.getOrder', { id: po.id });
    expect(after.status).toBe('partial');
    expect((await manager.call('purchasing.receiveOrder', { id: po.id })).lines).toHaveLength(1);
    await expectApiError(manager.call('purchasing.cancelOrder', { id: po.id }), 'INVALID_INPUT');
    expect((await manager.call('inventory.lowStock', {})).map((l) => l.name)).not.toContain('Amul Pure Ghee 1L');
  });
});
