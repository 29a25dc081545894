import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';
import { sellPaidInFull } from '../support/selling';

let host: TestHost;
let manager: ApiClient;
const DAY1 = '2026-11-24';
const DAY2 = '2026-11-25';
const biscuits = [{ productId: 'prod-demo-014', qtyMilli: 3000 }];
const twoThings = [
  { productId: 'prod-demo-001', qtyMilli: 2000 },
  { productId: 'prod-demo-005', qtyMilli: 750 },
];
let earlier: { id: string; totals: { payablePaise: number } };
let cancelled: { id: string; totals: { payablePaise: number } };
let later: { id: string; totals: { payablePaise: number } };
let note: { id: string; totals: { totalPaise: number } };
let receiptId: string;

beforeAll(async () => {
  ({ host, manager } = await hostWithClients({ manager: 'manager' }));
  const customerId = (await manager.call('customers.add', { name: 'Anita Joshi', phone: '9893012345', creditLimitPaise: 300000 })).id;
  earlier = await sellPaidInFull(manager, 'day-book-amounts-0001', { lines: twoThings });
  cancelled = await sellPaidInFull(manager, 'day-book-amounts-0002', { lines: biscuits });
  await sellPaidInFull(manager, 'day-book-amounts-0003', { lines: biscuits, customerId }, 'credit');
  host.clock.set(`${DAY2}T06:00:00.000Z`);
  later = await sellPaidInFull(manager, 'day-book-amounts-0004', { lines: biscuits });
  // the next day: part of the first day's bill taken back, that day's other bill cancelled, a khata receipt
  note = await manager.call('accounting.creditNote', {
    clientRef: 'day-book-amounts-0005',
    invoiceId: earlier.id,
    lines: [{ lineNo: 1, qtyMilli: 1000 }],
    refund: 'cash',
    reason: 'Pack torn',
  });
  await manager.call('billing.cancelInvoice', { id: cancelled.id, reason: 'Rang by mistake' });
  receiptId = (await manager.call('khata.receive', { customerId, amountPaise: 1000, method: 'cash' })).voucher.id;
});
afterAll(() => host.dispose());

describe('the day book’s amounts', () => {
  it('shows a bill, a credit note and a bill’s cancellation at the document’s own total, a receipt at its debits', async () => {
    const book = await manager.call('accounting.dayBook', { from: DAY2, to: DAY2 });
    const of = (id: string) => book.entries.filter((e) => e.document.id === id).map((e) => e.amountPaise);
    expect(of(later.id)).toEqual([later.totals.payablePaise]);
    expect(of(note.id)).toEqual([note.totals.totalPaise]);
    expect(of(receiptId)).toEqual([1000]);
    // a cancellation is booked on the bill's own day
    expect(of(cancelled.id)).toEqual([]);
    expect(book.totalPaise).toBe(later.totals.payablePaise + note.totals.totalPaise + 1000);
  });

  it('over both days: the cancelled bill twice at its total (the sale and its reversal), each entry with its lines in order', async () => {
    const book = await manager.call('accounting.dayBook', { from: DAY1, to: DAY2 });
    const of = (id: string) => book.entries.filter((e) => e.document.id === id).map((e) => e.amountPaise);
    expect(of(cancelled.id)).toEqual([cancelled.totals.payablePaise, cancelled.totals.payablePaise]);
    expect(of(earlier.id)).toEqual([earlier.totals.payablePaise]);
    expect(book.entries.map((e) => e.date)).toEqual([...book.entries.map((e) => e.date)].sort());
    for (const e of book.entries) {
      const shown = await manager.call('accounting.entry', { id: e.id });
      expect(e.lines).toEqual(
        shown.lines.map(({ account, accountName, partyId, debitPaise, creditPaise }) => ({ account, accountName, partyId, debitPaise, creditPaise })),
      );
    }
  });
});
