import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn } from '../../app/core/contract';
import { checkCustomSpec } from '../../app/core/reports/custom';
import { groupedSql, lineSource, totalsSql, type Source } from '../../db/repos/reports/custom-sql';
import { summaryAnswers, summarySource, wholeMonths } from '../../db/repos/reports/custom-summary-sql';
import { partyAnswers, partySource } from '../../db/repos/reports/custom-party-sql';
import { productAnswers, productSource } from '../../db/repos/reports/custom-product-sql';
import { CUSTOM_DIMENSIONS, CUSTOM_FILTER_DIMENSIONS } from '../../app/core/contract/areas/reports-custom';
import type { TestHost } from '../support/test-host';
import { ReportBills } from '../support/report-bills';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/schema';
import { createSalesSummary } from '../../db/repos/reports/sales-summary';
import { createPartySummary } from '../../db/repos/reports/party-summary';
import { createProductLines } from '../../db/repos/reports/product-lines';
import { DEMO_PRODUCTS } from '../accounting/model';

type Spec = ParamsIn<'reports.custom'>;

/**
 * The month-by-product and the day-by-party summaries against the bills' lines: about three months
 * of bills (two cashiers, walk-ins and named customers, every tender and split payments, some
 * half-returned, some cancelled) are asked the same questions both ways, raw rows compared, then
 * more bills, a cancellation in a month already folded and a return are added and asked again.
 */
const seed = new ReportBills({ refPrefix: 'summary', phonePrefix: '98200', days: 80, mostLines: 3, returned: [5, 25, 60] });
const { people, bills, first, last, staffId, filterValues } = seed;
let host: TestHost;
let manager: ApiClient;

beforeAll(async () => {
  await seed.start();
  ({ host, manager } = seed);
}, 120_000);
afterAll(() => host.dispose());

/** The report call reads the lines kept in memory on the host; the summaries are brought up to date here, as a connection without them reads them. */
const refreshSummaries = (which: ReadonlyArray<'month' | 'party' | 'product'> = ['month', 'party', 'product']) => {
  const ctx = { orm: drizzle({ client: host.store.raw, schema }), raw: host.store.raw };
  const made = { month: createSalesSummary, party: createPartySummary, product: createProductLines };
  for (const name of which) expect(made[name](ctx).refresh()).toBe(true);
};

function both(spec: Spec) {
  const q = checkCustomSpec({ filters: [], limit: 500, ...spec }, 'en');
  const ask = (source: Source) => {
    const g = groupedSql(source, q);
    const t = totalsSql(source, q);
    return { rows: host.store.raw.prepare(g.text).all(g.params), totals: host.store.raw.prepare(t.text).get(t.params) };
  };
  const party = partyAnswers(q);
  return { fits: party ? party : summaryAnswers(q), lines: ask(lineSource(q)), summary: ask(party ? partySource(q) : summarySource(q)) };
}

/** Every summary that says it answers the question, beside the bills' lines. */
function eachSource(spec: Spec) {
  const q = checkCustomSpec({ filters: [], limit: 500, ...spec }, 'en');
  const ask = (source: Source) => {
    const g = groupedSql(source, q);
    const t = totalsSql(source, q);
    return { rows: host.store.raw.prepare(g.text).all(g.params), totals: host.store.raw.prepare(t.text).get(t.params) };
  };
  const lines = ask(lineSource(q));
  const sources: Record<string, Source> = {};
  if (summaryAnswers(q)) sources.month = summarySource(q);
  if (partyAnswers(q)) sources.party = partySource(q);
  if (productAnswers(q)) {
    sources.product = productSource(q, false);
    sources.productWithPartyTotals = productSource(q, true);
  }
  return { lines, answers: Object.fromEntries(Object.entries(sources).map(([name, source]) => [name, ask(source)])) };
}

/** Every grouping, alone and with each filter, over a period that starts and ends inside a month. */
const matrix = (): Spec[] => {
  const period = { from: bills[4]?.date ?? '', to: bills.at(-6)?.date ?? '' };
  const all = ['sales', 'qty', 'bills', 'gst', 'cogs', 'margin'] as const;
  return CUSTOM_DIMENSIONS.flatMap((d) =>
    [undefined, ...CUSTOM_FILTER_DIMENSIONS].map((f): Spec => ({
      ...period,
      groupBy: [d],
      measures: [...all],
      filters: f ? [{ dimension: f, values: filterValues(f) }] : [],
      limit: 5000,
    })),
  );
};

const questions = (): Spec[] => {
  const whole = { from: first(), to: last() };
  const months = { from: `${first().slice(0, 7)}-01`, to: '2027-01-31' };
  const all = ['sales', 'qty', 'bills', 'gst', 'cogs', 'margin'] as const;
  return [
    { ...whole, groupBy: ['product'], measures: [...all] },
    { ...months, groupBy: ['product', 'month'], measures: [...all] },
    { ...whole, groupBy: ['month', 'category'], measures: ['sales', 'margin', 'qty'] },
    { ...whole, groupBy: ['supplier', 'brand'], measures: ['cogs', 'margin', 'gst'] },
    { ...whole, groupBy: ['category'], measures: ['sales'], filters: [{ dimension: 'product', values: [DEMO_PRODUCTS[1] ?? '', DEMO_PRODUCTS[4] ?? ''] }] },
    { ...whole, groupBy: ['product'], measures: ['sales', 'qty'], sort: { by: 'product', dir: 'asc' }, limit: 3 },
    // The bill's own groupings and filters, from the day summary.
    { ...whole, groupBy: ['day'], measures: [...all] },
    { ...whole, groupBy: ['week', 'tender'], measures: [...all] },
    { ...whole, groupBy: ['cashier', 'tender'], measures: ['sales', 'bills'] },
    { ...whole, groupBy: ['customer', 'month'], measures: [...all], sort: { by: 'customer', dir: 'asc' } },
    { from: first(), to: first(), groupBy: ['tender'], measures: [...all] },
    { ...whole, groupBy: ['day'], measures: ['sales', 'bills'], filters: [{ dimension: 'tender', values: ['mixed', 'upi'] }] },
    { ...whole, groupBy: ['month', 'cashier'], measures: [...all], filters: [{ dimension: 'customer', values: [people[0] ?? '', people[2] ?? ''] }] },
    { ...whole, groupBy: ['customer', 'cashier', 'tender'], measures: ['bills', 'margin'], filters: [{ dimension: 'cashier', values: [staffId()] }] },
  ];
};

