import { describe, expect, it } from 'vitest';
import { formatDocNumber, isValidDocNumber } from '../../app/core/billing/numbering';

describe('document numbers', () => {
  it('marks every kind but sale bills, and fits 16 characters', () => {
    expect(formatDocNumber('C1', '2627', 42)).toBe('C1/2627/00042');
    expect(formatDocNumber('C1', '2627', 3, 'credit_note')).toBe('C1CN/2627/00003');
    expect(formatDocNumber('T12', '2627', 7, 'debit_note')).toBe('T12DN/2627/00007');
    expect(isValidDocNumber('T12DN/2627/00007')).toBe(true);
  });
  it('refuses a number that would break the 16-character rule', () => {
    expect(() => formatDocNumber('ABCD', '2627', 1, 'credit_note')).toThrow(/not valid/);
  });
});
