import { hasValidCheckDigit, normalizeScannedCode } from './barcode';
import { guessHsn } from './hsn-guess';
import type { Mapping } from './import-fields';
import type { Unit } from '../format/qty';
import { MILLI } from '../format/qty';
import type { ImportField, Lang } from '../contract/vocabulary';
import { message, sayMessage, type Message } from '../i18n/fail';

/** A spreadsheet as the host read it: cells by column, each row with its line number in the file. */
export interface ParsedTable {
  headers: string[];
  rows: Array<{ line: number; cells: string[] }>;
  /** lines the reader could not make into a row (broken quoting, bad bytes), with the reason */
  problems: Array<{ line: number; problem: Message }>;
}

export interface ImportError {
  line: number;
  field: string;
  /** in English, for logs and tools; `problem` says it in the reader's language */
  message: string;
  problem: Message;
  /** the row is a product the catalogue already has: left as it is, not an error in the file */
  existing?: boolean;
}

/** The rows' problems as the API answers them: each said in the reader's language. */
export const rowErrorsIn = (lang: Lang, errors: readonly ImportError[]) => errors.map(({ problem, ...e }) => ({ ...e, message: sayMessage(lang, problem) }));

/** A product ready to insert, from one good row. */
export interface ImportDraft {
  line: number;
  name: string;
  nameHi: string | null;
  altNames: string[];
  brand: string;
  category: string;
  subCategory: string;
  packSize: string;
  barcodes: string[];
  hsn: string;
  gstRateBp: number;
  /** the file gave no HSN: hsn and gstRateBp are a guess from the category, to check before selling */
  hsnGuessed: boolean;
  cessRateBp: number;
  mrpPaise: number | null;
  pricePaise: number;
  costPaise: number;
  unit: Unit;
  loose: boolean;
  reorderLevelMilli: number;
  reorderQtyMilli: number;
  imageUrl: string | null;
  /** a row without a selling price is imported inactive: it cannot be sold until it has one */
  active: boolean;
}

export interface ExistingCatalogue {
  /** the name of the product that already has this barcode */
  barcodeOwner(code: string): string | undefined;
  /** the name of an existing product with the same name, brand, pack size, MRP and price */
  sameProduct(key: string): string | undefined;
}

const UNITS: Record<string, Unit> = {
  pcs: 'pcs',
  pc: 'pcs',
  piece: 'pcs',
  nos: 'pcs',
  kg: 'kg',
  kgs: 'kg',
  l: 'l',
  ltr: 'l',
  litre: 'l',
  g: 'g',
  gm: 'g',
  ml: 'ml',
  pack: 'pack',
  box: 'box',
  dozen: 'dozen',
  dz: 'dozen',
};
const GST_SLABS = new Set([0, 25, 150, 300, 500, 1200, 1800, 2800, 4000]);

