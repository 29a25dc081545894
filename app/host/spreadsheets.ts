import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { ParsedTable } from '../core/catalog/import-rows';
import type { Spreadsheets } from '../core/services/catalog/ports';

const cleanHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * CSV with every row's line number in the file (quoted values may span lines, as DMart's
 * descriptions do), so an error names the line a person finds in a text editor. A row whose
 * quoting is broken, or whose count of values is not the header's, is reported, never guessed at.
 */
export function parseCsv(text: string): ParsedTable {
  const body = text.replace(/^\uFEFF/, '');
  const rows: ParsedTable['rows'] = [];
  const problems: ParsedTable['problems'] = [];
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
      const broken = result.errors.find((e) => e.type === 'Quotes');
      if (!headers) {
        headers = cells.map(cleanHeader);
        return;
      }
      if (broken)
        problems.push({
          line: first,
          message:
            broken.code === 'MissingQuotes'
              ? `A quote opened here is never closed: lines ${first}–${last} were read as one row and are left out`
              : `A quote is out of place (${broken.message})`,
        });
      else if (cells.length !== headers.length)
        problems.push({ line: first, message: `Has ${cells.length} values where the header has ${headers.length} (a comma or quote out of place?)` });
      else rows.push({ line: first, cells });
    },
  });
  return { headers: headers ?? [], rows, problems };
}

async function parseXlsx(bytes: Uint8Array): Promise<ParsedTable> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return { headers: [], rows: [], problems: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cleanHeader(cell.text)));
  const rows: ParsedTable['rows'] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = headers.map((_h, i) => row.getCell(i + 1).text.trim());
    if (cells.some((c) => c !== '')) rows.push({ line: number, cells });
  });
  return { headers, rows, problems: [] };
}

export const spreadsheets: Spreadsheets = {
  async parse(bytes, fileName, encoding) {
    if (/\.xlsx$/i.test(fileName)) {
      try {
        return await parseXlsx(bytes);
      } catch {
        return { headers: [], rows: [], problems: [{ line: 1, message: 'This is not an Excel workbook (.xlsx) that can be read' }] };
      }
    }
    const text = encoding === 'windows-1252' ? iconv.decode(Buffer.from(bytes), 'win1252') : new TextDecoder('utf-8').decode(bytes);
    return parseCsv(text);
  },

  async writeXlsx(sheets) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'SmartKirana';
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name.replace(/[\\/?*[\]:]/g, '-').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, Math.min(40, c.header.length + 4)) }));
      ws.getRow(1).font = { bold: true };
      for (const r of s.rows) ws.addRow([...r]);
    }
    return new Uint8Array(await wb.xlsx.writeBuffer());
  },
};
