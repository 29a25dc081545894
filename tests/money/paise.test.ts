import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { divHalfUp, roundToRupee, spreadByWeight, sum } from '../../app/core/money/paise';

describe('divHalfUp', () => {
  it('rounds exact halves away from zero', () => {
    expect(divHalfUp(5, 10)).toBe(1);
    expect(divHalfUp(4, 10)).toBe(0);
    expect(divHalfUp(15, 10)).toBe(2);
    expect(divHalfUp(-15, 10)).toBe(-2);
    expect(divHalfUp(-14, 10)).toBe(-1);
  });
  it('matches the rational value within half a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divHalfUp(n, d);
        expect(Math.abs(q * d - n) * 2).toBeLessThanOrEqual(d);
      }),
    );
  });
  it('refuses a zero denominator', () => expect(() => divHalfUp(1, 0)).toThrow());
});

describe('roundToRupee', () => {
  it('rounds 50 paise up and 49 down', () => {
    expect(roundToRupee(10050)).toBe(10100);
    expect(roundToRupee(10049)).toBe(10000);
  });
});

describe('spreadByWeight', () => {
  it('gives the remainder to the largest line', () => {
    expect(spreadByWeight(100, [1, 1, 1])).toEqual([34, 33, 33]);
    // floors 16 + 50 + 33 = 99: the one leftover paisa goes to the largest line (300)
    expect(spreadByWeight(100, [100, 300, 200])).toEqual([16, 51, 33]);
  });
  it('always sums to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 40 }), (t, w) => {
        const parts = spreadByWeight(t, w);
        expect(sum(parts)).toBe(t);
        expect(parts.every((p) => p >= 0)).toBe(true);
      }),
    );
  });
});
