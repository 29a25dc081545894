import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectApiError } from '../support/api-errors';
import type { ErrorCode } from '../../app/core/contract/errors';
import { type ApiClient } from '../../app/core/contract/index';
import { hostWithClients, type TestHost } from '../support/test-host';
import { trialBalanceDifference, unbalancedEntries, writtenRows } from '../support/accounting';
import { ATTA, COLA, SUGAR } from '../support/demo-catalog';

let host: TestHost;
let staff: ApiClient;
let manager: ApiClient;

beforeEach(async () => ({ host, staff, manager } = await hostWithClients({ staff: 'staff', manager: ['manager', 'manager-tablet'] })));
afterEach(() => host.dispose());

const cart = [
  { productId: ATTA, qtyMilli: 1000 },
  { productId: SUGAR, qtyMilli: 1250 },
  { productId: COLA, qtyMilli: 2000 },
];

describe('billing.postInvoice', () => {
  it('posts a split-tender bill with tax, stock, a balanced journal and the device’s next number', async () => {
    const inv = await staff.call('billing.postInvoice', {
      clientRef: 'bill-aaaa-0001',
      lines: cart,
      tenders: [
        { method: 'upi', amountPaise: 20000, reference: 'UPI123' },
        { method: 'cash', amountPaise: 22300, tenderedPaise: 25000 },
      ],
    });
    // Hand-worked (gst-conventions.md): atta 28500 → taxable 27143, CGST=SGST 679; sugar 1.25 kg → 5750 → 5476, 137;
    // cola 2 × 4000 → 5714, 1143. Value 42251 → payable 42300, round-off +49.
    expect(inv.number).toBe('C1/2627/00001');
    expect(inv.date).toBe('2026-11-24');
    expect(inv.lines.map((l) => [l.taxablePaise, l.cgstPaise, l.sgstPaise, l.totalPaise])).toEqual([
      [27143, 679, 679, 28501],
      [5476, 137, 137, 5750],
      [5714, 1143, 1143, 8000],
    ]);
    expect(inv.totals).toMatchObject({
      taxablePaise: 38333,
      cgstPaise: 1959,
      sgstPaise: 1959,
      igstPaise: 0,
      valuePaise: 42251,
      roundOffPaise: 49,
      payablePaise: 42300,
    });
    expect(inv.payments).toEqual([
      { method: 'upi', amountPaise: 20000, tenderedPaise: 20000, changePaise: 0, reference: 'UPI123' },
      { method: 'cash', amountPaise: 22300, tenderedPaise: 25000, changePaise: 2700, reference: null },
    ]);

    const moves = await staff.call('inventory.movesFor', { refId: inv.id });
    expect(moves.map((m) => [m.productId, m.qtyMilli])).toEqual([
      [ATTA, -1000],
      [SUGAR, -1250],
      [COLA, -2000],
    ]);

    const [entry] = await manager.call('accounting.entriesFor', { refId: inv.id });
    const by = (a: string) => entry!.lines.find((l) => l.account === a);
    expect(by('UPI_CLEARING')?.debitPaise).toBe(20000);
    expect(by('CASH')?.debitPaise).toBe(22300);
    expect(by('SALES')?.creditPaise).toBe(38333);
    expect(by('OUTPUT_CGST')?.creditPaise).toBe(1959);
    expect(by('ROUND_OFF')?.creditPaise).toBe(49);
    expect(by('COGS')?.debitPaise).toBe(26000 + 5125 + 6600);
    expect(unbalancedEntries(host.store.raw)).toEqual([]);
    expect(trialBalanceDifference(host.store.raw)).toBe(0);

    const outbox = host.store.raw.prepare("SELECT topic FROM outbox WHERE topic = 'invoice.posted'").all();
    expect(outbox).toHaveLength(1);
    expect(inv.print.status).toBe('disabled');
  });

  it('numbers bills consecutively per device series', async () => {
    const one = await staff.call('billing.postInvoice', { clientRef: 'bill-0000-0001', lines: [cart[0]!], tenders: [{ method: 'cash', amountPaise: 28500 }] });
    const two = await staff.call('billing.postInvoice', { clientRef: 'bill-0000-0002', lines: [cart[0]!], tenders: [{ method: 'cash', amountPaise: 28500 }] });
    const tablet = await manager.call('billing.postInvoice', {
      clientRef: 'bill-0000-0003',
      lines: [cart[0]!],
      tenders: [{ method: 'cash', amountPaise: 28500 }],
    });
    expect([one.number, two.number, tablet.number]).toEqual(['C1/2627/00001', 'C1/2627/00002', 'C2/2627/00001']);
  });

  it('keeps one gapless counter when the shop turns composition mid-year', async () => {
    const owner = await host.as('owner');
    const first = await staff.call('billing.postInvoice', { clientRef: 'mid-year-0001', lines: [cart[0]!], tenders: [{ method: 'cash', amountPaise: 28500 }] });
    await owner.call('shop.update', { composition: true });
    const second = await staff.call('billing.postInvoice', {
      clientRef: 'mid-year-0002',
      lines: [cart[0]!],
      tenders: [{ method: 'cash', amountPaise: 28500 }],
    });
    expect([first.docType, second.docType]).toEqual(['tax_invoice', 'bill_of_supply']);
    expect([first.number, second.number]).toEqual(['C1/2627/00001', 'C1/2627/00002']);
    expect(second.totals).toMatchObject({ cgstPaise: 0, sgstPaise: 0, taxablePaise: 28500, payablePaise: 28500 });
  });

  it('returns the same bill when a client retries with the same clientRef', async () => {
    const params = { clientRef: 'retry-me-0001', lines: [cart[0]!], tenders: [{ method: 'cash' as const, amountPaise: 28500 }] };
    const first = await staff.call('billing.postInvoice', params);
    const before = writtenRows(host.store.raw);
    const again = await staff.call('billing.postInvoice', params);
    expect(again.id).toBe(first.id);
    expect(writtenRows(host.store.raw)).toEqual(before);
  });

  it('charges IGST when the goods go to another state', async () => {
    const inv = await manager.call('billing.postInvoice', {
      clientRef: 'inter-0001',
      lines: [cart[0]!],
      placeOfSupply: '27',
      tenders: [{ method: 'cash', amountPaise: 28500 }],
    });
    // 27143 × 5% = 1357.15 → 1357; value 28500 exactly
    expect(inv.supply).toBe('inter');
    expect(inv.totals).toMatchObject({ igstPaise: 1357, cgstPaise: 0, valuePaise: 28500, payablePaise: 28500 });
  });

  it('lets a manager discount, spreading a bill discount by gross', async () => {
    const inv = await manager.call('billing.postInvoice', {
      clientRef: 'disc-0001',
      lines: [
        { productId: ATTA, qtyMilli: 1000, discountPaise: 500 },
        { productId: COLA, qtyMilli: 1000 },
      ],
      billDiscountPaise: 1000,
      tenders: [{ method: 'cash', amountPaise: 31000 }],
    });
    // grosses after line discount 28000 and 4000; ₹10 spread 875 / 125
    expect(inv.lines.map((l) => l.billDiscountPaise)).toEqual([875, 125]);
    expect(inv.totals.payablePaise).toBe(31000);
  });

  it('puts a credit sale on the customer’s khata', async () => {
    const [sunita] = await staff.call('customers.search', { q: 'Sunita' });
    const inv = await staff.call('billing.postInvoice', {
      clientRef: 'khata-0001',
      customerId: sunita!.id,
      lines: [cart[0]!],
      tenders: [{ method: 'credit', amountPaise: 28500 }],
    });
    const [entry] = await manager.call('accounting.entriesFor', { refId: inv.id });
    expect(entry!.lines.find((l) => l.account === 'DEBTORS')).toMatchObject({ debitPaise: 28500, partyId: sunita!.id });
  });
});

