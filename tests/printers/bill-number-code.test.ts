import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { beforeAll, describe, expect, it } from 'vitest';
import { moduleDots, paperDots } from '../../printers/escpos/encode';
import { code128Bars } from '../../printers/pdf/barcode';

/**
 * The bill number printed as a barcode on receipts and PDFs reads back as the number (decoded
 * by zxing from the bars the PDF draws), and the thermal printer's bars fit the paper.
 */
const require = createRequire(import.meta.url);

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
});

function barsPng(bars: number[], unit: number): Uint8Array {
  const quiet = 12 * unit;
  const width = bars.reduce((s, w) => s + w, 0) * unit + 2 * quiet;
  const png = new PNG({ width, height: 60 });
  png.data.fill(255);
  let x = quiet;
  bars.forEach((w, i) => {
    if (i % 2 === 0)
      for (let dx = 0; dx < w * unit; dx++)
        for (let y = 5; y < 55; y++) {
          const at = (y * width + x + dx) * 4;
          png.data[at] = png.data[at + 1] = png.data[at + 2] = 0;
        }
    x += w * unit;
  });
  return new Uint8Array(PNG.sync.write(png));
}

describe('the bill number as a barcode', () => {
  it.each(['C1/2627/00001', 'C16CN/2627/00042', 'GK/2627/0542'])('the PDF’s bars of %s read back as the number', async (number) => {
    const [found] = await readBarcodes(barsPng(code128Bars(number), 2), { formats: ['Code128'], maxNumberOfSymbols: 1 });
    expect(found?.text).toBe(number);
  });

  it('a different number gives different bars (the check is not vacuous)', () => {
    expect(code128Bars('C1/2627/00001')).not.toEqual(code128Bars('C1/2627/00002'));
  });

  it.each([32, 48] as const)('on %i-column paper the longest bill number fits with its quiet zones', (width) => {
    for (const number of ['C1/2627/00001', 'ABCDE/2627/00001']) {
      const dots = moduleDots({ kind: 'barcode', type: 'CODE128', data: number }, width);
      const modules = (number.length + 3) * 11 + 2 + 20;
      expect(dots).toBeGreaterThanOrEqual(1);
      expect(dots * modules).toBeLessThanOrEqual(paperDots(width));
    }
    // 80 mm paper keeps the wider bars a cheap scanner reads more easily
    if (width === 48) expect(moduleDots({ kind: 'barcode', type: 'CODE128', data: 'C1/2627/00001' }, width)).toBe(2);
  });
});
