import { describe, expect, it } from 'vitest';
import { allZero, moneyAxisRange } from './money-axis';

describe('the money axis', () => {
  it('reads ₹0 to ₹100 when nothing was sold', () => {
    expect(moneyAxisRange(0, 0)).toEqual([0, 100_00]);
    expect(moneyAxisRange(null, null)).toEqual([0, 100_00]);
  });
  it('starts at ₹0 and ends on a round figure above the highest day', () => {
    expect(moneyAxisRange(12_000_00, 18_340_00)).toEqual([0, 20_000_00]);
    expect(moneyAxisRange(0, 50)).toEqual([0, 100]);
  });
  it('goes below ₹0 for a day of more returns than sales', () => {
    expect(moneyAxisRange(-3_00, 40_00)).toEqual([-5_00, 50_00]);
  });
  it('knows a chart with nothing in it', () => {
    expect(allZero([{ values: [0, 0] }, { values: [] }])).toBe(true);
    expect(allZero([{ values: [0, 1] }])).toBe(false);
  });
});
