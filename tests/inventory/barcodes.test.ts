import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, hasValidCheckDigit } from '../../app/core/catalog/barcode';
import { DATA_DIR } from '../support/imports';

const FILE = join(DATA_DIR, 'openfoodfacts_india_890_barcodes.csv');

describe.runIf(existsSync(FILE))('EAN-13 check digits of the 890 (GS1 India) file', () => {
  const rows = Papa.parse<{ barcode_id: string }>(readFileSync(FILE, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const ean13 = rows.map((r) => r.barcode_id.trim()).filter((c) => /^\d{13}$/.test(c));

  it('has 864 thirteen-digit codes, every one with a valid check digit', () => {
    expect(rows.length).toBe(879);
    expect(ean13.length).toBe(864);
    expect(ean13.filter((c) => !hasValidCheckDigit(c))).toEqual([]);
  });

  it('computes each check digit from the first twelve, and catches any single wrong digit', () => {
    for (const code of ean13) {
      expect(gs1CheckDigit(code.slice(0, 12))).toBe(Number(code[12]));
      const wrong = code.slice(0, 12) + ((Number(code[12]) + 1) % 10);
      expect(hasValidCheckDigit(wrong)).toBe(false);
    }
  });
});
