import { onFirstUse } from '../on-first-use';
import { shopHeadingOf } from '../../app/core/shop/identity';
import type ExcelJSModule from 'exceljs';
import type { z } from 'zod';
import type { ShopView } from '../../app/core/contract';
import { sayIn } from '../../app/core/i18n/fail';
import type { Report } from '../../app/core/reports/table';

const excelJs = onFirstUse<typeof ExcelJSModule>('exceljs');

/**
 * A report model as an Excel workbook for the accountant: numbers as numbers (rupees, Indian
 * digit grouping 1,00,000.00; quantities; percentages), dates as dates shown DD-MM-YYYY, the
 * first table's header row frozen. A report of several tables writes them one under another,
 * each under its caption.
 */
const INR = '[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00';
const FORMATS = { money: INR, date: 'dd-mm-yyyy', qty: '#,##0.###', percent: '0.00%', count: '#,##0' } as const;

type Kind = Report['parts'][number]['columns'][number]['kind'];
type Value = Report['parts'][number]['rows'][number]['cells'][number];

/** The number Excel keeps for a cell: rupees from paise, units from milli-units, a fraction from basis points. */
function excelValue(v: Value, kind: Kind, indent: number): string | number | Date | null {
  if (v === null) return null;
  if (typeof v === 'number') {
    if (kind === 'money') return v / 100;
    if (kind === 'qty') return v / 1000;
    if (kind === 'percent') return v / 10000;
    return v;
  }
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  return indent ? `${'  '.repeat(indent)}${v}` : v;
}

export async function renderTableXlsx(table: Report, shop: z.output<typeof ShopView>): Promise<Uint8Array> {
  const book = new (excelJs().Workbook)();
  book.creator = 'SmartKirana';
  book.title = `${table.title} ${table.period}`;
  // Excel refuses * ? : \ / [ ] in a sheet's name ("Cash book: Cash") and more than 31 characters.
  const sheet = book.addWorksheet(table.title.replace(/[*?:\\/[\]]/g, '-').slice(0, 31));
  sheet.addRow([shopHeadingOf(shop)]).font = { bold: true, size: 13 };
  sheet.addRow([`${table.title}, ${table.period}`]).font = { bold: true };
  if (shop.gstin) sheet.addRow([sayIn(table.lang)('report.gstin', { gstin: shop.gstin })]);
  const widths: number[] = [];
  table.parts.forEach((part, p) => {
    sheet.addRow([]);
    if (part.caption) sheet.addRow([part.caption]).font = { bold: true, italic: true };
    const head = sheet.addRow(part.columns.map((c) => c.label));
    head.font = { bold: true };
    head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EFED' } }));
    if (p === 0) sheet.views = [{ state: 'frozen', ySplit: head.number }];
    for (const r of part.rows) {
      const row = sheet.addRow(part.columns.map((c, i) => excelValue(r.cells[i] ?? null, c.kind, i === 0 ? (r.level ?? 0) : 0)));
      if (r.style === 'total' || r.style === 'subtotal' || r.style === 'group') row.font = { bold: true };
      part.columns.forEach((c, i) => {
        if (c.kind !== 'text') row.getCell(i + 1).numFmt = FORMATS[c.kind];
      });
    }
    part.columns.forEach((c, i) => {
      const w = c.kind === 'money' ? 15 : c.kind === 'text' ? Math.round(12 * (c.width ?? 2)) : 12;
      widths[i] = Math.max(widths[i] ?? 0, w);
    });
  });
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  for (const note of table.notes) sheet.addRow([note.text]).font = { italic: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
