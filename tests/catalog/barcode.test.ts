import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, hasValidCheckDigit, normalizeScannedCode } from '../../app/core/catalog/barcode';

describe('barcodes', () => {
  it('computes the EAN-13 check digit', () => {
    expect(gs1CheckDigit('890123456789')).toBe(0);
    expect(hasValidCheckDigit('8901234567890')).toBe(true);
    expect(hasValidCheckDigit('8901234567891')).toBe(false);
    expect(hasValidCheckDigit('8900200024016')).toBe(true); // a real code from Open Food Facts
    expect(hasValidCheckDigit('89006702')).toBe(true); // EAN-8
  });
  it('drops a scanner’s AIM prefix', () => {
    expect(normalizeScannedCode(']E08901234567890\r')).toBe('8901234567890');
  });
});
