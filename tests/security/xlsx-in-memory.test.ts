import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpreadsheets } from '../../app/host/spreadsheets';
import { xlsxInReadingOrder } from '../../app/host/workers/zip-order';
import { readZipDirectory } from '../../app/host/workers/zip-sizes';
import { zipOf } from './zip-bomb';

/**
 * An uploaded workbook is read from memory: the streaming reader never inflates a sheet into a
 * temporary file on the shop file's disk (whose write-back held a bill's fsync 75–115 ms).
 */
const tmp = createRequire(import.meta.resolve('exceljs'))('tmp') as { file: (...args: unknown[]) => void };

async function workbook(sharedStrings: boolean): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => sink.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: sharedStrings });
  const ws = wb.addWorksheet('Catalogue');
  ws.addRow(['Name', 'Price', 'Brand']).commit();
  for (let i = 0; i < 500; i++) ws.addRow([`Toor Dal ${i % 7}`, 100 + i, i % 2 ? 'Tata' : 'Aashirvaad']).commit();
  ws.commit();
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const names = (bytes: Uint8Array) =>
  readZipDirectory(bytes)!
    .entries.sort((a, b) => a.offset - b.offset)
    .map((e) => e.name);

afterEach(() => vi.restoreAllMocks());

describe('an .xlsx upload read from memory', () => {
  it.each([
    ['without shared strings (our own export)', false],
    ['with its shared strings after the sheet (as Excel saves)', true],
  ])('%s: every row read, no temporary file made', async (_name, shared) => {
    const bytes = await workbook(shared);
    // the order that made the reader spill the sheet to a temporary file
    const before = names(bytes);
    expect(before.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(before.indexOf('xl/workbook.xml'));
    if (shared) expect(before.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(before.indexOf('xl/sharedStrings.xml'));

    const spill = vi.spyOn(tmp, 'file');
    const table = await createSpreadsheets().parse(bytes, 'catalogue.xlsx', 'utf-8');
    expect(spill).not.toHaveBeenCalled();
    expect(table.problems).toEqual([]);
    expect(table.headers).toEqual(['Name', 'Price', 'Brand']);
    expect(table.rows).toHaveLength(500);
    expect(table.rows[0]).toEqual({ line: 2, cells: ['Toor Dal 0', '100', 'Aashirvaad'] });
    expect(table.rows[499]).toEqual({ line: 501, cells: ['Toor Dal 2', '599', 'Tata'] });
  });

  it('puts the strings, relations, workbook and styles first and keeps every part byte for byte', async () => {
    const bytes = await workbook(true);
    const { entries, directoryAt } = readZipDirectory(bytes)!;
    const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
    const part = (name: string) => {
      const i = byOffset.findIndex((e) => e.name === name);
      return bytes.subarray(byOffset[i]!.offset, byOffset[i + 1]?.offset ?? directoryAt);
    };
    const first = ['xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml'];
    const rest = entries.map((e) => e.name).filter((n) => !first.includes(n));
    expect(rest).toContain('xl/worksheets/sheet1.xml');
    expect(Buffer.from(xlsxInReadingOrder(bytes))).toEqual(Buffer.concat([...first, ...rest].map(part)));
  });

  it('a file whose directory does not add up is read as it came', () => {
    const bytes = zipOf([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ]);
    expect(xlsxInReadingOrder(bytes)).not.toBe(bytes);
    // the second part's header said to be where the first one's is
    const { directoryAt } = readZipDirectory(bytes)!;
    bytes.writeUInt32LE(0, directoryAt + 46 + 'xl/worksheets/sheet1.xml'.length + 42);
    expect(readZipDirectory(bytes)!.entries.map((e) => e.offset)).toEqual([0, 0]);
    expect(xlsxInReadingOrder(bytes)).toBe(bytes);
    const notZip = new Uint8Array([1, 2, 3]);
    expect(xlsxInReadingOrder(notZip)).toBe(notZip);
  });
});
