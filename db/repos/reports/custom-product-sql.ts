import type { CustomDimension } from '../../../app/core/contract/areas/reports-custom';
import type { CustomQuery } from '../../../app/core/services/reports/custom-ports';
import { productJoins, type Source } from './custom-sql';

/**
 * The custom report read from the lines by product, HSN, day and bill (migration 0042,
 * product-lines.ts): every grouping and filter that is the bill's day or what a product is, with
 * every figure, bill counts too (a bill is counted once per group however many of its products fall
 * in it). The products (with their category, brand, last supplier) are walked in the order of the
 * grouping and each one's rows of the period read in turn, so a grouping by what a product is adds
 * up as it reads and never sorts the lines.
 */
const BY_PRODUCT_OR_DAY = new Set<CustomDimension>(['day', 'week', 'month', 'product', 'category', 'brand', 'supplier', 'hsn']);

/** Where each of a product's own words stands in the walk's columns: the walk is ordered by the grouping's. */
const OWN: Partial<Record<CustomDimension, number>> = { product: 1, hsn: 2, category: 5, brand: 6, supplier: 7 };

/** Whether the lines summary can answer this question exactly. */
export function productAnswers(q: CustomQuery): boolean {
  return q.groupBy.every((d) => BY_PRODUCT_OR_DAY.has(d)) && q.filters.every((f) => BY_PRODUCT_OR_DAY.has(f.dimension));
}

const party = (figure: string) => `(SELECT coalesce(sum(${figure}), 0) FROM sales_day_party WHERE date BETWEEN @from AND @to)`;
/** The whole period's figures from the day summary, a few rows a day, instead of every line again. */
const PARTY_TOTALS = {
  sales: party('taxable_paise'),
  qty: party('qty_milli'),
  bills: party('bills'),
  gst: party('tax_paise'),
  cogs: party('cost_paise'),
  margin: party('taxable_paise - cost_paise'),
};

/** `totalsFromParty`: the day summary is up to date, so with no filter the period's totals are read from it. */
export function productSource(q: CustomQuery, totalsFromParty: boolean): Source {
  const joins = productJoins('c.product_id');
  const order = new Set([...q.groupBy.flatMap((d) => OWN[d] ?? []), 1, 2]);
  return {
    prefix: `WITH k AS MATERIALIZED (
  SELECT c.product_id, c.hsn, p.name, p.name_hi, coalesce(p.category, '') AS category, coalesce(p.brand, '') AS brand, s.supplier_id, sp.name AS supplier_name
  FROM sales_product_hsn c ${joins.product} ${joins.supplier}
  ORDER BY ${[...order].join(', ')}
)\n`,
    from: 'FROM k CROSS JOIN sales_product_lines x ON x.product_id = k.product_id AND x.hsn = k.hsn',
    joins: {},
    dimensions: {
      day: { key: 'x.date', label: 'NULL', labelHi: 'NULL' },
      week: { key: "date(x.date, 'weekday 0', '-6 days')", label: 'NULL', labelHi: 'NULL' },
      month: { key: 'substr(x.date, 1, 7)', label: 'NULL', labelHi: 'NULL' },
      product: { key: 'k.product_id', label: 'k.name', labelHi: 'coalesce(k.name_hi, x.name_hi)' },
      category: { key: 'k.category', label: 'NULL', labelHi: 'NULL' },
      brand: { key: 'k.brand', label: 'NULL', labelHi: 'NULL' },
      supplier: { key: 'k.supplier_id', label: 'k.supplier_name', labelHi: 'NULL' },
      hsn: { key: 'k.hsn', label: 'NULL', labelHi: 'NULL' },
    },
    measures: {
      sales: 'sum(x.taxable_paise)',
      qty: 'sum(x.qty_milli)',
      bills: 'count(DISTINCT x.bill)',
      gst: 'sum(x.tax_paise)',
      cogs: 'sum(x.cost_paise)',
      margin: 'sum(x.taxable_paise - x.cost_paise)',
    },
    ...(totalsFromParty && q.filters.length === 0 ? { totals: PARTY_TOTALS } : {}),
    where: ['x.date BETWEEN @from AND @to'],
    params: { from: q.from, to: q.to },
  };
}