describe('bad input gets a clear error and writes nothing', () => {
  const ok = { clientRef: 'bad-0000-0001', tenders: [{ method: 'cash' as const, amountPaise: 28500 }] };

  it.each<[string, unknown, ErrorCode]>([
    ['unknown product', { ...ok, lines: [{ productId: 'nope', qtyMilli: 1000 }] }, 'NOT_FOUND'],
    ['zero quantity', { ...ok, lines: [{ productId: ATTA, qtyMilli: 0 }] }, 'INVALID_QUANTITY'],
    ['negative quantity', { ...ok, lines: [{ productId: ATTA, qtyMilli: -1000 }] }, 'INVALID_QUANTITY'],
    ['half a packet', { ...ok, lines: [{ productId: ATTA, qtyMilli: 500 }] }, 'INVALID_QUANTITY'],
    ['staff changing a price', { ...ok, lines: [{ productId: ATTA, qtyMilli: 1000, unitPricePaise: 27000 }] }, 'FORBIDDEN'],
    ['staff giving a discount', { ...ok, lines: [{ productId: ATTA, qtyMilli: 1000, discountPaise: 100 }] }, 'FORBIDDEN'],
    ['payments short', { ...ok, lines: [cart[0]!], tenders: [{ method: 'cash' as const, amountPaise: 28000 }] }, 'TENDER_MISMATCH'],
    [
      'cash handed over less than its part',
      { ...ok, lines: [cart[0]!], tenders: [{ method: 'cash' as const, amountPaise: 28500, tenderedPaise: 20000 }] },
      'TENDER_MISMATCH',
    ],
    ['khata without a customer', { ...ok, lines: [cart[0]!], tenders: [{ method: 'credit' as const, amountPaise: 28500 }] }, 'CUSTOMER_REQUIRED'],
    ['an empty cart', { ...ok, lines: [] }, 'BAD_PARAMS'],
    ['a quantity that is not an integer', { ...ok, lines: [{ productId: ATTA, qtyMilli: 1.5 }] }, 'BAD_PARAMS'],
  ])('%s', async (_name, params, code) => {
    const before = writtenRows(host.store.raw);
    await expectApiError(staff.call('billing.postInvoice', params as never), code);
    expect(writtenRows(host.store.raw)).toEqual(before);
  });

  it('refuses a price above MRP even from the owner', async () => {
    const owner = await host.as('owner');
    const before = writtenRows(host.store.raw);
    const e = await expectApiError(
      owner.call('billing.postInvoice', { ...ok, lines: [{ productId: ATTA, qtyMilli: 1000, unitPricePaise: 31000 }] }),
      'PRICE_ABOVE_MRP',
    );
    expect(e.message).toContain('MRP');
    expect(writtenRows(host.store.raw)).toEqual(before);
  });

  it('refuses calls without a session', async () => {
    await expectApiError(host.client().call('billing.postInvoice', { ...ok, lines: [cart[0]!] }), 'UNAUTHENTICATED');
  });
});

