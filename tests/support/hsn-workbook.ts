import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DATA_DIR } from './imports';

/**
 * The GST portal's HSN_SAC.xlsx as the portal lays it out (sheets HSN_MSTR and SAC_MSTR, columns
 * HSN_CD and HSN_Description), written from the real HSN master in the shared data folder. With
 * `codesAsNumbers` the codes are number cells, as a re-saved workbook has them (0101 becomes 101).
 */
export async function portalHsnWorkbook(opts: { codesAsNumbers?: boolean; sheets?: ReadonlyArray<'HSN_MSTR' | 'SAC_MSTR'> } = {}): Promise<Uint8Array> {
  const csv = readFileSync(join(DATA_DIR, 'hsn_codes_gst_portal.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data.slice(1);
  const wb = new ExcelJS.Workbook();
  for (const name of opts.sheets ?? ['HSN_MSTR', 'SAC_MSTR']) {
    const ws = wb.addWorksheet(name);
    if (name === 'HSN_MSTR') {
      ws.addRow(['HSN_CD', 'HSN_Description']);
      for (const [code = '', description = ''] of rows) ws.addRow([opts.codesAsNumbers && /^\d+$/.test(code) ? Number(code) : code, description]);
    } else {
      ws.addRow(['SAC_CD', 'SAC_Description']);
      ws.addRow(['99', 'All Services']);
      ws.addRow(['996311', 'Room or unit accommodation services']);
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A small workbook of the given sheets, each a header row and rows. */
export async function workbookOf(sheets: Record<string, ReadonlyArray<ReadonlyArray<string | number>>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow([...r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
