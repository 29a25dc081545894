import type { ParsedTable } from '../catalog/import-rows';
import { dayFromIso, isoFromDay, type DayNumber } from './days';
import type { DemandRow } from './series';
import { sayMessage } from '../i18n/fail';

/**
 * A sales history file's rows, checked: the columns `date` (YYYY-MM-DD), `sku` and `qty` are
 * required; `category`, `price_paise`, `promo` (0/1) and `stockout` (0/1) are optional. Any bad
 * value is reported by line and column, and the whole file is refused: a forecast from a file
 * half-read is worse than none.
 */
export const REQUIRED_COLUMNS = ['date', 'sku', 'qty'] as const;
export const OPTIONAL_COLUMNS = ['category', 'price_paise', 'promo', 'stockout'] as const;

export type HistoryRowsResult = { ok: true; rows: DemandRow[] } | { ok: false; problems: string[] };

const MAX_LISTED = 8;

export function demandRowsFromTable(table: ParsedTable, today: DayNumber): HistoryRowsResult {
  const headers = table.headers.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !headers.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: the header row must name date, sku and qty (found: ${headers.join(', ') || 'nothing'})`,
      ],
    };
  }
  const col = (name: string) => headers.indexOf(name);
  const [date, sku, qty, category, price, promo, stockout] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map(col);
  const problems = table.problems.map((p) => `line ${p.line}: ${sayMessage('en', p.problem)}`);
  const rows: DemandRow[] = [];
  const flag = (cells: string[], index: number | undefined, name: string, line: number): boolean => {
    if (index === undefined || index < 0) return false;
    const v = (cells[index] ?? '').trim();
    if (v === '' || v === '0') return false;
    if (v === '1') return true;
    problems.push(`line ${line}: ${name} '${v}' must be 0 or 1`);
    return false;
  };
  for (const { line, cells } of table.rows) {
    const cell = (index: number | undefined) => (index === undefined || index < 0 ? '' : (cells[index] ?? '').trim());
    const isoDate = cell(date);
    const day = dayFromIso(isoDate);
    if (day === null) problems.push(`line ${line}: date '${isoDate}' is not a date written YYYY-MM-DD`);
    else if (day > today) problems.push(`line ${line}: date ${isoDate} is in the future (today is ${isoFromDay(today)})`);
    const id = cell(sku);
    if (id === '') problems.push(`line ${line}: sku is empty`);
    const units = Number(cell(qty));
    if (cell(qty) === '' || !Number.isFinite(units)) problems.push(`line ${line}: qty '${cell(qty)}' is not a number`);
    else if (units < 0) problems.push(`line ${line}: qty ${units} is negative (net returns into the day's sales, at 0 at least)`);
    const priceText = cell(price);
    const pricePaise = priceText === '' ? null : Number(priceText);
    if (pricePaise !== null && !(Number.isInteger(pricePaise) && pricePaise >= 0))
      problems.push(`line ${line}: price_paise '${priceText}' must be a whole number of paise`);
    const row: DemandRow = {
      day: day ?? 0,
      sku: id,
      category: cell(category) || null,
      units,
      pricePaise: pricePaise !== null && Number.isInteger(pricePaise) ? pricePaise : null,
      promo: flag(cells, promo, 'promo', line),
      stockout: flag(cells, stockout, 'stockout', line),
    };
    if (problems.length === 0) rows.push(row);
    if (problems.length > MAX_LISTED) break;
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED);
    if (problems.length > MAX_LISTED) listed.push('… and more; fix these first');
    return { ok: false, problems: listed };
  }
  if (rows.length === 0) return { ok: false, problems: ['the file has a header but no rows of sales'] };
  return { ok: true, rows };
}
