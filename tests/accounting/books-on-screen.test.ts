import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { say } from '../../app/core/i18n/fail';
import { dayBookReport } from '../../app/core/reports/books';
import { expectApiError } from '../support/api-errors';
import { hostWithClients, type TestHost } from '../support/test-host';
import { sellPaidInFull } from '../support/selling';

let host: TestHost;
let manager: ApiClient;
let customerId: string;
let bill: { id: string; number: string; totals: { payablePaise: number } };
const DAY = '2026-11-24';

beforeAll(async () => {
  ({ host, manager } = await hostWithClients({ manager: 'manager' }));
  customerId = (await manager.call('customers.add', { name: 'Anita Joshi', phone: '9893012345', creditLimitPaise: 300000 })).id;
  const lines = [
    { productId: 'prod-demo-001', qtyMilli: 1000 },
    { productId: 'prod-demo-005', qtyMilli: 750 },
  ];
  bill = await sellPaidInFull(manager, '1f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a10', { lines, customerId }, 'credit');
  await manager.call('billing.postInvoice', {
    clientRef: '2f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a10',
    lines: [{ productId: 'prod-demo-014', qtyMilli: 3000 }],
    tenders: [
      {
        method: 'upi',
        amountPaise: (await manager.call('billing.quote', { lines: [{ productId: 'prod-demo-014', qtyMilli: 3000 }] })).totals.payablePaise,
        reference: '412233445566',
      },
    ],
  });
});
afterAll(() => host.dispose());

describe('the books as the shop reads them', () => {
  it('the day book shows each bill at its bill amount, not with its cost-of-goods lines added', async () => {
    const book = await manager.call('accounting.dayBook', { from: DAY, to: DAY });
    const bills = await manager.call('accounting.salesRegister', { from: DAY, to: DAY });
    const sales = book.entries.filter((e) => e.document.type === 'invoice');
    expect(sales).toHaveLength(2);
    for (const e of sales) {
      const row = bills.rows.find((r) => r.id === e.document.id);
      expect(e.amountPaise).toBe(row?.totalPaise);
      // the journal still carries the inventory pair
      expect(e.lines.some((l) => l.account === 'COGS')).toBe(true);
    }
    expect(sales.reduce((s, e) => s + e.amountPaise, 0)).toBe(bills.totals.totalPaise);
  });

  it('a khata statement names the bill, not the accounts on the other side', async () => {
    const ledger = await manager.call('khata.ledger', { partyType: 'customer', partyId: customerId });
    expect(ledger.rows[0]?.particulars).toBe(`Bill ${bill.number}`);
    expect(ledger.rows[0]?.particulars).not.toMatch(/Sales|CGST/);
    const hindi = await host.as('manager', 'hindi-office', 'hi');
    expect((await hindi.call('khata.ledger', { partyType: 'customer', partyId: customerId })).rows[0]?.particulars).toBe(`बिल ${bill.number}`);
  });

  it('a date that is not on the calendar (31-02-2026) is refused in words, never rolled over', async () => {
    const e = await expectApiError(manager.call('accounting.dayBook', { from: '2026-02-31', to: DAY }), 'BAD_PARAMS');
    expect(e.message).toContain('31-02-2026 is not a date on the calendar');
    expect(say('hi', 'params.notADate', { field: 'शुरुआती तारीख', value: '31-02-2026' })).toContain('कैलेंडर की तारीख नहीं है');
    // a leap day is a date
    await manager.call('accounting.dayBook', { from: '2028-02-29', to: '2028-02-29' });
  });
});

describe('a purchase bill checked against the supplier’s paper bill', () => {
  // 10 biscuits × ₹20.00 = ₹200.00 + GST 5% (CGST + SGST ₹5.00 each) = ₹210.00 from Malwa (same state)
  const bill = { supplierId: 'supp-demo-001', supplierDate: DAY, lines: [{ productId: 'prod-demo-014', qtyMilli: 10_000, unitCostPaise: 2000 }] };

  it('prices the bill before saving: tax and total as the saved bill will have them', async () => {
    const priced = await manager.call('purchasing.priceBill', bill);
    expect(priced).toMatchObject({ taxablePaise: 20000, cgstPaise: 500, sgstPaise: 500, igstPaise: 0, totalPaise: 21000 });
  });

  it('refuses a bill whose supplier total differs by more than rounding, and takes one that matches', async () => {
    const e = await expectApiError(manager.call('purchasing.postBill', { ...bill, supplierInvoiceNo: 'MA/1', supplierTotalPaise: 22000 }), 'INVALID_INPUT');
    expect(e.message).toBe('The supplier’s bill says ₹220.00 but the lines come to ₹210.00: check quantities, costs and free goods');
    const saved = await manager.call('purchasing.postBill', { ...bill, supplierInvoiceNo: 'MA/1', supplierTotalPaise: 21000 });
    expect(saved.totals.totalPaise).toBe(21000);
    const note = await manager.call('purchasing.postReturn', {
      billId: saved.id,
      lines: [{ batchId: saved.lines[0]!.batchId, qtyMilli: 2000 }],
      reason: 'Two packs torn',
    });
    expect(note).toMatchObject({ kind: 'return', againstId: saved.id });
    expect(note.totals.totalPaise).toBe(4200);
  });
});

describe('the day book on screen (and in its Excel and PDF)', () => {
  it('a day of three bills is three rows, each at its bill’s total; the cost-of-goods pair is not a row', async () => {
    const day = '2026-11-27';
    host.clock.set(`${day}T05:30:00.000Z`);
    const carts = [
      [{ productId: 'prod-demo-001', qtyMilli: 1000 }],
      [{ productId: 'prod-demo-014', qtyMilli: 2000 }],
      [{ productId: 'prod-demo-005', qtyMilli: 500 }],
    ];
    const bills = [];
    for (const [i, lines] of carts.entries()) bills.push(await sellPaidInFull(manager, `3f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a1${i}`, { lines }));
    for (const lang of ['en', 'hi'] as const) {
      const shown = dayBookReport(await manager.call('accounting.dayBook', { from: day, to: day }), lang);
      const rows = shown.parts[0]!.rows.filter((r) => r.style !== 'total');
      expect(rows.map((r) => [r.cells[1], r.cells.at(-1)])).toEqual(bills.map((b) => [b.number, b.totals.payablePaise]));
      expect(rows.every((r) => r.drill?.kind === 'entry')).toBe(true);
      expect(shown.parts[0]!.rows.at(-1)?.cells.at(-1)).toBe(bills.reduce((s, b) => s + b.totals.payablePaise, 0));
    }
  });
});
