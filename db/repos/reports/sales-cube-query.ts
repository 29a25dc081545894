import type { CustomDimension, CustomMeasure } from '../../../app/core/contract/areas/reports-custom';
import type { CustomGroupRow, CustomQuery, CustomResult, CustomTotals } from '../../../app/core/services/reports/custom-ports';
import { MEASURE_NAMES } from './custom-sql';
import { dayNumber, TENDER_WORDS, Words, type SalesCube } from './sales-cube';
import { firstInOrder, folded, ranks } from './sales-cube-order';

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
  // A slot per possible group where they are few enough to number densely (a day by product is about 700k), else a map.
  const dense = radix <= 8_000_000 ? new Int32Array(radix).fill(-1) : null;
  const sparse = new Map<number, number>();
  const byProduct = q.groupBy.indexOf('product');
  const g = new GroupColumns();
  const total = { qty: 0, taxable: 0, tax: 0, cost: 0, bills: 0, last: -1 };
  const figures = { qty: cube.qty.data, taxable: cube.taxable.data, tax: cube.tax.data, cost: cube.cost.data };
  const namesHi = cube.namesHi.list;
  for (let line = 0, n = cube.lineCount; line < n; line++) {
    const bill = lineBill[line] ?? 0;
    const day = billDay[bill] ?? 0;
    if (posted[bill] === 0 || day < days[0] || day > days[1]) continue;
    let kept = true;
    for (const f of filters) if (f.allowed[codeOf(f.axis, line, bill)] !== 1) kept = false;
    if (!kept) continue;
    let key = 0;
    for (const axis of axes) key = key * (axis.size + 1) + codeOf(axis, line, bill);
    let slot = dense ? (dense[key] ?? -1) : (sparse.get(key) ?? -1);
    if (slot < 0) {
      slot = g.add(key);
      if (dense) dense[key] = slot;
      else sparse.set(key, slot);
    }
    const q1 = figures.qty[line] ?? 0;
    const t1 = figures.taxable[line] ?? 0;
    const x1 = figures.tax[line] ?? 0;
    const c1 = figures.cost[line] ?? 0;
    g.qty[slot] = (g.qty[slot] ?? 0) + q1;
    g.taxable[slot] = (g.taxable[slot] ?? 0) + t1;
    g.tax[slot] = (g.tax[slot] ?? 0) + x1;
    g.cost[slot] = (g.cost[slot] ?? 0) + c1;
    if (g.last[slot] !== bill) {
      g.bills[slot] = (g.bills[slot] ?? 0) + 1;
      g.last[slot] = bill;
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
      const was = g.hi[slot] ?? 0;
      if (hi !== 0 && hi !== was && (was === 0 || (namesHi[hi] ?? '') > (namesHi[was] ?? ''))) g.hi[slot] = hi;
    }
  }
  const values = (f: { qty: number; taxable: number; tax: number; cost: number; bills: number }): CustomTotals => {
    const all: Record<CustomMeasure, number> = { sales: f.taxable, qty: f.qty, bills: f.bills, gst: f.tax, cogs: f.cost, margin: f.taxable - f.cost };
    const out: CustomTotals = { sales: 0, qty: 0, bills: 0, gst: 0, cogs: 0, margin: 0 };
    for (const m of MEASURE_NAMES) if (q.measures.includes(m)) out[m] = all[m] || 0;
    return out;
  };
  const groupCount = g.count;
  const figuresOf = (slot: number) =>
    values({ qty: g.qty[slot] ?? 0, taxable: g.taxable[slot] ?? 0, tax: g.tax[slot] ?? 0, cost: g.cost[slot] ?? 0, bills: g.bills[slot] ?? 0 });
  // Each group's codes, unpacked from its key.
  const codes = axes.map(() => new Int32Array(groupCount));
  for (let slot = 0; slot < groupCount; slot++) {
    let key = g.key[slot] ?? 0;
    for (let n = axes.length - 1; n >= 0; n--) {
      const size = (axes[n]?.size ?? 0) + 1;
      const column = codes[n];
      if (column) column[slot] = key % size;
      key = Math.floor(key / size);
    }
  }
  const order = sortOrder(q, axes, codes, g);
  const rows: CustomGroupRow[] = [];
  for (const slot of order) {
    rows.push({
      keys: axes.map((axis, k) => {
        const code = codes[k]?.[slot] ?? 0;
        const own = k === byProduct ? (facts().get(axis.value(code) ?? '')?.nameHi ?? null) : null;
        return { value: axis.value(code), label: axis.label(code), labelHi: k === byProduct ? (own ?? namesHi[g.hi[slot] ?? 0] ?? null) : null };
      }),
      values: figuresOf(slot),
    });
  }
  return { rows, groups: groupCount, totals: values(total) };
}

