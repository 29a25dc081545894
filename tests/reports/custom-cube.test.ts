import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn } from '../../app/core/contract';
import { CUSTOM_DIMENSIONS, CUSTOM_FILTER_DIMENSIONS, type CustomDimension, type CustomMeasure } from '../../app/core/contract/areas/reports-custom';
import { checkCustomSpec } from '../../app/core/reports/custom';
import type { CustomQuery, CustomResult } from '../../app/core/services/reports/custom-ports';
import { groupedSql, lineSource, MEASURE_NAMES, totalsSql } from '../../db/repos/reports/custom-sql';
import { mulberry32 } from '../../app/core/random';
import type { TestHost } from '../support/test-host';
import { ReportBills } from '../support/report-bills';
import { DEMO_PRODUCTS } from '../accounting/model';

type Spec = ParamsIn<'reports.custom'>;
type Cell = string | number | null;

/**
 * The lines kept in memory for the custom report against the bills' own lines: every pair of the
 * builder's groupings (and each alone), with all six figures, random filters and sorts, over bills
 * with returns, cancellations, split payments, a bill entered late from paper into a day already
 * read, and a product moved to another category after the figures were first read.
 */
const seed = new ReportBills({ refPrefix: 'cube', phonePrefix: '98300', days: 45, mostLines: 4, returned: [5, 25, 44] });
const { bills, first, last, filterValues } = seed;
let host: TestHost;
let manager: ApiClient;
let staff: ApiClient;

beforeAll(async () => {
  await seed.start();
  ({ host, manager, staff } = seed);
}, 120_000);
afterAll(() => host.dispose());

const text = (v: Cell | undefined) => (v === null || v === undefined ? null : String(v));
const num = (v: Cell | undefined) => (typeof v === 'number' ? v : 0);

/** The same question asked of the bills' lines in SQL, shaped as the repo shapes its answer. */
function fromLines(q: CustomQuery): CustomResult {
  const source = lineSource(q);
  const g = groupedSql(source, q);
  const t = totalsSql(source, q);
  const rows = host.store.raw.prepare<Record<string, string | number>, Record<string, Cell>>(g.text).all(g.params);
  const totals = host.store.raw.prepare<Record<string, string | number>, Record<string, Cell>>(t.text).get(t.params);
  const figures = (row: Record<string, Cell> | undefined) => Object.fromEntries(MEASURE_NAMES.map((m) => [m, num(row?.[`m_${m}`])])) as CustomResult['totals'];
  return {
    groups: num(rows[0]?.groups),
    totals: figures(totals),
    rows: rows.map((row) => ({
      keys: q.groupBy.map((_, k) => ({ value: text(row[`k${k}`]), label: text(row[`l${k}`]), labelHi: text(row[`h${k}`]) })),
      values: figures(row),
    })),
  };
}

/** Every grouping alone and every ordered pair, each with a random filter, sort and period (seeded, so a failure repeats). */
function questions(seed: number): CustomQuery[] {
  const next = mulberry32(seed);
  const random = { next };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random.next() * list.length)] as T;
  const groupings: CustomDimension[][] = CUSTOM_DIMENSIONS.flatMap((a) => [[a], ...CUSTOM_DIMENSIONS.filter((b) => b !== a).map((b) => [a, b])]);
  groupings.push(['customer', 'category', 'tender'], ['product', 'cashier', 'week']);
  return groupings.map((groupBy) => {
    const filter = random.next() < 0.4 ? pick(CUSTOM_FILTER_DIMENSIONS) : null;
    const periods = [
      { from: first(), to: last() },
      { from: bills[6]?.date ?? '', to: bills[30]?.date ?? '' },
    ];
    const sortBy = random.next() < 0.5 ? pick(groupBy) : pick(MEASURE_NAMES);
    const spec: Spec = {
      ...pick(periods),
      groupBy,
      measures: [...MEASURE_NAMES],
      filters: filter ? [{ dimension: filter, values: filterValues(filter) }] : [],
      sort: { by: sortBy, dir: random.next() < 0.5 ? 'asc' : 'desc' },
      limit: random.next() < 0.2 ? 3 : 5000,
    };
    return checkCustomSpec({ filters: [], limit: 500, ...spec }, 'en');
  });
}

async function askBoth(seed: number) {
  await host.store.customReports.settle();
  for (const q of questions(seed)) expect(host.store.customReports.run(q), JSON.stringify(q)).toEqual(fromLines(q));
}

