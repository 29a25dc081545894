import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatDateTime, formatInr, formatQty, formatTime, parseQty, parseRupees } from '../../app/core/format/index';

describe('formatting for the counter', () => {
  it('writes rupees in en-IN grouping', () => {
    expect(formatInr(10000000)).toBe('₹1,00,000.00');
    expect(formatInr(123456789)).toBe('₹12,34,567.89');
    expect(formatAmount(5)).toBe('0.05');
  });
  it('writes dates DD-MM-YYYY in IST', () => {
    expect(formatDate('2026-04-01')).toBe('01-04-2026');
    expect(formatDateTime('2026-03-31T20:00:00Z')).toBe('01-04-2026 01:30');
    expect(formatTime(Date.UTC(2026, 10, 24, 8, 5))).toBe('13:35');
  });
  it('formats and parses quantities', () => {
    expect(formatQty(3000, 'pcs')).toBe('3');
    expect(formatQty(250, 'kg')).toBe('0.250 kg');
    expect(parseQty('1.25', 'kg')).toBe(1250);
    expect(parseQty('250g', 'kg')).toBe(250);
    expect(parseQty('-1', 'kg')).toBeUndefined();
  });
});

describe('parseRupees', () => {
  it('parses what a cashier types', () => {
    expect(parseRupees('12')).toBe(1200);
    expect(parseRupees('12.5')).toBe(1250);
    expect(parseRupees('₹1,00,000.75')).toBe(10000075);
    expect(parseRupees('12.345')).toBeUndefined();
    expect(parseRupees('abc')).toBeUndefined();
  });
});
