import type { ImportDraft, ImportError } from '../../catalog/import-rows';
import { fail } from '../../i18n/fail';

/** An owner's HSN and GST rate for every row of one category whose HSN the importer guessed. */
export interface HsnFix {
  category: string;
  hsn: string;
  gstRateBp: number;
}

const GST_SLABS: readonly number[] = [0, 25, 150, 300, 500, 1200, 1800, 2800, 4000];

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG picture'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF picture'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x52, 0x49, 0x46, 0x46], 'a picture or sound file'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) or Word file; save it as .xlsx or .csv'],
  [[0x1f, 0x8b], 'a compressed (.gz) file'],
];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Refuses a file that is not text or a workbook before it is read as one: a picture renamed
 * .csv would otherwise come back as one garbled "column" and a question about the name column.
 */
export function checkSpreadsheet(bytes: Uint8Array, fileName: string): void {
  const known = MAGIC.find(([sig]) => startsWith(bytes, sig));
  const zip = startsWith(bytes, [0x50, 0x4b]);
  const xlsx = /\.xlsx$/i.test(fileName);
  let kind: string | undefined = known?.[1];
  if (!kind && xlsx && !zip && bytes.length > 0) kind = 'a text file named .xlsx';
  if (!kind && !xlsx && zip) kind = 'a .zip or .xlsx file named .csv';
  if (!kind && !xlsx && bytes.subarray(0, 8192).includes(0)) kind = 'a binary file';
  if (kind) fail('INVALID_INPUT', 'catalog.notSpreadsheet', { file: fileName, kind });
}

/** The owner's fixes applied to the guessed rows of their categories; a fixed row is no longer a guess. */
export function applyHsnFixes(drafts: ImportDraft[], fixes: readonly HsnFix[]): ImportDraft[] {
  if (fixes.length === 0) return drafts;
  for (const f of fixes) {
    if (!/^(\d{4}|\d{6}|\d{8})$/.test(f.hsn)) fail('INVALID_INPUT', 'catalog.hsnFixBad', { hsn: f.hsn });
    if (!GST_SLABS.includes(f.gstRateBp)) fail('INVALID_INPUT', 'catalog.gstFixBad', { rate: String(f.gstRateBp / 100) });
  }
  const byCategory = new Map(fixes.map((f) => [f.category, f]));
  return drafts.map((d) => {
    const fix = d.hsnGuessed ? byCategory.get(d.category) : undefined;
    return fix ? { ...d, hsn: fix.hsn, gstRateBp: fix.gstRateBp, hsnGuessed: false } : d;
  });
}

/**
 * What an import will do, in counts a shop owner can check before saying yes: products that come
 * in for sale, those that come in inactive (no price in the file), rows whose HSN is a guess
 * (grouped by category with the guess, so one fix covers a group), rows already in the catalogue
 * (left as they are: an import never changes an existing product) and rows skipped for errors.
 */
export function importSummary(drafts: readonly ImportDraft[], errors: readonly ImportError[]) {
  const lines = (list: readonly ImportError[]) => new Set(list.map((e) => e.line));
  const existingLines = lines(errors.filter((e) => e.existing));
  const badLines = lines(errors.filter((e) => !e.existing));
  for (const l of badLines) existingLines.delete(l);
  const guesses = new Map<string, { category: string; hsn: string; gstRateBp: number; rows: number; firstLine: number }>();
  for (const d of drafts) {
    if (!d.hsnGuessed) continue;
    const g = guesses.get(d.category);
    if (g) g.rows += 1;
    else guesses.set(d.category, { category: d.category, hsn: d.hsn, gstRateBp: d.gstRateBp, rows: 1, firstLine: d.line });
  }
  return {
    forSale: drafts.filter((d) => d.active).length,
    inactive: drafts.filter((d) => !d.active).length,
    hsnGuessed: drafts.filter((d) => d.hsnGuessed).length,
    alreadyInCatalogue: existingLines.size,
    skipped: badLines.size,
    guesses: [...guesses.values()].sort((a, b) => b.rows - a.rows),
  };
}
