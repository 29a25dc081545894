import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn, Result } from '../../app/core/contract';
import { translate } from '../../app/core/i18n';
import { expectApiError } from '../support/api-errors';
import { makeTestHost, type TestHost } from '../support/test-host';
import { seedCustomShop, type SeededLine } from './custom-seed';

type Spec = ParamsIn<'reports.custom'>;
type Model = Result<'reports.custom'>;

let host: TestHost;
let manager: ApiClient;
let lines: SeededLine[];
let days: string[];
let categoryOf: Map<string, string>;

beforeAll(async () => {
  host = makeTestHost();
  manager = await host.as('manager');
  ({ lines, days } = await seedCustomShop(host, await host.as('staff'), manager));
  const ids = [...new Set(lines.map((l) => l.productId))];
  categoryOf = new Map(await Promise.all(ids.map(async (id) => [id, (await manager.call('catalog.get', { id })).category] as const)));
}, 60_000);
afterAll(() => host.dispose());

const period = () => ({ from: days[0] ?? '', to: days[2] ?? '' });

/** Sums by hand: the seeded bills' own lines, grouped by a key. */
function byHand(key: (l: SeededLine) => string, keep: (l: SeededLine) => boolean = () => true) {
  const out = new Map<string, { sales: number; qty: number; bills: Set<string>; gst: number; cogs: number }>();
  for (const l of lines.filter(keep)) {
    const k = key(l);
    const g = out.get(k) ?? { sales: 0, qty: 0, bills: new Set<string>(), gst: 0, cogs: 0 };
    g.sales += l.taxablePaise;
    g.qty += l.qtyMilli;
    g.bills.add(l.invoiceId);
    g.gst += l.gstPaise;
    g.cogs += l.costPaise;
    out.set(k, g);
  }
  return new Map([...out].map(([k, g]) => [k, [g.sales, g.qty, g.bills.size, g.gst, g.cogs, g.sales - g.cogs]]));
}

const ALL = ['sales', 'qty', 'bills', 'gst', 'cogs', 'margin'] as const;
const body = (m: Model) => m.parts[0]?.rows.filter((r) => r.style !== 'total') ?? [];
const total = (m: Model) => m.parts[0]?.rows.find((r) => r.style === 'total')?.cells ?? [];
const run = (spec: Omit<Spec, 'from' | 'to'>, client = manager) => client.call('reports.custom', { ...period(), ...spec });