describe('billing.cancelInvoice', () => {
  it('keeps the number, reverses the journal and returns the stock', async () => {
    const inv = await staff.call('billing.postInvoice', { clientRef: 'cancel-0001', lines: cart, tenders: [{ method: 'cash', amountPaise: 42300 }] });
    await expectApiError(staff.call('billing.cancelInvoice', { id: inv.id, reason: 'wrong items' }), 'FORBIDDEN');
    const cancelled = await manager.call('billing.cancelInvoice', { id: inv.id, reason: 'wrong items' });
    expect(cancelled).toMatchObject({ number: inv.number, status: 'cancelled', cancellation: { reason: 'wrong items' } });
    const entries = await manager.call('accounting.entriesFor', { refId: inv.id });
    expect(entries).toHaveLength(2);
    expect(entries[1]!.reversesId).toBe(entries[0]!.id);
    const onHand = await staff.call('inventory.onHand', { productIds: [ATTA, SUGAR] });
    expect(onHand).toEqual([
      { productId: ATTA, qtyMilli: 30000 },
      { productId: SUGAR, qtyMilli: 50000 },
    ]);
    expect(trialBalanceDifference(host.store.raw)).toBe(0);
    await expectApiError(manager.call('billing.cancelInvoice', { id: inv.id, reason: 'again' }), 'ALREADY_CANCELLED');
  });

  it('posted rows cannot be edited behind the app’s back', async () => {
    const inv = await staff.call('billing.postInvoice', { clientRef: 'frozen-0001', lines: [cart[0]!], tenders: [{ method: 'cash', amountPaise: 28500 }] });
    expect(() => host.store.raw.prepare('UPDATE invoice_lines SET qty_milli = 1 WHERE invoice_id = ?').run(inv.id)).toThrow(/immutable/);
    expect(() => host.store.raw.prepare('UPDATE invoices SET payable_paise = 1 WHERE id = ?').run(inv.id)).toThrow(/immutable/);
    expect(() => host.store.raw.prepare('DELETE FROM journal_lines').run()).toThrow(/never deleted/);
  });
});
