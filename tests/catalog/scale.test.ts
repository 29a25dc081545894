import { sayMessage } from '../../app/core/i18n/fail';
import { describe, expect, it } from 'vitest';
import { gs1CheckDigit } from '../../app/core/catalog/barcode';
import { inStoreBarcode, inStoreNumber, labelPrefixProblem } from '../../app/core/catalog/in-store';
import { inScaleRange, parseScaleBarcode, scaleLayoutProblem, type ScaleLayoutRule } from '../../app/core/catalog/scale';

const withCheck = (body: string) => body + gs1CheckDigit(body);
const weight: ScaleLayoutRule = { enabled: true, prefixes: ['21', '22'], pluDigits: 5, valueDigits: 5, value: 'weight' };

describe('weighing-scale labels', () => {
  it('reads 2 F PPPPP VVVVV C as PLU and grams', () => {
    expect(parseScaleBarcode(withCheck('210001201250'), weight)).toEqual({ plu: '12', value: 1250, kind: 'weight' });
    // the example from the tech notes: 2101234004500 → PLU 01234, value 00450
    expect(parseScaleBarcode('2101234004500', { ...weight, value: 'price' })).toEqual({ plu: '1234', value: 450, kind: 'price' });
  });

  it('reads a price with a price-verifier digit: 2 F PPPPP X VVVV C', () => {
    const layout = { ...weight, valueDigits: 4, value: 'price' as const };
    expect(parseScaleBarcode(withCheck('220004573499'), layout)).toEqual({ plu: '45', value: 3499, kind: 'price' });
  });

  it('reads a 4-digit PLU with a 5-digit value and a verifier digit', () => {
    const layout = { ...weight, pluDigits: 4, valueDigits: 5 };
    expect(scaleLayoutProblem(layout)).toBeNull();
    expect(parseScaleBarcode(withCheck('210077900750'), layout)).toEqual({ plu: '77', value: 750, kind: 'weight' });
  });

  it('ignores other prefixes, wrong check digits, and a layout that does not add up', () => {
    expect(parseScaleBarcode(withCheck('230001201250'), weight)).toBeNull();
    expect(parseScaleBarcode('2100012012501', weight)).toBeNull();
    expect(parseScaleBarcode(withCheck('210001201250'), { ...weight, enabled: false })).toBeNull();
    expect(sayMessage('en', scaleLayoutProblem({ ...weight, valueDigits: 3 })!)).toMatch(/value has 5 digits/);
  });
});

describe('in-store label numbers', () => {
  it('are EAN-13 with prefix 2 and a valid check digit, and never in the scale range', () => {
    const code = inStoreBarcode('200', 41);
    expect(code).toBe(withCheck('200000000041'));
    expect(inStoreNumber(code, '200')).toBe(41);
    expect(inScaleRange(code, weight.prefixes)).toBe(false);
    expect(sayMessage('en', labelPrefixProblem('210', weight.prefixes)!)).toMatch(/overlaps/);
    expect(labelPrefixProblem('200', weight.prefixes)).toBeNull();
    expect(() => inStoreBarcode('890', 1)).toThrow(/must start with 2/);
  });
});