describe('the custom report builder on a seeded shop', () => {
  it('totals each product as the bills do, paisa for paisa, and the grand total counts each bill once', async () => {
    const m = await run({ groupBy: ['product'], measures: [...ALL] });
    const expected = byHand((l) => l.name);
    expect(new Map(body(m).map((r) => [String(r.cells[0]), r.cells.slice(1)]))).toEqual(expected);
    const all = byHand(() => 'all').get('all');
    expect(total(m).slice(1)).toEqual(all);
    expect(all?.[2]).toBe(17);
    expect(m.parts[0]?.columns.map((c) => c.kind)).toEqual(['text', 'money', 'qty', 'count', 'money', 'money', 'money']);
  });

  it('groups by two dimensions (cashier × tender) and by day, as summed by hand', async () => {
    const cashiers = await run({ groupBy: ['cashier', 'tender'], measures: ['sales', 'bills'] });
    const names = new Map(
      host.store.raw
        .prepare<[], { id: string; name: string }>('SELECT id, name FROM users')
        .all()
        .map((u) => [u.id, u.name]),
    );
    const words: Record<string, string> = { cash: 'Cash', upi: 'UPI', card: 'Card', credit: 'Khata (credit)', mixed: 'Split payment' };
    const expected = byHand((l) => `${names.get(l.cashierId)}|${words[l.tender]}`);
    expect(new Map(body(cashiers).map((r) => [`${r.cells[0]}|${r.cells[1]}`, r.cells.slice(2)]))).toEqual(
      new Map([...expected].map(([k, v]) => [k, [v[0], v[2]]])),
    );
    const byDay = await run({ groupBy: ['day'], measures: ['sales', 'margin'] });
    expect(body(byDay).map((r) => r.cells)).toEqual(days.map((d) => [d, ...[0, 5].map((i) => byHand((l) => l.date).get(d)?.[i])]));
  });

  it('keeps only what the filters name, and says so under the table', async () => {
    const category = categoryOf.get(lines[0]?.productId ?? '') ?? '';
    const m = await run({
      groupBy: ['customer'],
      measures: ['sales', 'cogs'],
      filters: [
        { dimension: 'category', values: [category] },
        { dimension: 'tender', values: ['cash', 'upi'] },
      ],
    });
    const people = new Map(
      host.store.raw
        .prepare<[], { id: string; name: string }>('SELECT id, name FROM customers')
        .all()
        .map((c) => [c.id, c.name]),
    );
    const expected = byHand(
      (l) => (l.customerId ? (people.get(l.customerId) ?? '?') : 'Walk-in customer'),
      (l) => categoryOf.get(l.productId) === category && (l.tender === 'cash' || l.tender === 'upi'),
    );
    expect(new Map(body(m).map((r) => [String(r.cells[0]), r.cells.slice(1)]))).toEqual(new Map([...expected].map(([k, v]) => [k, [v[0], v[4]]])));
    expect(m.notes.map((n) => n.text)).toContain(`Only Paid by: Cash, UPI`);
    expect(m.notes.map((n) => n.text)).toContain(`Only Category: ${category}`);
  });

  it('equals the dashboard day by day and its top products where the two overlap', async () => {
    const byDay = await run({ groupBy: ['day'], measures: ['sales', 'margin', 'bills'] });
    for (const [i, d] of days.entries()) {
      const dash = await manager.call('insights.dashboard', { period: 'day', date: d });
      expect(body(byDay)[i]?.cells).toEqual([d, dash.figures.salesPaise.current, dash.figures.marginPaise.current, dash.figures.bills.current]);
    }
    const products = await run({ groupBy: ['product'], measures: ['sales', 'margin', 'qty'], limit: 3 });
    const dash = await manager.call('insights.dashboard', { period: 'day', date: days[0] ?? '' });
    const oneDay = await manager.call('reports.custom', {
      from: days[0] ?? '',
      to: days[0] ?? '',
      groupBy: ['product'],
      measures: ['sales', 'margin', 'qty'],
      limit: 3,
    });
    expect(body(oneDay).map((r) => r.cells)).toEqual(dash.topProducts.slice(0, 3).map((p) => [p.name, p.salesPaise, p.marginPaise, p.qtyMilli]));
    expect(body(products)).toHaveLength(3);
    expect(products.notes.some((n) => n.mark === 'custom-cut')).toBe(true);
  });

  it('sorts by the chosen column and shows Hindi names and words to a Hindi reader', async () => {
    const asc = await run({ groupBy: ['product'], measures: ['sales'], sort: { by: 'sales', dir: 'asc' } });
    const sales = body(asc).map((r) => Number(r.cells[1]));
    expect(sales).toEqual([...sales].sort((a, b) => a - b));
    const hindi = await host.as('manager', 'custom-hi', 'hi');
    const hi = await run({ groupBy: ['tender'], measures: ['bills'] }, hindi);
    expect(hi.title).toBe('अपनी रिपोर्ट');
    expect(hi.parts[0]?.columns.map((c) => c.label)).toEqual(['भुगतान का तरीका', 'बिल']);
    expect(body(hi).map((r) => r.cells[0])).toContain('नकद');
  });

  it('refuses a muddled choice with a message naming the field, in the reader’s language, and never runs client words as SQL', async () => {
    const hindi = await host.as('manager', 'custom-hi-2', 'hi');
    const backwards = await expectApiError(
      hindi.call('reports.custom', { from: '2026-12-01', to: '2026-11-01', groupBy: ['day'], measures: ['sales'] }),
      'INVALID_INPUT',
    );
    expect(translate(backwards.key ?? '', 'hi', backwards.params)).toBe(
      'शुरुआती तारीख 01-12-2026 आखिरी तारीख 01-11-2026 के बाद है; शुरुआती तारीख आखिरी तारीख से पहले चुनें',
    );
    const twice = await expectApiError(run({ groupBy: ['brand', 'brand'], measures: ['sales'] }), 'INVALID_INPUT');
    expect(twice.message).toBe('Group by: "Brand" is chosen twice; choose each grouping once');
    const unsorted = await expectApiError(run({ groupBy: ['brand'], measures: ['sales'], sort: { by: 'margin', dir: 'asc' } }), 'INVALID_INPUT');
    expect(unsorted.message).toContain('Sort by: "Margin"');
    const bad = await expectApiError(run({ groupBy: ['price; DROP TABLE invoices' as 'day'], measures: ['sales'] }), 'BAD_PARAMS');
    expect(bad.message).toMatch(/^Group by/);
    expect(bad.message).not.toMatch(/groupBy|\[0\]/);
    const sneaky = await run({ groupBy: ['category'], measures: ['bills'], filters: [{ dimension: 'category', values: ["x' OR 1=1 --"] }] });
    expect(body(sneaky)).toEqual([]);
    expect(total(sneaky)[1]).toBe(0);
  });

  it('saves a report by name, reopens it, replaces it under the same name, leaves out a damaged one and deletes', async () => {
    const spec = { ...period(), groupBy: ['category' as const], measures: ['sales' as const, 'margin' as const] };
    const { id } = await manager.call('reports.customSave', { name: 'Margin by category', spec });
    let saved = (await manager.call('reports.customSaved', {})).reports;
    expect(saved.map((r) => r.name)).toEqual(['Margin by category']);
    const reopened = await manager.call('reports.custom', saved[0]?.spec ?? spec);
    expect(reopened.title).toBe('Margin by category');
    expect(reopened.fileBase).toBe(`margin-by-category-${spec.from}-${spec.to}`);
    const again = await manager.call('reports.customSave', { name: 'margin BY category', spec: { ...spec, measures: ['bills'] } });
    expect(again.id).toBe(id);
    saved = (await manager.call('reports.customSaved', {})).reports;
    expect(saved.map((r) => r.spec.measures)).toEqual([['bills']]);
    host.store.raw
      .prepare("INSERT INTO custom_reports VALUES ('damaged', 'Broken', '{\"groupBy\":[\"sql\"]}', (SELECT id FROM users LIMIT 1), '2026-11-24')")
      .run();
    expect((await manager.call('reports.customSaved', {})).reports.map((r) => r.name)).toEqual(['margin BY category'.replace('margin BY', 'Margin by')]);
    await manager.call('reports.customDelete', { id });
    expect((await manager.call('reports.customSaved', {})).reports).toEqual([]);
    await expectApiError(manager.call('reports.customDelete', { id }), 'NOT_FOUND');
    const missingName = await expectApiError(manager.call('reports.customSave', { name: '  ', spec }), 'BAD_PARAMS');
    expect(missingName.message).toMatch(/^Name/);
  });

  it('draws the same model as Excel and PDF, offers each filter’s values, and is for managers only', async () => {
    const spec = { ...period(), groupBy: ['brand' as const], measures: ['sales' as const] };
    for (const format of ['xlsx', 'pdf'] as const) {
      const file = await manager.call('reports.customExport', { ...spec, format });
      expect(file.fileName).toBe(`custom-report-${spec.from}-${spec.to}.${format}`);
      const bytes = Buffer.from(file.base64, 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
    }
    const choices = await manager.call('reports.customChoices', {});
    const dims = new Map(choices.options.map((o) => [o.dimension, o.values]));
    expect(dims.get('tender')?.map((v) => v.value)).toEqual(['cash', 'upi', 'card', 'credit', 'mixed']);
    expect(dims.get('customer')?.map((v) => v.label)).toEqual(expect.arrayContaining(['Asha Rao', 'Bilal Khan']));
    expect(dims.get('category')?.length).toBeGreaterThan(1);
    await expectApiError((await host.as('staff')).call('reports.custom', spec), 'FORBIDDEN');
  });
});
