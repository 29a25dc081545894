import { describe, expect, it } from 'vitest';
import { isBillNumberCode } from './bill-code';

describe('a scanned code that is a bill number', () => {
  it.each(['C1/2627/00042', 'C16/2627/00001', 'GK/2627/0542', 'AB-1/2627/7'])('%s opens the bill’s return', (code) => {
    expect(isBillNumberCode(code)).toBe(true);
  });
  it.each(['8901030865278', '2000001012500', 'ABC123', 'C1/2627/', '/2627/0001', 'C1/2627/00042/EXTRA-LONG-NUMBER'])('%s is a product code', (code) => {
    expect(isBillNumberCode(code)).toBe(false);
  });
});
