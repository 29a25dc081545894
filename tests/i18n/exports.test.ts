import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { CATALOGUE, type MessageKey } from '../../app/core/i18n';
import { postFixtures, readFixture, type FixtureBooks, type FixtureFile } from '../accounting/fixture-host';
import { upload } from '../support/imports';
import { makeTestHost } from '../support/test-host';
import { DEVANAGARI } from '../support/words';

/**
 * Exports in the caller's language: the same figures as the English ones, every heading, row
 * label and note in Hindi, and Hindi PDFs drawn in a Devanagari font.
 */
const OUT = join(process.cwd(), 'test-results', 'i18n');
const hi = (key: MessageKey) => CATALOGUE[key].hi;
let books: FixtureBooks;
let hindi: ApiClient;

beforeAll(async () => {
  const file = readFixture<FixtureFile>('documents.json');
  books = await postFixtures(file.shop, file.steps);
  books.host.clock.set('2026-11-25T05:30:00.000Z');
  hindi = await books.host.as('manager', 'hindi-office', 'hi');
  mkdirSync(OUT, { recursive: true });
}, 60_000);
afterAll(() => books.host.dispose());

type Download = { fileName: string; base64: string };

async function sheetRows(file: Download, sheet = 0): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[sheet]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function workbook(file: Download): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

const numbers = (rows: unknown[][]) => rows.flatMap((r) => r.filter((c) => typeof c === 'number'));

function pdf(name: string, file: Download): { fonts: string; text: string } {
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return {
    fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' }),
    text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  };
}

