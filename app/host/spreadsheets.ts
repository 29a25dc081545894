import { onFirstUse } from '../../printers/on-first-use';
import { PassThrough, Readable } from 'node:stream';
import type ExcelJSModule from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../core/contract/errors';
import type { ParsedTable } from '../core/catalog/import-rows';
import type { Spreadsheets } from '../core/services/catalog/ports';
import { fail, message } from '../core/i18n/fail';
import { xlsxInReadingOrder } from './workers/zip-order';
import { zipEntrySizes } from './workers/zip-sizes';

const excelJs = onFirstUse<typeof ExcelJSModule>('exceljs');

/**
 * Reading and writing spreadsheets, within limits: an upload is hostile until read. These run
 * wherever they are called; the host calls them on its heavy-work worker (workers/heavy-lane.ts)
 * so that a big file never holds up the counter.
 */
export interface SheetLimits {
  /** the uploaded file */
  maxBytes: number;
  /** what an .xlsx declares it inflates to, in all */
  maxInflatedBytes: number;
  /** how much one part may inflate relative to its packed size (XML packs about 10:1; bombs 1000:1) */
  maxRatio: number;
  maxRows: number;
  maxColumns: number;
  maxCells: number;
}

export const SHEET_LIMITS: SheetLimits = {
  maxBytes: 32 << 20,
  maxInflatedBytes: 512 << 20,
  maxRatio: 100,
  maxRows: 400_000,
  maxColumns: 200,
  maxCells: 10_000_000,
};

const cleanHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Counts rows and cells as they come, refusing the file at the first limit it passes. */
function counter(limits: SheetLimits) {
  let rows = 0;
  let cells = 0;
  return (width: number) => {
    rows += 1;
    cells += width;
    if (width > limits.maxColumns) fail('INVALID_INPUT', 'catalog.tooManyColumns', { columns: width, max: limits.maxColumns });
    if (rows > limits.maxRows) fail('INVALID_INPUT', 'catalog.tooManyRows', { max: limits.maxRows.toLocaleString('en-IN') });
    if (cells > limits.maxCells) fail('INVALID_INPUT', 'catalog.tooManyCells', { max: limits.maxCells.toLocaleString('en-IN') });
  };
}

/**
 * CSV with every row's line number in the file (quoted values may span lines, as DMart's
 * descriptions do), so an error names the line a person finds in a text editor. A row whose
 * quoting is broken, or whose count of values is not the header's, is reported, never guessed at.
 */
export function parseCsv(text: string, limits: SheetLimits = SHEET_LIMITS): ParsedTable {
  const body = text.replace(/^\uFEFF/, '');
  const rows: ParsedTable['rows'] = [];
  const problems: ParsedTable['problems'] = [];
  const count = counter(limits);
  let headers: string[] | null = null;
  let offset = 0;
  let line = 1;
  const lineAt = (pos: number) => {
    for (let i = offset; i < pos; i++) if (body.charCodeAt(i) === 10) line++;
    offset = Math.max(offset, pos);
    return line;
  };
  let start = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      // Skip the line breaks between rows so the row's first line is counted.
      while (start < end && (body[start] === '\n' || body[start] === '\r')) start++;
      const first = lineAt(start);
      const cells = result.data;
      const last = lineAt(end);
      start = end;
      if (cells.length === 1 && cells[0]?.trim() === '') return;
      count(cells.length);
      const broken = result.errors.find((e) => e.type === 'Quotes');
      if (!headers) {
        headers = cells.map(cleanHeader);
        return;
      }
      if (broken)
        problems.push({
          line: first,
          problem:
            broken.code === 'MissingQuotes'
              ? message('importRow.quoteNeverClosed', { first, last })
              : message('importRow.quoteOutOfPlace', { detail: broken.message }),
        });
      else if (cells.length !== headers.length)
        problems.push({ line: first, problem: message('importRow.valueCount', { count: cells.length, headers: headers.length }) });
      else rows.push({ line: first, cells });
    },
  });
  return { headers: headers ?? [], rows, problems };
}

const NOT_XLSX: ParsedTable = { headers: [], rows: [], problems: [{ line: 1, problem: message('importRow.notXlsx') }] };

