import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn, ReportModel } from '../../app/core/contract';
import type { z } from 'zod';
import { expectApiError } from '../support/api-errors';
import { hostWithClients, type TestHost } from '../support/test-host';
import { DAY0, DAY45, seedShop, type Seeded } from './shop-reports-seed';

/**
 * The shop's reports against figures worked out by hand (tests/reports/shop-reports-seed.ts), and
 * against the books, the stock value and the dashboard where they overlap.
 */
type Model = z.output<typeof ReportModel>;
let host: TestHost;
let owner: ApiClient;
let seeded: Seeded;

beforeAll(async () => {
  ({ host, owner } = await hostWithClients({ owner: 'owner' }));
  seeded = await seedShop(host, owner);
}, 120_000);
afterAll(() => host?.dispose());

const view = (p: ParamsIn<'reports.view'>) => owner.call('reports.view', { from: DAY0, to: DAY45, ...p });
const rowsOf = (m: Model, part = 0) => (m.parts[part]?.rows ?? []).map((r) => r.cells);
const totalOf = (m: Model, part = 0) => m.parts[part]?.rows.find((r) => r.style === 'total')?.cells;
const rowNamed = (m: Model, name: string, part = 0) => rowsOf(m, part).find((c) => c[0] === name);

describe('figures by hand', () => {
  it.each([
    // [rank by, order of products]
    ['amount', ['Toor Dal (loose)', 'Tata Salt 1kg', 'Onion', 'Amul Taaza Milk 500ml', 'Britannia Bread 400g']],
    ['qty', ['Tata Salt 1kg', 'Amul Taaza Milk 500ml', 'Onion', 'Toor Dal (loose)', 'Britannia Bread 400g']],
    ['bills', ['Tata Salt 1kg', 'Toor Dal (loose)', 'Amul Taaza Milk 500ml', 'Britannia Bread 400g', 'Onion']],
  ] as const)('top products by %s', async (rankBy, order) => {
    const m = await view({ report: 'topProducts', rankBy });
    expect(
      rowsOf(m)
        .slice(0, -1)
        .map((c) => c[0]),
    ).toEqual(order);
    // item, category, bills, qty, sales, margin, share: the cancelled bill left out, the returned milk taken back
    expect(rowNamed(m, 'Toor Dal (loose)')).toEqual(['Toor Dal (loose)', 'Staples', 2, 2000, 32_000, 4000, 5405]);
    expect(rowNamed(m, 'Amul Taaza Milk 500ml')).toEqual(['Amul Taaza Milk 500ml', 'Dairy & Bakery', 1, 2000, 5800, 400, 980]);
    expect(rowNamed(m, 'Britannia Bread 400g')).toEqual(['Britannia Bread 400g', 'Dairy & Bakery', 1, 1000, 5000, 600, 845]);
    expect(totalOf(m)).toEqual(['Total', null, 7, 10_000, 59_200, 7800, 10_000]);
  });

  it('top customers, and a row opens the bills behind it', async () => {
    const m = await view({ report: 'topCustomers' });
    expect(rowsOf(m)).toEqual([
      ['Asha Rao', '9810000010', 2, 4, 21_600, 21_600, 5745],
      ['Bilal Khan', '9810000011', 1, 1, 16_000, 16_000, 4255],
      ['Total', null, 3, 5, 37_600, 37_600, 10_000],
    ]);
    const drill = m.parts[0]?.rows[1]?.drill;
    expect(drill).toEqual({ kind: 'bills', from: DAY0, to: DAY45, customerId: seeded.bilal });
    const bills = await view({ report: 'billsOf', partyId: seeded.bilal });
    expect(bills.title).toBe('Bills: Bilal Khan');
    // the cancelled bill is listed, struck out, and left out of the total
    expect(bills.parts[0]?.rows.map((r) => r.style ?? 'posted')).toEqual(['posted', 'cancelled', 'total']);
    expect(totalOf(bills)?.at(-1)).toBe(16_000);
    expect(bills.parts[0]?.rows[0]?.drill?.kind).toBe('document');
  });

  it('the bills of a product', async () => {
    const m = await view({ report: 'billsOf', productId: 'prod-demo-004' });
    expect(m.title).toBe('Bills: Tata Salt 1kg');
    expect(totalOf(m)).toEqual([null, 'Total', null, 3000, 21_600 + 10_800]);
  });

  it.each([
    [
      'category',
      [
        ['Staples', 40_400, 35_200, 5200, 1287, 6824],
        ['Vegetables', 8000, 6400, 1600, 2000, 1351],
        ['Dairy & Bakery', 10_800, 9800, 1000, 926, 1824],
      ],
    ],
    ['brand', [['(no brand)', 59_200, 51_400, 7800, 1318, 10_000]]],
  ] as const)('profitability by %s', async (groupBy, rows) => {
    const m = await view({ report: 'profitability', groupBy });
    expect(rowsOf(m).slice(0, -1)).toEqual(rows);
    expect(totalOf(m)).toEqual(['Total', 59_200, 51_400, 7800, 1318, 10_000]);
    expect(m.notes[0]?.tone).toBe('ok');
  });

  it('cash flow by kind and by account', async () => {
    const m = await view({ report: 'cashFlow' });
    expect(rowsOf(m, 0)).toEqual([
      ['Sales at the counter', 56_300, 5000, 51_300], // A, B (UPI), D, E in; D cancelled out
      ['Khata collected', 5000, null, 5000],
      ['Purchases paid', null, 10_000, -10_000],
      ['Expenses', null, 20_000, -20_000],
      ['Returns refunded', null, 2900, -2900],
      ['Total', 61_300, 37_900, 23_400],
    ]);
    expect(rowsOf(m, 1)).toEqual([
      ['Cash in hand', 0, 47_600, 37_900, 9700],
      ['UPI clearing', 0, 13_700, 0, 13_700],
      ['Total', 0, 61_300, 37_900, 23_400],
    ]);
  });

  it('stock by age, dead and slow stock', async () => {
    const aged = await view({ report: 'stockAgeing' });
    // salt: the opening lot and the day-3 lot are 42–45 days old, the day-45 lot new
    expect(rowNamed(aged, 'Tata Salt 1kg')).toEqual(['Tata Salt 1kg', 72_000, 12_500, 57 * 2400 + 10 * 2400, null, null, null, 57 * 2400 + 10 * 2400 + 12_500]);
    const dead30 = await view({ report: 'deadStock', days: 30 });
    expect(rowNamed(dead30, 'Toor Dal (loose)')).toEqual(['Toor Dal (loose)', 38_000, 38 * 14_000, DAY0]);
    expect(rowNamed(dead30, 'Aashirvaad Atta 5kg')?.[3]).toBeNull();
    const dead60 = await view({ report: 'deadStock', days: 60 });
    expect(rowNamed(dead60, 'Toor Dal (loose)')).toBeUndefined();
    // 38 kg left after 2 kg in 60 days: 1,140 days of stock
    expect(rowNamed(dead60, 'Toor Dal (loose)', 1)).toEqual(['Toor Dal (loose)', 38_000, 2000, 1140, 38 * 14_000]);
    expect(rowNamed(dead60, 'Tata Salt 1kg', 1)?.[3]).toBe(1440);
  });

  it('supplier fill rate, lead time and cost changes', async () => {
    const m = await view({ report: 'supplierPerformance' });
    expect(rowsOf(m, 0)).toEqual([
      ['Malwa Agencies', 1, 30_000, 10_000, 3333, 3000],
      ['Total', 1, 30_000, 10_000, 3333, null],
    ]);
    expect(rowsOf(m, 1)).toEqual([['Malwa Agencies', 'Tata Salt 1kg', 2400, 2500, 417]]);
  });

  it('khata ageing', async () => {
    const m = await view({ report: 'ageing' });
    expect(rowsOf(m)).toEqual([
      ['Asha Rao', '9810000010', 5800, 0, 5800, 0, 0, null],
      ['Total', null, 5800, 0, 5800, 0, 0, 0],
    ]);
  });

  it('the closing day, and its WhatsApp text', async () => {
    const m = await view({ report: 'dayClose', to: DAY0 });
    expect(rowsOf(m, 0).map((c) => c[1])).toEqual([62_100, 37_600, 13_700, 0, 10_800, 2900, 19_700, 5000, 10_800]);
    expect(rowsOf(m, 1)[0]).toEqual(['Toor Dal (loose)', 2000, 32_000]);
    expect(m.summary.split('\n')).toEqual([
      '*DEMO · Sharma General Store · Day closing summary · 24-11-2026*',
      'Sales (4 bills): ₹621.00',
      'Cash: ₹376.00',
      'UPI: ₹137.00',
      'Card: ₹0.00',
      'On khata: ₹108.00',
      'Returns (1): ₹29.00',
      'Cash in drawer: ₹197.00',
      'Dues collected: ₹50.00',
      'Dues given: ₹108.00',
      'Top items: Toor Dal (loose) (2), Amul Taaza Milk 500ml (3), Tata Salt 1kg (3), Onion (2), Britannia Bread 400g (1)',
    ]);
  });
});