describe('Excel exports in Hindi', () => {
  it('gives the trial balance with Hindi headings and the same figures as the English one', async () => {
    const params = { report: 'trialBalance', format: 'xlsx', from: '2026-04-01', to: '2026-11-30' } as const;
    const [english, inHindi] = [
      await sheetRows(await books.manager.call('reports.export', params)),
      await sheetRows(await hindi.call('reports.export', params)),
    ];
    expect(inHindi[1]?.[0]).toBe(`${hi('report.trialBalance')}, 01-04-2026 से 30-11-2026 तक`);
    const header = inHindi.find((r) => r[0] === hi('report.col.particulars'));
    expect(header).toEqual(
      (
        [
          'report.col.particulars',
          'report.col.openingDr',
          'report.col.openingCr',
          'report.col.debit',
          'report.col.credit',
          'report.col.closingDr',
          'report.col.closingCr',
        ] as const
      ).map(hi),
    );
    expect(inHindi.some((r) => r[0] === 'कुल')).toBe(true);
    expect(inHindi.at(-1)?.[0]).toBe(hi('report.tbAgrees'));
    expect(numbers(inHindi)).toEqual(numbers(english));
  });

  it('names the trial balance’s accounts as Tally does: by group and name, never a code', async () => {
    const params = { report: 'trialBalance', format: 'xlsx', from: '2026-04-01', to: '2026-11-30' } as const;
    const labels = (await sheetRows(await hindi.call('reports.export', params))).map((r) => String(r[0] ?? '').trim());
    const codes = (await books.manager.call('accounting.accounts', { includeInactive: true })).map((a) => a.code);
    expect(labels.filter((l) => codes.some((c) => new RegExp(`\\b${c}\\b`).test(l)))).toEqual([]);
    const tb = await books.manager.call('accounting.trialBalance', { from: params.from, to: params.to });
    const cash = tb.rows.find((r) => r.code === 'CASH');
    // the group's heading comes before its account
    expect(labels.indexOf(hi(`group.${cash?.group ?? ''}` as MessageKey))).toBeGreaterThan(-1);
    expect(labels.indexOf(hi(`group.${cash?.group ?? ''}` as MessageKey))).toBeLessThan(labels.lastIndexOf(hi('accountName.CASH')));
  });

  it('gives each trial balance group’s heading its subtotal in the Excel and the PDF, the total unchanged', async () => {
    const range = { report: 'trialBalance', from: '2026-04-01', to: '2026-11-30' } as const;
    const rows = await sheetRows(await hindi.call('reports.export', { ...range, format: 'xlsx' }));
    const tb = await books.manager.call('accounting.trialBalance', { from: range.from, to: range.to });
    const sales = tb.rows.filter((r) => r.group === 'sales');
    const credit = sales.reduce((s, r) => s + r.creditPaise, 0);
    expect(credit).toBeGreaterThan(0);
    const heading = rows.find((r) => r[0] === hi('group.sales'));
    // particulars, opening Dr, opening Cr, debit, credit, …: the group's credits summed in rupees
    expect(heading?.[4]).toBe(credit / 100);
    expect(rows.find((r) => r[0] === 'कुल')?.[3]).toBe(tb.totals.debitPaise / 100);
    const { text } = pdf('trial-balance-hi', await hindi.call('reports.export', { ...range, format: 'pdf' }));
    // pdftotext reorders Devanagari vowel signs, so the heading is found by its figure: once for the group, once for each account with the same credit
    const figure = (credit / 100).toLocaleString('en-IN', { minimumFractionDigits: 2 });
    expect(text.split(figure).length - 1).toBe(1 + sales.filter((r) => r.creditPaise === credit).length);
  });

  it('names the profit and loss sections in Hindi', async () => {
    const rows = await sheetRows(await hindi.call('reports.export', { report: 'profitAndLoss', format: 'xlsx', from: '2026-04-01', to: '2026-11-30' }));
    const labels = rows.map((r) => String(r[0]).trim());
    for (const word of ['बिक्री', 'सकल लाभ', 'कुल बिक्री']) expect(labels).toContain(word);
    // The last line names the result by its sign, as the screen does: net profit, or net loss with its amount.
    const net = await books.manager.call('accounting.profitAndLoss', { from: '2026-04-01', to: '2026-11-30' });
    expect(rows.find((r) => r[0] === hi(net.netProfitPaise >= 0 ? 'report.netProfit' : 'report.netLoss'))?.[1]).toBe(Math.abs(net.netProfitPaise) / 100);
  });

  it('gives the sales register and a cash book with Hindi headings and words', async () => {
    const register = await sheetRows(await hindi.call('reports.export', { report: 'salesRegister', format: 'xlsx', from: '2026-11-01', to: '2026-11-30' }));
    expect(register.find((r) => r[0] === hi('report.col.date'))).toContain(hi('report.col.customer'));
    // the voucher's type is a column of its own, as on screen, not a second line the file leaves out
    expect(register.find((r) => r[0] === hi('report.col.date'))?.slice(1, 3)).toEqual([hi('report.col.number'), hi('report.col.voucherType')]);
    expect(register.flat()).toContain(hi('voucherType.sales'));
    expect(register.flat()).toContain(hi('report.walkIn'));
    const cashBook = await hindi.call('reports.export', { report: 'cashBook', format: 'xlsx', from: '2026-11-01', to: '2026-11-30' });
    // The file name stays in plain letters; the sheet inside is named in Hindi.
    expect(cashBook.fileName).toMatch(/^cash-book-[\w-]+\.xlsx$/);
    const wb = await workbook(cashBook);
    expect(wb.worksheets[0]?.name).toMatch(DEVANAGARI);
    expect((await sheetRows(cashBook)).flat()).toContain(hi('report.openingBalance'));
  });

  it('gives the stock workbook in Hindi, and a Hindi catalogue export imports back', async () => {
    const host = makeTestHost();
    try {
      const manager = await host.as('manager', 'hindi-stock', 'hi');
      const stock = await workbook(await manager.call('catalog.exportExcel', { what: 'stock' }));
      expect(stock.worksheets.map((w) => w.name)).toEqual(['स्टॉक 24-11-2026', hi('sheet.lots')]);
      expect((await sheetRows(await manager.call('catalog.exportExcel', { what: 'stock' })))[0]).toEqual(
        (['sheet.col.name', 'sheet.col.category', 'sheet.col.unit', 'sheet.col.onHand', 'sheet.col.value', 'sheet.col.reorderLevel'] as const).map(hi),
      );
      const catalogue = await manager.call('catalog.exportExcel', { what: 'catalog' });
      expect((await sheetRows(catalogue))[0]?.[0]).toBe(hi('sheet.col.name'));
      const again = await manager.call('catalog.importPreview', {
        importId: await upload(manager, 'again.xlsx', new Uint8Array(Buffer.from(catalogue.base64, 'base64'))),
      });
      expect(again.preset).toBe('smartkiranaHi');
      expect(again.valid).toBe(0);
      expect(again.errors.length).toBe(again.rows);
    } finally {
      host.dispose();
    }
  }, 60_000);
});

describe('PDF exports in Hindi', () => {
  it('draws the balance sheet’s Hindi words in a Devanagari font, with the same totals', async () => {
    const f = await hindi.call('reports.export', { report: 'balanceSheet', format: 'pdf', to: '2026-11-30' });
    const { fonts, text } = pdf('balance-sheet-hi', f);
    expect(fonts).toMatch(/NotoSansDevanagari/);
    expect(text).toContain('4,26,431.75');
    expect(text).toMatch(DEVANAGARI);
  });

  it('writes the khata statement in Hindi', async () => {
    const id = books.ids.get('K1') ?? 'K1';
    const f = await hindi.call('khata.statementPdf', { partyId: id, from: '2026-11-01', to: '2026-11-30' });
    const { fonts, text } = pdf('khata-statement-hi', f);
    expect(fonts).toMatch(/NotoSansDevanagari/);
    expect(text).toContain('Gupta Traders');
    expect(text).toContain('1,078.00');
  });

  it('stays in English for an English call', async () => {
    const f = await books.manager.call('reports.export', { report: 'balanceSheet', format: 'pdf', to: '2026-11-30' });
    const { fonts, text } = pdf('balance-sheet-en', f);
    expect(fonts).not.toMatch(/Devanagari/);
    expect(text).toContain('Balance sheet');
  });
});