describe('the custom report from the lines kept in memory', () => {
  it('answers every grouping and pair as the bills’ lines do, returns and cancellations included', async () => {
    await askBoth(1);
    const answered = host.store.customReports.run(
      questions(1)[0] ?? checkCustomSpec({ from: first(), to: last(), groupBy: ['day'], measures: ['sales'], filters: [], limit: 9 }, 'en'),
    );
    expect(answered.rows.length).toBeGreaterThan(0);
  }, 60_000);

  it('folds in later bills, a late paper bill, a cancellation and a return of days already read, and a product’s new category', async () => {
    for (let day = 0; day < 4; day++) await seed.post(day, staff);
    const book = await manager.call('billing.addPaperBook', { name: 'Book A', prefix: 'PB-A', firstNumber: '001' });
    const lines = [{ productId: DEMO_PRODUCTS[2] ?? '', qtyMilli: 2000 }];
    const quote = await manager.call('billing.quote', { lines });
    await manager.call('billing.enterPaperBill', {
      clientRef: seed.ref('paper'),
      bookId: book.id,
      number: '001',
      date: bills[10]?.date ?? '',
      lines,
      tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }],
    });
    await manager.call('billing.cancelInvoice', { id: bills[8]?.id ?? '', reason: 'Wrong items' });
    await seed.giveBack(bills[12], true);
    await manager.call('catalog.updateProduct', { id: DEMO_PRODUCTS[1] ?? '', category: 'Moved Category', brand: 'Moved Brand' });
    await askBoth(2);
    const moved = host.store.customReports.run(
      checkCustomSpec(
        { from: first(), to: last(), groupBy: ['category'], measures: ['sales'], filters: [{ dimension: 'category', values: ['Moved Category'] }], limit: 9 },
        'en',
      ),
    );
    expect(moved.rows.map((r) => r.keys[0]?.value)).toEqual(['Moved Category']);
  }, 60_000);

  it('shows only the first groups of many when the limit is smaller, ties broken as the SQL breaks them', async () => {
    await host.store.customReports.settle();
    const asks: Array<[CustomDimension[], CustomDimension | CustomMeasure, 'asc' | 'desc', number]> = [
      [['day', 'product'], 'bills', 'desc', 7],
      [['day', 'product'], 'qty', 'asc', 25],
      [['product', 'day'], 'bills', 'asc', 1],
      [['category', 'day'], 'category', 'desc', 2],
      [['customer', 'product'], 'customer', 'asc', 6],
      [['tender', 'week'], 'bills', 'desc', 3],
    ];
    for (const [groupBy, by, dir, least] of asks) {
      const spec = { from: first(), to: last(), groupBy, measures: [...MEASURE_NAMES], filters: [], sort: { by, dir } };
      const all = fromLines(checkCustomSpec({ ...spec, limit: 5000 }, 'en'));
      const at = groupBy.findIndex((d) => d === by);
      const measure = MEASURE_NAMES.find((m) => m === by) ?? 'sales';
      const sortOf = (r: CustomResult['rows'][number] | undefined) => (at >= 0 ? r?.keys[at]?.value : r?.values[measure]);
      // a limit that cuts through groups tying on the sort column, so the order of the keys decides which are shown
      const limit = all.rows.findIndex((r, n) => n >= least && sortOf(r) === sortOf(all.rows[n - 1]));
      expect(limit, JSON.stringify(spec)).toBeGreaterThan(0);
      const q = checkCustomSpec({ ...spec, limit }, 'en');
      expect(host.store.customReports.run(q), JSON.stringify(q)).toEqual(fromLines(q));
    }
  });

  it('is read through the report call, which waits for the figures without holding the thread', async () => {
    const report = await manager.call('reports.custom', { from: first(), to: last(), groupBy: ['product', 'customer'], measures: ['sales', 'bills'] });
    const q = checkCustomSpec({ from: first(), to: last(), groupBy: ['product', 'customer'], measures: ['sales', 'bills'], filters: [], limit: 500 }, 'en');
    const shown = report.parts[0]?.rows.filter((r) => r.style !== 'total').map((r) => r.cells.slice(2)) ?? [];
    expect(shown).toEqual(fromLines(q).rows.map((r) => [r.values.sales, r.values.bills]));
  });
});