describe('equal to the books where they overlap', () => {
  const closing = (rows: Array<{ code: string; closingPaise: number }>, code: string) =>
    rows.filter((r) => r.code === code).reduce((s, r) => s + r.closingPaise, 0);
  const movement = (rows: Array<{ code: string; debitPaise: number; creditPaise: number }>, code: string) =>
    rows.filter((r) => r.code === code).reduce((s, r) => s + r.debitPaise - r.creditPaise, 0);

  it('khata ageing total = the debtors balance; cash flow closing = the money accounts; cost of goods = COGS', async () => {
    const tb = await owner.call('accounting.trialBalance', { from: DAY0, to: DAY45 });
    const ageing = await view({ report: 'ageing' });
    expect(totalOf(ageing)?.[2]).toBe(closing(tb.rows, 'DEBTORS'));
    expect(ageing.notes.find((n) => n.mark === 'khata-check')?.tone).toBe('ok');
    const flow = await view({ report: 'cashFlow' });
    expect(rowNamed(flow, 'Cash in hand', 1)?.[4]).toBe(closing(tb.rows, 'CASH'));
    expect(rowNamed(flow, 'UPI clearing', 1)?.[4]).toBe(closing(tb.rows, 'UPI_CLEARING'));
    const profit = await view({ report: 'profitability' });
    expect(totalOf(profit)?.[2]).toBe(movement(tb.rows, 'COGS'));
  });

  it('stock by age totals the stock value report, lot by lot', async () => {
    const [aged, value, valuation] = await Promise.all([
      view({ report: 'stockAgeing' }),
      view({ report: 'stockValuation' }),
      owner.call('inventory.valuation', {}),
    ]);
    expect(totalOf(aged)?.at(-1)).toBe(valuation.totalPaise);
    expect(totalOf(value)?.at(-1)).toBe(valuation.totalPaise);
    const bands = (totalOf(aged) ?? []).slice(2, -1).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    expect(bands).toBe(valuation.totalPaise);
  });

  it('top products total = the dashboard’s sales for the same days', async () => {
    const d = await owner.call('insights.dashboard', { period: 'day', date: DAY0 });
    const m = await view({ report: 'topProducts', to: DAY0 });
    expect(totalOf(m)?.[4]).toBe(d.figures.salesPaise.current);
    expect(totalOf(m)?.[5]).toBe(d.figures.marginPaise.current);
  });
});

