import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Lang, ParamsIn } from '../../app/core/contract';
import { formatAmount, formatCell, formatDate } from '../../app/core/format';
import { openBooksE2e, REPORT_SCREENS, type BooksE2e } from '../support/accounting-e2e';

/**
 * Every report screen against its exports, in English and Hindi: the screen is drawn in Chromium
 * from reports.view; the Excel and PDF are asked for with the very parameters the screen sent, in
 * the same language, and read back. Every cell of every table on screen equals the workbook's
 * cell (money, dates, quantities, percentages, labels), and the PDF carries the same figures in
 * the same order.
 */
const OUT = join(process.cwd(), 'test-results', 'reports');
let ctx: BooksE2e;
const clients: Partial<Record<Lang, ApiClient>> = {};

beforeAll(async () => {
  ctx = await openBooksE2e();
  clients.en = await ctx.served.host.as('manager', 'reports-en', 'en');
  clients.hi = await ctx.served.host.as('manager', 'reports-hi', 'hi');
  // A purchase bill, so the purchase register, the ledgers and GSTR-3B's ITC have rows of their own.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
  await ctx.owner.call('purchasing.postBill', {
    supplierId: 'supp-demo-001',
    supplierInvoiceNo: 'MA/REPORTS/1',
    supplierDate: today,
    lines: [{ productId: 'prod-demo-016', qtyMilli: 12_000, unitCostPaise: 5400, batchNo: 'REP1' }],
  });
  mkdirSync(OUT, { recursive: true });
}, 120_000);
afterAll(() => ctx?.close());

const SCREENS = REPORT_SCREENS;

type ScreenTable = { part: string; rows: string[][] };

/** The tables as the reader sees them: each cell's own text, without its small second line. */
async function screenTables(testId: string): Promise<ScreenTable[]> {
  return ctx.page.getByTestId(testId).evaluate((root) =>
    Array.from(root.querySelectorAll('table[data-part]')).map((table) => ({
      part: table.getAttribute('data-part') ?? '',
      rows: Array.from(table.querySelectorAll('tbody tr'))
        .filter((tr) => tr.querySelectorAll('td[data-col]').length > 0)
        .map((tr) =>
          Array.from(tr.querySelectorAll('td[data-col]')).map((td) =>
            Array.from(td.childNodes)
              .filter((n) => n.nodeType === 3)
              .map((n) => n.textContent ?? '')
              .join('')
              .replace(/^(-?)₹/, '$1')
              .trim(),
          ),
        ),
    })),
  );
}

/** The workbook's cells as the screen would write them: rupees as 1,00,000.00, dates DD-MM-YYYY, fractions as percent. */
function excelText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return formatDate(v.toISOString().slice(0, 10));
  if (typeof v === 'number') {
    const fmt = cell.numFmt ?? '';
    if (fmt.includes('%')) return formatCell(Math.round(v * 10000), 'percent');
    if (fmt.includes('0.00')) return formatAmount(Math.round(v * 100));
    if (fmt.includes('###')) return formatCell(Math.round(v * 1000), 'qty');
    return formatCell(v, 'count');
  }
  return String(v).trim();
}

async function excelTables(base64: string, widths: number[]): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => rows.push(Array.from({ length: Math.max(...widths, 1) }, (_, i) => excelText(row.getCell(i + 1)))));
  return rows;
}

function pdfText(name: string, base64: string): string {
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  // pdftotext reads some bold figures' decimal point as a gap ("97,125 00"); the digits are what is compared.
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/(\d) (\d{2})(?!\d)/g, '$1.$2');
}

const FIGURE = /^-?[\d,]+(\.\d+)?%?$|^\d{2}-\d{2}-\d{4}$/;

for (const lang of ['en', 'hi'] as const) {
  describe(`report screens equal their exports (${lang})`, () => {
    it.each(SCREENS)('%s', async (path, testId) => {
      const { page, served } = ctx;
      await page.evaluate(`localStorage.setItem('sk.lang', '${lang}')`);
      const report = testId.replace(/^report-/, '');
      const sent = page.waitForRequest((r) => r.url().endsWith('/api/reports.view') && String(r.postDataJSON()?.report) === report);
      const [route, key] = path.split(' ');
      await page.goto(`${served.http.url}/#${route}`);
      await page.reload();
      if (key) {
        await page.locator('.screen').first().waitFor();
        await page.keyboard.press(key);
      }
      const params: ParamsIn<'reports.view'> = (await sent).postDataJSON();
      await page.getByTestId(testId).getByTestId('report-model').waitFor();
      const screen = await screenTables(testId);
      expect(screen.length).toBeGreaterThan(0);
      if (lang === 'hi') expect(await page.getByTestId(testId).locator('thead').first().textContent()).toMatch(/[\u0900-\u097F]/);

      const client = clients[lang];
      if (!client) throw new Error('no client');
      const xlsx = await client.call('reports.export', { ...params, format: 'xlsx' });
      const sheet = await excelTables(
        xlsx.base64,
        screen.map((t) => t.rows[0]?.length ?? 0),
      );
      // Each screen row appears in the workbook, in order, cell for cell.
      let at = 0;
      for (const table of screen) {
        for (const row of table.rows) {
          if (row.length === 1) continue; // the "nothing here" row of an empty table
          const found = sheet.findIndex((r, i) => i >= at && row.every((c, j) => r[j] === c));
          expect(found, `${testId} ${table.part}: ${row.join(' | ')}`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }

      const pdf = pdfText(`${testId}-${lang}`, (await client.call('reports.export', { ...params, format: 'pdf' })).base64);
      let from = 0;
      const figures = screen.flatMap((t) => t.rows.flatMap((r) => r.filter((c) => FIGURE.test(c))));
      for (const figure of figures) {
        const found = pdf.indexOf(figure, from);
        expect(found, `${testId} PDF: ${figure}`).toBeGreaterThanOrEqual(0);
        from = found + figure.length;
      }
      expect(figures.length).toBeGreaterThan(0);
    });
  });
}
