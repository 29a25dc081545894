import { describe, expect, it } from 'vitest';
import { billKeysFree } from './counter-keys';
import { checkDiscount, checkNewCustomer, checkQty, needsQtyConfirm } from './line-checks';

const biscuits = { name: 'Parle-G', loose: false, unit: 'pcs' as const };
const sugar = { name: 'Sugar', loose: true, unit: 'kg' as const };

describe('the counter’s line dialogs refuse what the bill would refuse', () => {
  it('refuses a discount above the line’s amount, naming the product and the amount', () => {
    expect(checkDiscount(biscuits, 5000, 1400)).toEqual({ key: 'discountAboveLine', params: { product: 'Parle-G', amount: '₹14.00' } });
    expect(checkDiscount(biscuits, 1400, 1400)).toBeNull();
    expect(checkDiscount(biscuits, undefined, 1400)?.key).toBe('discountNotAmount');
  });
  it('refuses zero, and part pieces of a packet, but takes grams of loose goods', () => {
    expect(checkQty(biscuits, 0)?.key).toBe('qtyMustBePositive');
    expect(checkQty(biscuits, 1500)?.key).toBe('qtyWholePieces');
    expect(checkQty(sugar, 1250)).toBeNull();
  });
  it('asks once more past the confirm limit', () => {
    expect(needsQtyConfirm(999_999_000, 100)).toBe(true);
    expect(needsQtyConfirm(100_000, 100)).toBe(false);
  });
});

describe('keys in a payment box are for money only', () => {
  it('leaves +, − and Delete to the box when a tender field has the focus, even empty', () => {
    expect(billKeysFree({ inField: true, isSearch: false, value: '' })).toBe(false);
    expect(billKeysFree({ inField: true, isSearch: true, value: 'atta' })).toBe(false);
    expect(billKeysFree({ inField: true, isSearch: true, value: '' })).toBe(true);
    expect(billKeysFree({ inField: false, isSearch: false, value: '' })).toBe(true);
  });
});

describe('a new customer at the counter', () => {
  it('refuses a phone number as the name when no phone is given', () => {
    expect(checkNewCustomer('9876543210', '')).toBe('customerNameIsPhone');
    expect(checkNewCustomer('Ramesh', '')).toBeNull();
    expect(checkNewCustomer('  ', '9876543210')).toBe('customerNameMissing');
  });
});
