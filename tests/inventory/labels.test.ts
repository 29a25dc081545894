import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { PNG } from 'pngjs';
import type { ApiClient } from '../../app/core/contract';
import { hasValidCheckDigit } from '../../app/core/catalog/barcode';
import { parseScaleBarcode } from '../../app/core/catalog/scale';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import { expectApiError } from '../support/api-errors';
import { hostWithClients, type TestHost } from '../support/test-host';
import { ATTA, SUGAR, TOOR as DAL } from '../support/demo-catalog';

let host: TestHost;
let manager: ApiClient;
let staff: ApiClient;
let printer: VirtualPrinter;
beforeAll(async () => {
  ({ host, manager, staff } = await hostWithClients({ manager: 'manager', staff: 'staff' }));
  printer = await startVirtualPrinter();
  const wasm = readFileSync(join(import.meta.dirname, '../../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'));
  await prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
    fireImmediately: true,
  });
});
afterAll(async () => {
  await printer.close();
  host.dispose();
});

describe('labels', () => {
  it('gives loose goods in-store EAN-13s: prefix 2, valid check digit, outside the scale’s range, never twice', async () => {
    const given = await manager.call('catalog.assignBarcodes', { productIds: [SUGAR, DAL, ATTA] });
    const scale = (await staff.call('inventory.settings', {})).scale;
    expect(given[2]).toEqual({ productId: ATTA, barcode: '2000000000015' }); // already had one
    for (const { barcode } of given) {
      expect(barcode).toMatch(/^200\d{10}$/);
      expect(hasValidCheckDigit(barcode)).toBe(true);
      expect(parseScaleBarcode(barcode, scale)).toBeNull();
    }
    expect(given[0]!.barcode).not.toBe(given[1]!.barcode);
    expect((await staff.call('catalog.byBarcode', { barcode: given[0]!.barcode })).id).toBe(SUGAR);
  });

  it('prints an A4 sheet whose barcodes scan back to the products', async () => {
    const pdf = await staff.call('catalog.labelsPdf', {
      items: [
        { productId: SUGAR, copies: 2 },
        { productId: ATTA, copies: 1 },
      ],
      layout: 'shelf',
    });
    const file = join(host.dir, 'labels.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Sugar (loose)');
    expect(text).toContain('₹46.00/kg');
    expect(text).toContain('MRP ₹305.00');
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', file, join(host.dir, 'labels')]);
    const png = PNG.sync.read(readFileSync(join(host.dir, 'labels.png')));
    const found = await readBarcodes(
      { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height, colorSpace: 'srgb' } as unknown as Parameters<typeof readBarcodes>[0],
      { formats: ['EAN13'], maxNumberOfSymbols: 10 },
    );
    const codes = found.filter((f) => f.isValid).map((f) => f.text);
    const sugar = (await staff.call('catalog.get', { id: SUGAR })).barcodes[0]!;
    expect(codes.sort()).toEqual(['2000000000015', sugar, sugar].sort());
  });

  it('prints labels on the thermal printer, the barcode drawn by the printer (GS k)', async () => {
    const owner = await host.as('owner');
    await expectApiError(staff.call('catalog.printLabels', { items: [{ productId: ATTA, copies: 1 }] }), 'INVALID_INPUT');
    await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48 } });
    const done = await staff.call('catalog.printLabels', {
      items: [
        { productId: ATTA, copies: 2 },
        { productId: SUGAR, copies: 1 },
      ],
      layout: 'shelf',
    });
    expect(done).toEqual({ ok: true, message: '3 labels printed', labels: 3 });
    const decoded = decodeEscPos((await printer.waitForJob(0)).bytes);
    expect(decoded.unknown).toEqual([]);
    const sugar = (await staff.call('catalog.get', { id: SUGAR })).barcodes[0]!;
    expect(decoded.barcodes).toEqual([
      { type: 'EAN13', data: '2000000000015' },
      { type: 'EAN13', data: '2000000000015' },
      { type: 'EAN13', data: sugar },
    ]);
    expect(receiptText(decoded).join('\n')).toContain('Aashirvaad Atta 5kg');
    expect(decoded.cuts).toBe(1);
  });

  it('refuses a product without a barcode', async () => {
    await expectApiError(staff.call('catalog.labelsPdf', { items: [{ productId: 'prod-demo-007', copies: 1 }] }), 'INVALID_INPUT');
  });
});
