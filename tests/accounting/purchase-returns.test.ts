import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract/index';
import { gstinCheckChar } from '../../app/core/gst/index';
import { hostWithClients, type TestHost } from '../support/test-host';

/**
 * GSTR-3B table 4 and the purchase register from purchasing's documents, with figures worked by
 * hand (November 2026, the shop in Madhya Pradesh, 23):
 *   A  Malwa Agencies (23, registered) bill MA/1187 of 23-11: 24 butter × ₹54.00 = ₹1,296.00,
 *      CGST = SGST 2.5% = ₹32.40, ₹1,360.80 → ₹1,361.00
 *   B  Delhi Dry Fruits (07) bill DDF-9 of 20-11: 10 biscuits × ₹20.00 − ₹10.00 = ₹190.00, IGST 5%
 *      = ₹9.50, ₹199.50 → ₹200.00
 *   DN debit note to Malwa against MA/1187: 2 butter at the lot's cost, 2/26 × ₹1,296 = ₹99.69,
 *      CGST = SGST 2.5% = ₹2.49 (₹2.492), ₹104.67 → ₹105.00
 *   E  freight from Malwa on credit: ₹1,000.00 + CGST ₹90.00 + SGST ₹90.00
 *   4(A)(5): IGST 9.50; CGST = SGST 32.40 − 2.49 + 90.00 = ₹119.91; 4(A)(3) reverse charge 0.
 */
const MALWA = 'supp-demo-001';
const MALWA_GSTIN = '23AAHFM4321K1Z' + gstinCheckChar('23AAHFM4321K1Z');
let host: TestHost;
let m: ApiClient;
let far: string;
beforeAll(async () => {
  ({ host, m } = await hostWithClients({ m: 'manager' }));
  far = (await m.call('suppliers.add', { name: 'Delhi Dry Fruits', gstin: null, stateCode: '07', paymentTermsDays: 30 })).id;
  const a = await m.call('purchasing.postBill', {
    supplierId: MALWA,
    supplierInvoiceNo: 'MA/1187',
    supplierDate: '2026-11-23',
    lines: [{ productId: 'prod-demo-016', qtyMilli: 24_000, freeMilli: 2000, unitCostPaise: 5400, batchNo: 'AB2611', expiryDate: '2027-04-30' }],
  });
  await m.call('purchasing.postBill', {
    supplierId: far,
    supplierInvoiceNo: 'DDF-9',
    supplierDate: '2026-11-20',
    lines: [{ productId: 'prod-demo-014', qtyMilli: 10_000, unitCostPaise: 2000, discountPaise: 1000 }],
  });
  await m.call('purchasing.postReturn', { billId: a.id, lines: [{ batchId: a.lines[0]!.batchId, qtyMilli: 2000 }], reason: 'Two packs leaking' });
  await m.call('accounting.expense', {
    account: 'FREIGHT',
    amountPaise: 100_000,
    supplierId: MALWA,
    tax: { cgstPaise: 9000, sgstPaise: 9000 },
    reference: 'LR 4471',
  });
});
afterAll(() => host.dispose());

describe('GSTR-3B table 4 from purchase documents', () => {
  it('takes ITC from the bills less debit notes plus expense bills, equal to the input GST accounts', async () => {
    const r = await m.call('gst.gstr3b', { period: '112026' });
    expect(r.itc.documents).toEqual({
      bills: { igstPaise: 950, cgstPaise: 3240, sgstPaise: 3240, cessPaise: 0 },
      billsTaxablePaise: 129_600 + 19_000,
      debitNotes: { igstPaise: 0, cgstPaise: 249, sgstPaise: 249, cessPaise: 0 },
      debitNotesTaxablePaise: 9969,
      expenses: { igstPaise: 0, cgstPaise: 9000, sgstPaise: 9000, cessPaise: 0 },
    });
    expect(r.itc.available).toEqual({ igstPaise: 950, cgstPaise: 11_991, sgstPaise: 11_991, cessPaise: 0 });
    expect(r.itc.reverseCharge).toEqual({ igstPaise: 0, cgstPaise: 0, sgstPaise: 0, cessPaise: 0 });
    expect(r.outward.reverseCharge.taxablePaise).toBe(0);
    expect(r.itc.net).toEqual(r.itc.available);
    expect(r.itc.books).toEqual(r.itc.available);
    expect(r.issues.filter((i) => i.code === 'ITC_BOOKS')).toEqual([]);
    // no purchases in October
    expect((await m.call('gst.gstr3b', { period: '102026' })).itc.available).toEqual({ igstPaise: 0, cgstPaise: 0, sgstPaise: 0, cessPaise: 0 });
  });

  it('names a difference between the documents and the input GST accounts', async () => {
    const owner = await host.as('owner');
    const e = await owner.call('accounting.journal', {
      narration: 'Input credit carried by hand',
      lines: [
        { account: 'INPUT_CGST', debitPaise: 500 },
        { account: 'CASH', creditPaise: 500 },
      ],
    });
    const r = await m.call('gst.gstr3b', { period: '112026' });
    expect(r.itc.available.cgstPaise).toBe(11_991);
    expect(r.itc.books.cgstPaise).toBe(12_491);
    expect(r.issues.find((i) => i.code === 'ITC_BOOKS')?.message).toMatch(/CGST ₹5\.00/);
    await owner.call('accounting.reverseVoucher', { id: e.id, reason: 'entered by mistake' });
    expect((await m.call('gst.gstr3b', { period: '112026' })).issues.filter((i) => i.code === 'ITC_BOOKS')).toEqual([]);
  });
});

describe('the purchase register', () => {
  it('shows the supplier’s bill number, GSTIN and date, debit notes as negatives, and expense bills', async () => {
    const r = await m.call('accounting.purchaseRegister', { from: '2026-11-01', to: '2026-11-30' });
    const rows = r.rows.map((x) => [
      x.voucherType,
      x.number,
      x.supplierName,
      x.supplierGstin,
      x.supplierDate,
      x.against,
      x.taxablePaise,
      x.cgstPaise,
      x.sgstPaise,
      x.igstPaise,
      x.totalPaise,
    ]);
    expect(rows).toEqual([
      ['purchase', 'MA/1187', 'Malwa Agencies', MALWA_GSTIN, '2026-11-23', null, 129_600, 3240, 3240, 0, 136_100],
      ['purchase', 'DDF-9', 'Delhi Dry Fruits', null, '2026-11-20', null, 19_000, 0, 0, 950, 20_000],
      ['purchase_return', expect.stringMatching(/^C\dDN\/2627\/00001$/), 'Malwa Agencies', MALWA_GSTIN, null, 'MA/1187', -9969, -249, -249, 0, -10_500],
      ['expense_credit', expect.stringMatching(/^C\dJV\/2627\/\d{5}$/), 'Malwa Agencies', MALWA_GSTIN, null, null, 100_000, 9000, 9000, 0, 118_000],
    ]);
    expect(r.totals).toEqual({
      taxablePaise: 129_600 + 19_000 - 9969 + 100_000,
      cgstPaise: 11_991,
      sgstPaise: 11_991,
      igstPaise: 950,
      cessPaise: 0,
      totalPaise: 136_100 + 20_000 - 10_500 + 118_000,
    });
  });
});