/** Rupees as people write them ("₹1,249.50", "49") → paise; NaN when it is not an amount. */
export function rupeesToPaise(text: string): number {
  const t = text.replace(/[₹,\s]|Rs\.?/gi, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return Number.NaN;
  const [whole = '0', frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

function percentToBp(text: string): number {
  const t = text.trim().replace(/%$/, '').trim();
  if (/^nil$|^exempt$/i.test(t)) return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return Number.NaN;
  return Math.round(Number(t) * 100);
}

/**
 * Two rows are the same product when name, brand, pack size, MRP and price all agree (catalogues
 * list one name in several sizes at different prices). Rows with barcodes are told apart by them.
 */
export const productKey = (p: { name: string; brand: string; packSize: string; mrpPaise: number | null; pricePaise: number }) =>
  `${p.name}|${p.brand}|${p.packSize}|${p.mrpPaise ?? ''}|${p.pricePaise}`.toLowerCase().replace(/\s+/g, ' ');

export interface CheckedRows {
  drafts: ImportDraft[];
  errors: ImportError[];
}

const NOT_AMOUNT = { mrp: 'importRow.mrpNotAmount', price: 'importRow.priceNotAmount', cost: 'importRow.costNotAmount' } as const;

/** One row at a time, remembering the barcodes and products seen on earlier rows. */
function rowChecker(table: ParsedTable, mapping: Mapping, existing: ExistingCatalogue) {
  const errors: ImportError[] = table.problems.map((p) => ({ line: p.line, field: 'file', message: sayMessage('en', p.problem), problem: p.problem }));
  const drafts: ImportDraft[] = [];
  const column = new Map<ImportField, number>();
  for (const [field, header] of Object.entries(mapping) as Array<[ImportField, string]>) {
    const i = table.headers.indexOf(header);
    if (i >= 0) column.set(field, i);
  }
  const seenBarcodes = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  const checkRow = ({ line, cells }: ParsedTable['rows'][number]) => {
    const rowErrors: ImportError[] = [];
    const bad = (field: string, problem: Message, existing?: boolean) =>
      rowErrors.push({ line, field, message: sayMessage('en', problem), problem, ...(existing ? { existing } : {}) });
    const get = (f: ImportField) => {
      const i = column.get(f);
      return i === undefined ? '' : (cells[i] ?? '').replace(/\s+/g, ' ').trim();
    };
    if (cells.some((c) => c.includes('\uFFFD'))) bad('file', message('importRow.notUtf8'));
    let name = get('name');
    const brand = get('brand');
    const packSize = get('packSize');
    if (name === '') bad('name', message('importRow.noName'));
    // "Chana Dal" in 500 gm and 1 kg are two products: the pack size joins the name when it is not in it.
    if (packSize && !name.toLowerCase().includes(packSize.toLowerCase())) name = `${name} ${packSize}`;
    if (brand && name && !name.toLowerCase().includes(brand.toLowerCase()) && name.length + brand.length < 200) name = `${brand} ${name}`;
    if (name.length > 200) bad('name', message('importRow.nameTooLong', { length: name.length }));

    const money = (f: 'mrp' | 'price' | 'cost') => {
      const text = get(f);
      if (text === '') return null;
      const p = rupeesToPaise(text);
      if (Number.isNaN(p)) bad(f, text.startsWith('-') ? message('importRow.negativeAmount', { text }) : message(NOT_AMOUNT[f], { text }));
      return Number.isNaN(p) ? null : p;
    };
    const mrpPaise = money('mrp');
    const price = money('price');
    const costPaise = money('cost') ?? 0;
    const pricePaise = price ?? mrpPaise ?? 0;
    if (mrpPaise !== null && pricePaise > mrpPaise) bad('price', message('importRow.priceAboveMrp', { price: pricePaise / 100, mrp: mrpPaise / 100 }));

    const barcodes = [
      ...new Set(
        get('barcode')
          .split(/[\s,;|]+/)
          .map(normalizeScannedCode)
          .filter(Boolean),
      ),
    ];
    for (const code of barcodes) {
      if (!/^[A-Za-z0-9\-.]{4,32}$/.test(code)) bad('barcode', message('importRow.barcodeChars', { barcode: code }));
      else if (/^\d+$/.test(code) && !/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(code))
        bad('barcode', message('importRow.barcodeLength', { barcode: code, digits: code.length }));
      else if (/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(code) && !hasValidCheckDigit(code))
        bad('barcode', message('importRow.barcodeCheckDigit', { barcode: code }));
      else if (seenBarcodes.has(code)) bad('barcode', message('importRow.barcodeTwice', { barcode: code, line: seenBarcodes.get(code) ?? 0 }));
      else if (existing.barcodeOwner(code))
        bad('barcode', message('importRow.barcodeTaken', { barcode: code, product: existing.barcodeOwner(code) ?? '' }), true);
    }

    const category = get('category');
    const subCategory = get('subCategory');
    const guessed = guessHsn(category, subCategory);
    const hsnText = get('hsn').replace(/\s/g, '');
    if (hsnText !== '' && !/^(\d{4}|\d{6}|\d{8})$/.test(hsnText)) bad('hsn', message('importRow.hsnDigits', { hsn: hsnText }));
    const gstText = get('gstRate');
    const gstRateBp = gstText === '' ? guessed.gstRateBp : percentToBp(gstText);
    if (Number.isNaN(gstRateBp) || !GST_SLABS.has(gstRateBp)) bad('gstRate', message('importRow.gstSlab', { rate: gstText }));
    const cessText = get('cessRate');
    const cessRateBp = cessText === '' ? 0 : percentToBp(cessText);
    if (Number.isNaN(cessRateBp) || cessRateBp > 10000) bad('cessRate', message('importRow.cess', { cess: cessText }));

    const unitText = get('unit').toLowerCase();
    const unit = unitText === '' ? 'pcs' : UNITS[unitText];
    if (!unit) bad('unit', message('importRow.unit', { unit: unitText }));
    const loose = unit === 'kg' || unit === 'l';
    const qty = (f: 'reorderLevel' | 'reorderQty') => {
      const text = get(f);
      if (text === '') return 0;
      const n = Number(text);
      if (!Number.isFinite(n) || n < 0) bad(f, message('importRow.notQuantity', { text }));
      return Number.isFinite(n) && n >= 0 ? Math.round(n * MILLI) : 0;
    };
    const reorderLevelMilli = qty('reorderLevel');
    const reorderQtyMilli = qty('reorderQty');

    const key = productKey({ name, brand, packSize, mrpPaise, pricePaise });
    if (name && barcodes.length === 0 && seenKeys.has(key)) bad('name', message('importRow.sameAsLine', { line: seenKeys.get(key) ?? 0 }));
    else if (name && barcodes.length === 0 && existing.sameProduct(key))
      bad('name', message('importRow.inCatalogue', { product: existing.sameProduct(key) ?? '' }), true);

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    seenKeys.set(key, line);
    for (const code of barcodes) seenBarcodes.set(code, line);
    const imageUrl = get('imageUrl');
    drafts.push({
      line,
      name,
      nameHi: get('nameHi') || null,
      altNames: get('altNames')
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, 10),
      brand,
      category,
      subCategory,
      packSize,
      barcodes,
      hsn: hsnText || guessed.hsn,
      gstRateBp,
      hsnGuessed: hsnText === '',
      cessRateBp,
      mrpPaise,
      pricePaise,
      costPaise,
      unit: unit ?? 'pcs',
      loose,
      reorderLevelMilli,
      reorderQtyMilli,
      imageUrl: /^https?:\/\//.test(imageUrl) ? imageUrl.slice(0, 500) : null,
      active: price !== null || mrpPaise !== null,
    });
  };
  const result = () => {
    errors.sort((a, b) => a.line - b.line);
    return { drafts, errors };
  };
  return { checkRow, result };
}

/**
 * Checks every row against the catalogue's rules and turns the good ones into products. Nothing is
 * dropped: a row is either a draft or one or more errors with its line and the field at fault.
 */
export function checkImportRows(table: ParsedTable, mapping: Mapping, existing: ExistingCatalogue): CheckedRows {
  const checker = rowChecker(table, mapping, existing);
  table.rows.forEach(checker.checkRow);
  return checker.result();
}

/** The same checks with a pause every `every` rows, for a caller whose thread must keep answering. */
export async function checkImportRowsPaced(
  table: ParsedTable,
  mapping: Mapping,
  existing: ExistingCatalogue,
  pause: () => Promise<void>,
  every = 500,
): Promise<CheckedRows> {
  const checker = rowChecker(table, mapping, existing);
  for (let i = 0; i < table.rows.length; i++) {
    if (i > 0 && i % every === 0) await pause();
    const row = table.rows[i];
    if (row) checker.checkRow(row);
  }
  return checker.result();
}
