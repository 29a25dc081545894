import { describe, expect, it } from 'vitest';
import { cartParams, counterReducer, newBill, type CounterState, type Product } from './cart-state';

const product = (id: string, loose = false): Product => ({
  id,
  name: id,
  nameHi: null,
  altNames: [],
  barcodes: [],
  hsn: '1905',
  gstRateBp: 500,
  cessRateBp: 0,
  mrpPaise: 1000,
  pricePaise: 1000,
  costPaise: 800,
  unit: loose ? 'kg' : 'pcs',
  loose,
  active: true,
});
const start = (): CounterState => ({ bill: newBill(0), held: [] });

describe('the counter’s open bills', () => {
  it('adds one more when the same packet is scanned again, but weighs loose goods line by line', () => {
    let s = start();
    s = counterReducer(s, { type: 'add', product: product('a'), qtyMilli: 1000 });
    s = counterReducer(s, { type: 'add', product: product('a'), qtyMilli: 1000 });
    s = counterReducer(s, { type: 'add', product: product('sugar', true), qtyMilli: 500 });
    s = counterReducer(s, { type: 'add', product: product('sugar', true), qtyMilli: 250 });
    expect(s.bill.items.map((i) => [i.product.id, i.qtyMilli])).toEqual([
      ['a', 2000],
      ['sugar', 500],
      ['sugar', 250],
    ]);
    expect(s.bill.selected).toBe(2);
  });

  it('holds a bill and resumes it, keeping its idempotency key', () => {
    let s = counterReducer(start(), { type: 'add', product: product('a'), qtyMilli: 1000 });
    const ref = s.bill.clientRef;
    s = counterReducer(s, { type: 'hold', payablePaise: 1000 });
    expect(s.bill.items).toEqual([]);
    s = counterReducer(s, { type: 'add', product: product('b'), qtyMilli: 1000 });
    s = counterReducer(s, { type: 'resume', index: 0 });
    expect(s.bill.clientRef).toBe(ref);
    expect(s.held.map((b) => b.items[0]?.product.id)).toEqual(['b']);
  });

  it('a held bill leaves this screen once the host has it', () => {
    let s = counterReducer(start(), { type: 'add', product: product('a'), qtyMilli: 1000 });
    const ref = s.bill.clientRef;
    s = counterReducer(s, { type: 'hold', payablePaise: 1000 });
    expect(s.held[0]?.payablePaise).toBe(1000);
    s = counterReducer(s, { type: 'sent', clientRef: ref });
    expect(s.held).toEqual([]);
  });

  it('adds a repeat scan to the packet’s line even when other items came after it', () => {
    let s = start();
    for (const id of ['a', 'b', 'a']) s = counterReducer(s, { type: 'add', product: product(id), qtyMilli: 1000 });
    expect(s.bill.items.map((i) => [i.product.id, i.qtyMilli])).toEqual([
      ['a', 2000],
      ['b', 1000],
    ]);
    expect(s.bill.selected).toBe(0);
  });

  it('turns an open bill into API params', () => {
    let s = counterReducer(start(), { type: 'add', product: product('a'), qtyMilli: 3000 });
    s = counterReducer(s, { type: 'setDiscount', index: 0, discountPaise: 200 });
    expect(cartParams(s.bill)).toEqual({ lines: [{ productId: 'a', qtyMilli: 3000, discountPaise: 200 }], billDiscountPaise: 0 });
  });
});
