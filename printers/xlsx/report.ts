import { shopHeadingOf } from '../../app/core/shop/identity';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ShopView } from '../../app/core/contract';
import { sayIn } from '../../app/core/i18n/fail';
import type { ReportTable } from '../../app/core/reports/table';

/**
 * A book or statement as an Excel workbook for the accountant: numbers as numbers (rupees, Indian
 * digit grouping 1,00,000.00), dates as dates shown DD-MM-YYYY, the header row frozen.
 */
const INR = '[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00';

export async function renderTableXlsx(table: ReportTable, shop: z.output<typeof ShopView>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'SmartKirana';
  book.title = `${table.title} ${table.period}`;
  // Excel refuses * ? : \ / [ ] in a sheet's name ("Cash book: Cash") and more than 31 characters.
  const sheet = book.addWorksheet(table.title.replace(/[*?:\\/[\]]/g, '-').slice(0, 31));
  sheet.addRow([shopHeadingOf(shop)]).font = { bold: true, size: 13 };
  sheet.addRow([`${table.title}, ${table.period}`]).font = { bold: true };
  if (shop.gstin) sheet.addRow([sayIn(table.lang)('report.gstin', { gstin: shop.gstin })]);
  sheet.addRow([]);
  const head = sheet.addRow(table.columns.map((c) => c.label));
  head.font = { bold: true };
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EFED' } }));
  sheet.views = [{ state: 'frozen', ySplit: head.number }];
  for (const r of table.rows) {
    const row = sheet.addRow(
      table.columns.map((c, i) => {
        const v = r.cells[i] ?? null;
        if (v === null) return null;
        if (c.kind === 'money' && typeof v === 'number') return v / 100;
        if (c.kind === 'date' && typeof v === 'string') return new Date(`${v}T00:00:00Z`);
        return i === 0 && r.level ? `${'  '.repeat(r.level)}${v}` : v;
      }),
    );
    if (r.strong) row.font = { bold: true };
  }
  table.columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c.kind === 'money' ? 15 : c.kind === 'date' ? 12 : Math.round(12 * (c.width ?? 2));
    if (c.kind === 'money') col.numFmt = INR;
    if (c.kind === 'date') col.numFmt = 'dd-mm-yyyy';
  });
  for (const note of table.notes ?? []) sheet.addRow([note]).font = { italic: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