/** Each group's figures, in columns that grow as groups are met (no object per group). */
class GroupColumns {
  count = 0;
  key = new Float64Array(1024);
  qty = new Float64Array(1024);
  taxable = new Float64Array(1024);
  tax = new Float64Array(1024);
  cost = new Float64Array(1024);
  bills = new Int32Array(1024);
  last = new Int32Array(1024);
  hi = new Int32Array(1024);
  add(key: number): number {
    if (this.count === this.key.length) {
      const grow = <T extends Float64Array | Int32Array>(from: T, to: T): T => (to.set(from), to);
      const n = this.count * 2;
      this.key = grow(this.key, new Float64Array(n));
      this.qty = grow(this.qty, new Float64Array(n));
      this.taxable = grow(this.taxable, new Float64Array(n));
      this.tax = grow(this.tax, new Float64Array(n));
      this.cost = grow(this.cost, new Float64Array(n));
      this.bills = grow(this.bills, new Int32Array(n));
      this.last = grow(this.last, new Int32Array(n));
      this.hi = grow(this.hi, new Int32Array(n));
    }
    const slot = this.count++;
    this.key[slot] = key;
    this.last[slot] = -1;
    return slot;
  }
}

/**
 * The SQL's ORDER BY for the groups shown: the sort column (a group by its name or key, case
 * folded; a figure by size), then every key; as numbers (each word's place among its axis's words).
 */
function sortOrder(q: CustomQuery, axes: Axis[], codes: Int32Array[], g: GroupColumns): Int32Array {
  const count = g.count;
  const at = q.groupBy.findIndex((d) => d === q.sort.by);
  const measure = MEASURE_NAMES.find((m) => m === q.sort.by) ?? 'sales';
  const primary = new Float64Array(count);
  if (at >= 0) {
    const axis = axes[at];
    const place = axis
      ? ranks(axis.size + 1, (c) => {
          const w = axis.label(c) ?? axis.value(c);
          return w === null ? null : folded(w);
        })
      : new Float64Array(0);
    const column = codes[at];
    for (let slot = 0; slot < count; slot++) primary[slot] = place[column?.[slot] ?? 0] ?? 0;
  } else if (q.measures.includes(measure)) {
    // the figure as the row shows it (a measure not asked for shows 0, so every group ties)
    const figure = {
      sales: g.taxable,
      qty: g.qty,
      bills: g.bills,
      gst: g.tax,
      cogs: g.cost,
      margin: g.taxable.map((t, slot) => t - (g.cost[slot] ?? 0)),
    }[measure];
    for (let slot = 0; slot < count; slot++) primary[slot] = figure[slot] || 0;
  }
  const places = axes.map((axis) => ranks(axis.size + 1, (c) => axis.value(c)));
  const secondary = new Float64Array(count);
  for (let slot = 0; slot < count; slot++) {
    let key = 0;
    for (let n = 0; n < axes.length; n++) key = key * ((axes[n]?.size ?? 0) + 1) + (places[n]?.[codes[n]?.[slot] ?? 0] ?? 0);
    secondary[slot] = key;
  }
  return firstInOrder(primary, secondary, q.sort.dir === 'desc' ? -1 : 1, count, q.limit);
}
