import Papa from 'papaparse';
import { message, type Message } from '../i18n/fail';

export interface HsnMasterRow {
  code: string;
  description: string;
}

const CODE = /^\d{2}(\d{2}){0,3}$/;
const DESCRIPTION_MAX = 500;
const words = (cell: string) => cell.replace(/\s+/g, ' ').trim();

/**
 * The GST portal's HSN master (its HSN sheet as CSV): each chapter, heading, subheading and
 * tariff item with its description. The header may carry a line break or a BOM ("\\r\\nHSNCode");
 * codes of an odd length and rows without a description are left out and counted.
 */
export function readHsnMaster(csv: string): { rows: HsnMasterRow[]; skipped: number } | Message {
  const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const header = (table[0] ?? []).map((c) =>
    words(c)
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  );
  const codeAt = header.findIndex((h) => h === 'hsncode' || h === 'hsn' || h === 'hsncd');
  const descriptionAt = header.findIndex((h) => h === 'description' || h === 'desc');
  if (codeAt < 0 || descriptionAt < 0) return message('gst.hsnMasterHeader');
  const seen = new Map<string, string>();
  let skipped = 0;
  for (const row of table.slice(1)) {
    const code = words(row[codeAt] ?? '');
    const description = words(row[descriptionAt] ?? '').slice(0, DESCRIPTION_MAX);
    if (!CODE.test(code) || description === '' || seen.has(code)) skipped++;
    else seen.set(code, description);
  }
  if (seen.size === 0) return message('gst.hsnMasterEmpty');
  return { rows: [...seen].map(([code, description]) => ({ code, description })), skipped };
}
