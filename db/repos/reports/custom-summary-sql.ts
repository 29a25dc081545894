import type { CustomDimension, CustomMeasure } from '../../../app/core/contract/areas/reports-custom';
import type { CustomQuery } from '../../../app/core/services/reports/custom-ports';
import { NET, productDimensions, productJoins, RETURNED, type Source } from './custom-sql';

/**
 * The custom report read from the month-by-product summary (migration 0031, sales-summary.ts):
 * the whole months of the period from the summary, the days before the first and after the last
 * whole month from the lines, both by month and product, then grouped as asked. It answers only
 * what such rows can: groupings and filters by month and by what a product is (itself, its
 * category, brand, supplier), and bill counts only per product with no filter (a bill holding two
 * products of one category would otherwise be counted twice).
 */
const BY_PRODUCT = new Set<CustomDimension>(['month', 'product', 'category', 'brand', 'supplier']);

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (date: string) => date.slice(0, 7);
const shiftMonth = (month: string, by: number): string => {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}`;
};
const lastDay = (month: string): string => {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};

interface Months {
  first: string;
  last: string;
  /** the days before the first whole month: [headFrom, headUpto) */
  headFrom: string;
  headUpto: string;
  /** the days after the last whole month: [tailFrom, tailTo] */
  tailFrom: string;
  tailTo: string;
}

/** The whole calendar months inside the period and the days left at either end, or null when no month is whole. */
export function wholeMonths(from: string, to: string): Months | null {
  const first = from.endsWith('-01') ? monthOf(from) : shiftMonth(monthOf(from), 1);
  const last = to === lastDay(monthOf(to)) ? monthOf(to) : shiftMonth(monthOf(to), -1);
  if (first > last) return null;
  const tailFrom = `${shiftMonth(last, 1)}-01`;
  return { first, last, headFrom: from, headUpto: `${first}-01`, tailFrom, tailTo: to < tailFrom ? '' : to };
}

/** Whether the summary can answer this question exactly. */
export function summaryAnswers(q: CustomQuery): boolean {
  if (!q.groupBy.every((d) => BY_PRODUCT.has(d))) return false;
  if (!q.filters.every((f) => BY_PRODUCT.has(f.dimension))) return false;
  if (q.measures.includes('bills') && (!q.groupBy.includes('product') || q.filters.length > 0)) return false;
  return wholeMonths(q.from, q.to) !== null;
}

const EDGE = `FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id\n${RETURNED}\nWHERE i.status = 'posted' AND`;
const edgeRows = (days: string) =>
  `SELECT substr(i.date, 1, 7), l.product_id, max(l.name_hi), sum(${NET.qty}), sum(${NET.taxable}), sum(${NET.tax}), sum(${NET.cost}), count(DISTINCT l.invoice_id)
  ${EDGE} ${days} GROUP BY 1, 2`;
const HEAD = 'i.date >= @headFrom AND i.date < @headUpto';
const TAIL = 'i.date >= @tailFrom AND i.date <= @tailTo';
const edgeBills = (days: string) =>
  `(SELECT count(*) FROM invoices i WHERE i.status = 'posted' AND ${days} AND EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id))`;

export function summarySource(q: CustomQuery): Source {
  const months = wholeMonths(q.from, q.to);
  if (!months) throw new Error('the summary answers only periods with a whole month');
  const measures: Record<CustomMeasure, string> = {
    sales: 'sum(x.taxable)',
    qty: 'sum(x.qty)',
    bills: 'sum(x.bills)',
    gst: 'sum(x.tax)',
    cogs: 'sum(x.cost)',
    margin: 'sum(x.taxable - x.cost)',
  };
  return {
    prefix: `WITH x (month, product_id, name_hi, qty, taxable, tax, cost, bills) AS (
  SELECT month, product_id, name_hi, qty_milli, taxable_paise, tax_paise, cost_paise, bills FROM sales_month_product WHERE month BETWEEN @first AND @last
  UNION ALL ${edgeRows(HEAD)}
  UNION ALL ${edgeRows(TAIL)}
)\n`,
    from: 'FROM x',
    joins: productJoins('x.product_id'),
    dimensions: { month: { key: 'x.month', label: 'NULL', labelHi: 'NULL' }, ...productDimensions('x.product_id', 'NULL', 'x.name_hi') },
    measures,
    totals: {
      bills: `(SELECT coalesce(sum(bills), 0) FROM sales_month_bills WHERE month BETWEEN @first AND @last) + ${edgeBills(HEAD)} + ${edgeBills(TAIL)}`,
    },
    where: [],
    params: { ...months },
  };
}