describe('the custom report from the lines by product and day', () => {
  it('gives the same rows and totals as the bills’ lines for every grouping with each filter over a period with partial months', async () => {
    refreshSummaries();
    let product = 0;
    for (const spec of matrix()) {
      const { lines, answers } = eachSource(spec);
      for (const [name, answer] of Object.entries(answers)) expect(answer, `${name} ${JSON.stringify(spec)}`).toEqual(lines);
      if (answers.product) product++;
    }
    // every grouping and filter but a bill's own customer, cashier and tender
    expect(product).toBe(8 * 6);
    expect(wholeMonths(bills[4]?.date ?? '', bills.at(-6)?.date ?? '')).not.toBeNull();
  });
});

describe('the custom report from the month summary', () => {
  it('answers whole months from the summary and the days at either end from the lines', () => {
    expect(wholeMonths('2026-11-24', '2027-02-10')).toEqual({
      first: '2026-12',
      last: '2027-01',
      headFrom: '2026-11-24',
      headUpto: '2026-12-01',
      tailFrom: '2027-02-01',
      tailTo: '2027-02-10',
    });
    expect(wholeMonths('2026-12-01', '2026-12-31')).toMatchObject({ first: '2026-12', last: '2026-12', tailTo: '' });
    expect(wholeMonths('2026-12-02', '2026-12-31')).toBeNull();
  });

  it('gives the same rows and totals as the bills’ lines, returns and cancellations included', async () => {
    refreshSummaries();
    for (const spec of questions()) {
      const { fits, lines, summary } = both(spec);
      expect(fits, JSON.stringify(spec)).toBe(true);
      expect(summary, JSON.stringify(spec)).toEqual(lines);
      expect(lines.rows.length).toBeGreaterThan(0);
    }
    const returned = host.store.raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM credit_notes').get()?.n;
    expect(returned).toBe(3);
  });

  it('folds in later bills, a cancellation in a month already read and a return when next read', async () => {
    for (let day = 0; day < 5; day++) await seed.post(day);
    await manager.call('billing.cancelInvoice', { id: bills[8]?.id ?? '', reason: 'Wrong items' });
    await seed.giveBack(bills[30], true);
    const stale = both(questions()[0] ?? { from: '', to: '', groupBy: ['product'], measures: ['sales'] });
    expect(stale.summary).not.toEqual(stale.lines);
    const staleParty = both({ from: first(), to: last(), groupBy: ['day'], measures: ['sales', 'bills'] });
    expect(staleParty.summary).not.toEqual(staleParty.lines);
    refreshSummaries(['month', 'party']);
    const viaApi = await manager.call('reports.custom', { from: first(), to: last(), groupBy: ['product'], measures: ['sales', 'bills'] });
    for (const spec of questions()) {
      const { lines, summary } = both(spec);
      expect(summary, JSON.stringify(spec)).toEqual(lines);
    }
    const staleProduct = eachSource({ from: first(), to: last(), groupBy: ['hsn'], measures: ['sales', 'bills'] });
    expect(staleProduct.answers.product).not.toEqual(staleProduct.lines);
    refreshSummaries();
    for (const spec of matrix()) {
      const { lines, answers } = eachSource(spec);
      for (const [name, answer] of Object.entries(answers)) expect(answer, `${name} ${JSON.stringify(spec)}`).toEqual(lines);
    }
    const fresh = both({ from: first(), to: last(), groupBy: ['product'], measures: ['sales', 'bills'] });
    const shown = viaApi.parts[0]?.rows.filter((r) => r.style !== 'total').map((r) => r.cells.slice(1)) ?? [];
    expect(shown).toEqual(fresh.lines.rows.map((r) => [(r as { m_sales: number }).m_sales, (r as { m_bills: number }).m_bills]));
  });

  it('is left alone where it cannot answer: a bill count by category, a day grouping, a period within one month', () => {
    const whole = { from: first(), to: last() };
    const fits = (spec: Spec) => summaryAnswers(checkCustomSpec({ filters: [], limit: 500, ...spec }, 'en'));
    expect(fits({ ...whole, groupBy: ['category'], measures: ['bills'] })).toBe(false);
    expect(fits({ ...whole, groupBy: ['day'], measures: ['sales'] })).toBe(false);
    expect(fits({ ...whole, groupBy: ['cashier'], measures: ['sales'] })).toBe(false);
    expect(fits({ ...whole, groupBy: ['product'], measures: ['bills'], filters: [{ dimension: 'brand', values: ['x'] }] })).toBe(false);
    expect(fits({ from: '2026-12-02', to: '2026-12-30', groupBy: ['product'], measures: ['sales'] })).toBe(false);
  });
});
