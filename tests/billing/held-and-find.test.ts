import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';

let host: TestHost;
let counter: ApiClient;
let tablet: ApiClient;

const atta = {
  id: 'prod-demo-001',
  name: 'Aashirvaad Atta 5kg',
  nameHi: null,
  barcodes: [],
  unit: 'pcs' as const,
  loose: false,
  pricePaise: 28500,
  mrpPaise: 29500,
};
const held = (clientRef: string) => ({
  clientRef,
  items: [{ product: atta, qtyMilli: 2000 }],
  customer: null,
  billDiscountPaise: 0,
  openedAt: '2026-11-24T05:20:00.000Z',
  payablePaise: 57000,
});

beforeAll(async () => ({ host, counter, tablet } = await hostWithClients({ counter: ['staff', 'counter-pc'], tablet: ['manager', 'manager-tablet'] })));
afterAll(() => host.dispose());

describe('held bills on the host', () => {
  it('a bill held at one counter is listed on another device and resumed there, once', async () => {
    const summary = await counter.call('billing.holdBill', held('held-bill-0001'));
    // a retried hold is the same held bill
    expect((await counter.call('billing.holdBill', held('held-bill-0001'))).id).toBe(summary.id);
    const list = await tablet.call('billing.heldBills', {});
    expect(list).toEqual([expect.objectContaining({ id: summary.id, itemCount: 1, payablePaise: 57000, customerName: null })]);
    const bill = await tablet.call('billing.resumeHeld', { id: summary.id });
    expect(bill.items).toEqual([{ product: atta, qtyMilli: 2000 }]);
    expect(bill.clientRef).toBe('held-bill-0001');
    expect(await counter.call('billing.heldBills', {})).toEqual([]);
    await expect(counter.call('billing.resumeHeld', { id: summary.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This held bill was already taken up at another counter',
    });
  });

  it('refuses a held bill with no lines', async () => {
    await expect(counter.call('billing.holdBill', { ...held('held-bill-0002'), items: [] })).rejects.toMatchObject({
      code: 'BAD_PARAMS',
      message: 'Items: add at least one',
    });
  });
});

describe('finding a bill by the number on its receipt', () => {
  it('finds it by the full number, in any case, or by its serial digits', async () => {
    const lines = [{ productId: 'prod-demo-014', qtyMilli: 1000 }];
    const q = await counter.call('billing.quote', { lines });
    const inv = await counter.call('billing.postInvoice', {
      clientRef: 'find-by-number-1',
      lines,
      tenders: [{ method: 'cash', amountPaise: q.totals.payablePaise }],
    });
    expect((await tablet.call('billing.findInvoice', { number: inv.number.toLowerCase() })).id).toBe(inv.id);
    const serial = inv.number.split('/').at(-1) ?? '';
    expect((await tablet.call('billing.findInvoice', { number: String(Number(serial)) })).id).toBe(inv.id);
    await expect(tablet.call('billing.findInvoice', { number: 'X9/2627/99999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No bill numbered X9/2627/99999',
    });
  });
});
