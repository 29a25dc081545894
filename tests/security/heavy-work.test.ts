import { existsSync } from 'node:fs';
import { expectApiError } from '../support/api-errors';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient } from '../../app/core/contract';
import { AppError } from '../../app/core/contract/errors';
import { createSpreadsheets, SHEET_LIMITS } from '../../app/host/spreadsheets';
import { createHeavyLane, offloadedSpreadsheets } from '../../app/host/workers/heavy-lane';
import { zipEntrySizes } from '../../app/host/workers/zip-sizes';
import { DATA_DIR, dataFile, upload } from '../support/imports';
import { makeTestHost, type TestHost } from '../support/test-host';
import { xlsxBomb } from './zip-bomb';
import { sayMessage } from '../../app/core/i18n/fail';

/** Imports and exports on the heavy-work thread, and the limits an uploaded file meets there. */
let host: TestHost;
let manager: ApiClient;
let staff: ApiClient;
beforeAll(async () => {
  host = makeTestHost({ offload: true });
  manager = await host.as('manager');
  staff = await host.as('staff');
}, 60_000);
afterAll(() => host.dispose());

describe('a zip bomb shaped like an .xlsx', () => {
  it('is refused from its declared sizes, before anything is inflated, and the host keeps billing', async () => {
    const bomb = xlsxBomb(300);
    expect(bomb.length).toBeLessThan(2 << 20);
    expect(zipEntrySizes(bomb)?.find((e) => e.name.includes('sheet1'))?.uncompressed).toBe(300 << 20);
    const importId = await upload(manager, 'catalogue.xlsx', bomb);
    const e = await expectApiError(manager.call('catalog.importPreview', { importId }), 'INVALID_INPUT');
    expect(e.message).toMatch(/unpacks .* times its size: it is not a normal Excel file/);
    const bill = await staff.call('billing.postInvoice', {
      clientRef: 'after-the-bomb-0001',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    expect(bill.number).toMatch(/00001$/);
  }, 60_000);

  it('the same bomb through importCommit (parsed on the worker too) is refused the same way', async () => {
    const importId = await upload(manager, 'catalogue.xlsx', xlsxBomb(300));
    expect((await expectApiError(manager.call('catalog.importCommit', { importId }), 'INVALID_INPUT')).message).toMatch(/not a normal Excel file/);
  });
});

describe('the limits a spreadsheet meets', () => {
  const sheets = createSpreadsheets({ ...SHEET_LIMITS, maxRows: 100, maxColumns: 5, maxBytes: 1 << 20 });
  const refused = async (p: Promise<unknown>) => {
    const e = await p.catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).message;
  };

  it('refuses too many rows, too many columns, and a file too large, each saying which', async () => {
    const rows = ['name,price', ...Array.from({ length: 150 }, (_, i) => `item ${i},${i}`)].join('\n');
    expect(await refused(sheets.parse(new TextEncoder().encode(rows), 'a.csv', 'utf-8'))).toMatch(/more than 100 rows/);
    const wide = Array.from({ length: 9 }, (_, i) => `c${i}`).join(',');
    expect(await refused(sheets.parse(new TextEncoder().encode(wide), 'a.csv', 'utf-8'))).toMatch(/9 columns/);
    expect(await refused(sheets.parse(new Uint8Array(2 << 20), 'a.csv', 'utf-8'))).toMatch(/larger than 1 MB/);
  });

  it('reads a file that is not a zip at all as "not an Excel workbook", not a crash', async () => {
    const table = await createSpreadsheets().parse(new TextEncoder().encode('name,price\nx,1'), 'fake.xlsx', 'utf-8');
    expect(sayMessage('en', table.problems[0]?.problem ?? { key: 'error.INTERNAL' })).toMatch(/not an Excel workbook/);
  });
});

describe('a job too big for the worker’s memory', () => {
  it('ends the worker, not the host; the next job gets a fresh worker', async () => {
    const lane = createHeavyLane({ dbFile: join(host.dir, 'shop.sqlite'), validateResults: false, log: () => {}, maxHeapMb: 48 });
    try {
      const big = new TextEncoder().encode(
        ['name,price', ...Array.from({ length: 400_000 }, (_, i) => `a fairly long product name number ${i},${i}`)].join('\n'),
      );
      const failure = await lane.run({ kind: 'parse', bytes: big, fileName: 'big.csv', encoding: 'utf-8' }).catch((e: unknown) => e as Error);
      expect((failure as Error).message).toMatch(/more memory than the app allows/);
      const small = await offloadedSpreadsheets(lane).parse(new TextEncoder().encode('name,price\nx,1'), 's.csv', 'utf-8');
      expect(small.rows).toEqual([{ line: 2, cells: ['x', '1'] }]);
    } finally {
      lane.close();
    }
  }, 60_000);
});

describe.runIf(existsSync(join(DATA_DIR, 'bigbasket_products_20k.csv')))('imports and exports on the worker', () => {
  it('preview and commit give what they give inline, and the export reads back', async () => {
    const importId = await upload(manager, 'bigbasket_products_20k.csv', dataFile('bigbasket_products_20k.csv'));
    const preview = await manager.call('catalog.importPreview', { importId });
    expect(preview).toMatchObject({ preset: 'bigbasket', rows: 20000, valid: 19254 });
    const committed = await manager.call('catalog.importCommit', { importId });
    expect(committed.imported).toBe(19254);
    const exported = await manager.call('catalog.exportExcel', { what: 'catalog' });
    const again = await upload(manager, 'again.xlsx', new Uint8Array(Buffer.from(exported.base64, 'base64')));
    const back = await manager.call('catalog.importPreview', { importId: again });
    expect(back.rows).toBeGreaterThanOrEqual(19254);
  }, 180_000);
});
