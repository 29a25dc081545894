import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from '../../app/core/format/words';

describe('amount in words, Indian style', () => {
  it('writes the invoice example exactly', () => {
    expect(amountInWords(12040050)).toBe('Rupees One Lakh Twenty Thousand Four Hundred and Fifty Paise Only');
  });
  it('uses crore, lakh and thousand, not million', () => {
    expect(numberInWords(1_23_45_678)).toBe('One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight');
    expect(numberInWords(10_00_00_00_000)).toBe('One Thousand Crore');
    expect(numberInWords(1_00_000)).toBe('One Lakh');
    expect(numberInWords(19)).toBe('Nineteen');
    expect(numberInWords(90)).toBe('Ninety');
    expect(numberInWords(1005)).toBe('One Thousand Five');
  });
  it('handles whole rupees, paise only, zero and refunds', () => {
    expect(amountInWords(28500)).toBe('Rupees Two Hundred Eighty Five Only');
    expect(amountInWords(45)).toBe('Forty Five Paise Only');
    expect(amountInWords(0)).toBe('Rupees Zero Only');
    expect(amountInWords(-101)).toBe('Minus Rupees One and One Paise Only');
  });
  it('refuses what is not paise', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
  });
});
