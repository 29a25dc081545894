import type { CustomDimension, CustomMeasure } from '../../../app/core/contract/areas/reports-custom';
import type { CustomGroupRow, CustomQuery, CustomResult, CustomTotals } from '../../../app/core/services/reports/custom-ports';
import { MEASURE_NAMES } from './custom-sql';
import { dayNumber, TENDER_WORDS, Words, type SalesCube } from './sales-cube';

/**
 * A custom report answered from the lines kept in memory (sales-cube.ts) in one pass: each line
 * of a standing bill in the period that the filters keep adds to its group, and a bill counts once
 * per group (its lines sit together, so a group counts a bill when it first meets it). The rows,
 * labels, order and totals are those of the line-level SQL (custom-sql.ts): a test asks both.
 */

/** What a product is, read fresh for each report: a product moved to another category answers at once. */
export interface ProductFacts {
  id: string;
  name: string;
  nameHi: string | null;
  category: string;
  brand: string;
  supplierId: string | null;
  supplierName: string | null;
}

export interface CubeNames {
  products(): ProductFacts[];
  customers(): Array<{ id: string; name: string }>;
  cashiers(): Array<{ id: string; name: string }>;
}

/** Where a line finds its code on an axis: by its bill's day, its bill, its product or itself. */
type Level = 'day' | 'bill' | 'product' | 'line';
interface Axis {
  level: Level;
  codes: ArrayLike<number>;
  size: number;
  value(code: number): string | null;
  label(code: number): string | null;
  find(value: string): number | undefined;
}

const DAY_MS = 86_400_000;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday of the day's week, as the SQL's date(d, 'weekday 0', '-6 days') (1970-01-01 was a Thursday). */
const weekStart = (day: number) => day - ((((day + 4) % 7) + 6) % 7);
const none = () => null;

function timeAxis(d: 'day' | 'week' | 'month', fromDay: number, toDay: number): Axis {
  const span = Math.max(0, toDay - fromDay + 1);
  const codes = new Int32Array(span);
  const words = new Words();
  for (let n = 0; n < span; n++) {
    const date = dateOf(fromDay + n);
    codes[n] = words.code(d === 'day' ? date : d === 'week' ? dateOf(weekStart(fromDay + n)) : date.slice(0, 7));
  }
  return { level: 'day', codes, size: words.list.length, value: (c) => words.list[c] ?? null, label: none, find: (v) => words.find(v) };
}

function wordsAxis(level: Level, codes: ArrayLike<number>, words: Words, labels?: Map<string, string>): Axis {
  return {
    level,
    codes,
    size: words.list.length,
    value: (c) => words.list[c] ?? null,
    label: (c) => labels?.get(words.list[c] ?? '') ?? null,
    find: (v) => words.find(v),
  };
}

/** One of a product's words (category, brand, supplier) as an axis over the cube's products. */
function productAxis(cube: SalesCube, facts: Map<string, ProductFacts>, pick: (f: ProductFacts | undefined) => string | null, labels?: Map<string, string>) {
  const words = new Words();
  const codes = new Int32Array(cube.products.list.length);
  cube.products.list.forEach((id, n) => (codes[n] = words.code(pick(id === null ? undefined : facts.get(id)))));
  return wordsAxis('product', codes, words, labels);
}

function axisFor(d: CustomDimension, cube: SalesCube, names: CubeNames, days: [number, number], facts: () => Map<string, ProductFacts>): Axis {
  switch (d) {
    case 'day':
    case 'week':
    case 'month':
      return timeAxis(d, days[0], days[1]);
    case 'product': {
      const f = facts();
      const codes = Int32Array.from(cube.products.list, (_, n) => n);
      return { ...wordsAxis('product', codes, cube.products), label: (c) => f.get(cube.products.list[c] ?? '')?.name ?? null };
    }
    case 'category':
      return productAxis(cube, facts(), (f) => f?.category ?? '');
    case 'brand':
      return productAxis(cube, facts(), (f) => f?.brand ?? '');
    case 'supplier': {
      const f = facts();
      const labels = new Map([...f.values()].flatMap((p) => (p.supplierId && p.supplierName ? [[p.supplierId, p.supplierName] as const] : [])));
      return productAxis(cube, f, (p) => p?.supplierId ?? null, labels);
    }
    case 'hsn':
      return wordsAxis('line', cube.lineHsn.data, cube.hsns);
    case 'customer':
      return wordsAxis('bill', cube.billCustomer.data, cube.customers, new Map(names.customers().map((c) => [c.id, c.name])));
    case 'cashier':
      return wordsAxis('bill', cube.billCashier.data, cube.cashiers, new Map(names.cashiers().map((c) => [c.id, c.name])));
    case 'tender': {
      const words = new Words();
      for (const t of TENDER_WORDS) words.code(t);
      // the cube's tender codes are the word's place in TENDER_WORDS; here each sits one further on
      return { ...wordsAxis('bill', cube.billTender.data, words), value: (c) => TENDER_WORDS[c] ?? null, find: (v) => TENDER_WORDS.findIndex((t) => t === v) };
    }
  }
}

/** SQLite's NOCASE: only ASCII letters fold. */
const folded = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const compareText = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