/** Refuses an .xlsx whose declared sizes are those of a zip bomb, before anything is inflated; false when it is no zip at all. */
export function checkXlsxSizes(bytes: Uint8Array, limits: SheetLimits = SHEET_LIMITS): boolean {
  const entries = zipEntrySizes(bytes);
  if (!entries) return false;
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > limits.maxInflatedBytes) fail('INVALID_INPUT', 'catalog.unpacksTooBig', { mb: Math.round(total / 2 ** 20), max: limits.maxInflatedBytes >> 20 });
  const bomb = entries.find((e) => e.uncompressed > 1 << 20 && e.uncompressed > e.compressed * limits.maxRatio);
  // The part's name stays in the log's details: it means nothing to a shop owner.
  if (bomb) fail('INVALID_INPUT', 'catalog.zipBomb', { ratio: Math.round(bomb.uncompressed / Math.max(1, bomb.compressed)) }, { part: bomb.name });
  return true;
}

const headerWord = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The first sheet (or the first whose header row has one of `sheetWith`), read as a stream: memory
 * follows one row at a time, not the whole inflated XML.
 */
async function parseXlsx(bytes: Uint8Array, limits: SheetLimits, sheetWith?: readonly string[]): Promise<ParsedTable> {
  if (!checkXlsxSizes(bytes, limits)) return NOT_XLSX;
  const count = counter(limits);
  // the sheet read straight from memory, not first inflated into a temporary file (see zip-order.ts)
  const ordered = xlsxInReadingOrder(bytes);
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(Readable.from([Buffer.from(ordered.buffer, ordered.byteOffset, ordered.byteLength)]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    const headers: string[] = [];
    const rows: ParsedTable['rows'] = [];
    let wanted = !sheetWith;
    for await (const row of sheet) {
      count(row.cellCount);
      if (row.number === 1) {
        row.eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cleanHeader(cell.text)));
        for (let i = 0; i < headers.length; i++) headers[i] ??= '';
        wanted ||= headers.some((h) => sheetWith?.includes(headerWord(h)));
        continue;
      }
      // A sheet that is not the one asked for is read past (the stream has no skipping) but not kept.
      if (!wanted) continue;
      const cells = headers.map((_h, i) => row.getCell(i + 1).text.trim());
      if (cells.some((c) => c !== '')) rows.push({ line: row.number, cells });
    }
    if (wanted) return { headers, rows, problems: [] };
  }
  return { headers: [], rows: [], problems: [] };
}

/** Writes sheets as a stream (300k rows in a few hundred MB, not gigabytes). */
async function writeXlsx(sheets: Parameters<Spreadsheets['writeXlsx']>[0]): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => sink.on('end', resolve).on('error', reject));
  const wb = new (excelJs().stream.xlsx.WorkbookWriter)({ stream: sink, useSharedStrings: false, useStyles: true });
  wb.creator = 'SmartKirana';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.replace(/[\\/?*[\]:]/g, '-').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, Math.min(40, c.header.length + 4)) }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const r of s.rows) ws.addRow([...r]).commit();
    ws.commit();
  }
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The Spreadsheets port, run where it is called (on the heavy-work worker, or inline in tests). */
export function createSpreadsheets(limits: SheetLimits = SHEET_LIMITS): Spreadsheets {
  return {
    async parse(bytes, fileName, encoding, sheetWith) {
      if (bytes.length > limits.maxBytes) fail('INVALID_INPUT', 'catalog.fileTooLarge', { mb: limits.maxBytes >> 20 });
      if (/\.xlsx$/i.test(fileName)) {
        try {
          return await parseXlsx(bytes, limits, sheetWith);
        } catch (e) {
          if (e instanceof AppError) throw e;
          return NOT_XLSX;
        }
      }
      const text = encoding === 'windows-1252' ? iconv.decode(Buffer.from(bytes), 'win1252') : new TextDecoder('utf-8').decode(bytes);
      return parseCsv(text, limits);
    },
    writeXlsx,
  };
}

export const spreadsheets: Spreadsheets = createSpreadsheets();
