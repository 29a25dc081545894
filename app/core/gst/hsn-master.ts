import Papa from 'papaparse';
import { message, type Message } from '../i18n/fail';

export interface HsnMasterRow {
  code: string;
  description: string;
}

const CODE = /^\d{2}(\d{2}){0,3}$/;
const LOST_ZERO = /^\d(\d{2}){0,3}$/;
const DESCRIPTION_MAX = 500;
const words = (cell: string) => cell.replace(/\s+/g, ' ').trim();
const headerWord = (cell: string) =>
  words(cell)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Header cells (letters only, lower case) that name the code column: the CSV's HSNCode, the portal workbook's HSN_CD. */
export const HSN_CODE_HEADERS: readonly string[] = ['hsncode', 'hsncd', 'hsn'];
const DESCRIPTION_HEADERS: readonly string[] = ['description', 'hsndescription', 'desc'];

/**
 * The GST portal's HSN master as a table: each chapter, heading, subheading and tariff item with
 * its description. The header may carry a line break or a BOM ("\\r\\nHSNCode"); codes of an odd
 * length, rows without a description and repeats are left out and counted. From a workbook, whose
 * number cells drop a leading zero (101 for 0101), such a code is taken with the zero when the file
 * has no such code.
 */
export function readHsnTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  from: 'csv' | 'workbook' = 'csv',
): { rows: HsnMasterRow[]; skipped: number } | Message {
  const header = headers.map(headerWord);
  const codeAt = header.findIndex((h) => HSN_CODE_HEADERS.includes(h));
  const descriptionAt = header.findIndex((h) => DESCRIPTION_HEADERS.includes(h));
  if (codeAt < 0 || descriptionAt < 0) {
    const found = headers.map(words).filter((h) => h !== '');
    return message('gst.hsnMasterHeader', { found: found.length > 0 ? found.slice(0, 6).join(', ') : '—' });
  }
  const seen = new Map<string, string>();
  const zeroLost: HsnMasterRow[] = [];
  let skipped = 0;
  for (const row of rows) {
    const code = words(row[codeAt] ?? '');
    const description = words(row[descriptionAt] ?? '').slice(0, DESCRIPTION_MAX);
    if (from === 'workbook' && description !== '' && LOST_ZERO.test(code)) zeroLost.push({ code: `0${code}`, description });
    else if (!CODE.test(code) || description === '' || seen.has(code)) skipped++;
    else seen.set(code, description);
  }
  for (const r of zeroLost) {
    if (seen.has(r.code)) skipped++;
    else seen.set(r.code, r.description);
  }
  if (seen.size === 0) return message('gst.hsnMasterEmpty');
  return { rows: [...seen].map(([code, description]) => ({ code, description })), skipped };
}

/** The portal's HSN sheet saved as CSV. */
export function readHsnMaster(csv: string): { rows: HsnMasterRow[]; skipped: number } | Message {
  const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  return readHsnTable(table[0] ?? [], table.slice(1));
}