export function answerFromCube(cube: SalesCube, names: CubeNames, q: CustomQuery): CustomResult {
  const days: [number, number] = [dayNumber(q.from), dayNumber(q.to)];
  let factsRead: Map<string, ProductFacts> | null = null;
  const facts = () => (factsRead ??= new Map(names.products().map((p) => [p.id, p])));
  const axes = q.groupBy.map((d) => axisFor(d, cube, names, days, facts));
  const filters = q.filters.map((f) => {
    const axis = axisFor(f.dimension, cube, names, days, facts);
    const allowed = new Uint8Array(axis.size + 1);
    for (const v of f.values) {
      const c = axis.find(v);
      if (c !== undefined && c >= 0) allowed[c] = 1;
    }
    return { axis, allowed };
  });
  const lineBill = cube.lineBill.data;
  const lineProduct = cube.lineProduct.data;
  const billDay = cube.billDay.data;
  const posted = cube.billPosted.data;
  const codeOf = (axis: Axis, line: number, bill: number): number => {
    const at =
      axis.level === 'day' ? (billDay[bill] ?? 0) - days[0] : axis.level === 'bill' ? bill : axis.level === 'product' ? (lineProduct[line] ?? 0) : line;
    return axis.codes[at] ?? 0;
  };
  const radix = axes.reduce((r, a) => r * (a.size + 1), 1);
  if (radix > Number.MAX_SAFE_INTEGER) throw new Error('too many groups to number');
  const byProduct = q.groupBy.indexOf('product');
  const slots = new Map<number, number>();
  const groups: Array<{ codes: number[]; qty: number; taxable: number; tax: number; cost: number; bills: number; last: number; hi: number }> = [];
  const total = { qty: 0, taxable: 0, tax: 0, cost: 0, bills: 0, last: -1 };
  const figures = { qty: cube.qty.data, taxable: cube.taxable.data, tax: cube.tax.data, cost: cube.cost.data };
  for (let line = 0, n = cube.lineCount; line < n; line++) {
    const bill = lineBill[line] ?? 0;
    const day = billDay[bill] ?? 0;
    if (posted[bill] === 0 || day < days[0] || day > days[1]) continue;
    if (!filters.every((f) => f.allowed[codeOf(f.axis, line, bill)] === 1)) continue;
    let key = 0;
    for (const axis of axes) key = key * (axis.size + 1) + codeOf(axis, line, bill);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = groups.length;
      slots.set(key, slot);
      groups.push({ codes: axes.map((a) => codeOf(a, line, bill)), qty: 0, taxable: 0, tax: 0, cost: 0, bills: 0, last: -1, hi: 0 });
    }
    const g = groups[slot];
    if (!g) continue;
    const q1 = figures.qty[line] ?? 0;
    const t1 = figures.taxable[line] ?? 0;
    const x1 = figures.tax[line] ?? 0;
    const c1 = figures.cost[line] ?? 0;
    g.qty += q1;
    g.taxable += t1;
    g.tax += x1;
    g.cost += c1;
    if (g.last !== bill) {
      g.bills++;
      g.last = bill;
    }
    total.qty += q1;
    total.taxable += t1;
    total.tax += x1;
    total.cost += c1;
    if (total.last !== bill) {
      total.bills++;
      total.last = bill;
    }
    if (byProduct >= 0) {
      const hi = cube.lineNameHi.data[line] ?? 0;
      if (hi !== 0 && hi !== g.hi && (g.hi === 0 || (cube.namesHi.list[hi] ?? '') > (cube.namesHi.list[g.hi] ?? ''))) g.hi = hi;
    }
  }
  const values = (f: { qty: number; taxable: number; tax: number; cost: number; bills: number }): CustomTotals => {
    const all: Record<CustomMeasure, number> = { sales: f.taxable, qty: f.qty, bills: f.bills, gst: f.tax, cogs: f.cost, margin: f.taxable - f.cost };
    const out: CustomTotals = { sales: 0, qty: 0, bills: 0, gst: 0, cogs: 0, margin: 0 };
    for (const m of MEASURE_NAMES) if (q.measures.includes(m)) out[m] = all[m] || 0;
    return out;
  };
  const rows: CustomGroupRow[] = groups.map((g) => ({
    keys: axes.map((axis, n) => {
      const code = g.codes[n] ?? 0;
      const own = n === byProduct ? (facts().get(axis.value(code) ?? '')?.nameHi ?? null) : null;
      return { value: axis.value(code), label: axis.label(code), labelHi: n === byProduct ? (own ?? cube.namesHi.list[g.hi] ?? null) : null };
    }),
    values: values(g),
  }));
  rows.sort(order(q));
  return { rows: rows.slice(0, q.limit), groups: rows.length, totals: values(total) };
}

/** The SQL's ORDER BY: the sort column (a group by its name or key, case folded; a figure by size), then every key. */
function order(q: CustomQuery) {
  const desc = q.sort.dir === 'desc' ? -1 : 1;
  const at = q.groupBy.findIndex((d) => d === q.sort.by);
  const measure = MEASURE_NAMES.find((m) => m === q.sort.by) ?? 'sales';
  return (a: CustomGroupRow, b: CustomGroupRow): number => {
    let first: number;
    if (at >= 0) {
      const ka = a.keys[at];
      const kb = b.keys[at];
      const sa = ka?.label ?? ka?.value ?? null;
      const sb = kb?.label ?? kb?.value ?? null;
      first = compareText(sa === null ? null : folded(sa), sb === null ? null : folded(sb));
    } else first = Math.sign(a.values[measure] - b.values[measure]);
    if (first !== 0) return first * desc;
    for (let n = 0; n < a.keys.length; n++) {
      const c = compareText(a.keys[n]?.value ?? null, b.keys[n]?.value ?? null);
      if (c !== 0) return c;
    }
    return 0;
  };
}