describe('words and files', () => {
  it('in Hindi, and every report exports to Excel and PDF', async () => {
    const hi = await host.as('manager', 'reports-hi', 'hi');
    const m = await hi.call('reports.view', { report: 'profitability', from: DAY0, to: DAY45, groupBy: 'brand' });
    expect(m.title).toBe('ब्रांड के हिसाब से मुनाफ़ा');
    expect(rowsOf(m)[0]?.[0]).toBe('(कोई ब्रांड नहीं)');
    for (const report of ['topProducts', 'topCustomers', 'profitability', 'cashFlow', 'stockAgeing', 'deadStock', 'supplierPerformance', 'dayClose'] as const) {
      for (const format of ['xlsx', 'pdf'] as const) {
        const file = await hi.call('reports.export', { report, format, from: DAY0, to: DAY45 });
        const bytes = Buffer.from(file.base64, 'base64');
        expect(bytes.subarray(0, 4).toString('latin1'), `${report} ${format}`).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
      }
    }
  });

  it.each([
    ['en', 'Days'],
    ['hi', 'दिन'],
  ] as const)('a bad number of days is refused in %s, naming the field', async (lang, label) => {
    const client = await host.as('manager', `reports-bad-${lang}`, lang);
    const e = await expectApiError(client.call('reports.view', { report: 'deadStock', days: 0 }), 'BAD_PARAMS');
    expect(e.message + JSON.stringify(e.params ?? {})).toContain(label);
    expect(e.message).not.toMatch(/days\b.*>=|too_small|\bpath\b/);
  });
});
