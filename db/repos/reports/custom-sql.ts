import type { CustomDimension, CustomMeasure } from '../../../app/core/contract/areas/reports-custom';
import type { CustomQuery } from '../../../app/core/services/reports/custom-ports';

/**
 * The custom report's SQL, put together only from the fixed fragments below, one per word of the
 * closed vocabulary; the values the owner picked travel as bound parameters. Two sources answer
 * the same words: the lines of posted bills (read through the bills' date index, so a period reads
 * only its own bills) and the month-by-product summary (custom-summary-sql.ts). Either way a return
 * comes off the line it returns, in the returned bill's period.
 */
export type JoinName = 'product' | 'customer' | 'cashier' | 'tender' | 'supplier';
export type SqlParams = Record<string, string | number>;

export interface DimensionSql {
  key: string;
  label: string;
  labelHi: string;
  join?: JoinName;
}

/** What one source gives the builder: its rows (FROM …), its joins, each word's fragment and its own conditions. */
export interface Source {
  /** `WITH …` before the query, when the source needs one */
  prefix: string;
  from: string;
  joins: Partial<Record<JoinName, string>>;
  dimensions: Partial<Record<CustomDimension, DimensionSql>>;
  measures: Record<CustomMeasure, string>;
  /** the figures over everything the filters keep, where a sum of the grouped figures would count a bill twice */
  totals?: Partial<Record<CustomMeasure, string>>;
  where: string[];
  params: SqlParams;
}

/** Every return of a bill line, summed, to be taken off that line. */
export const RETURNED = `LEFT JOIN (SELECT n.invoice_id, cl.invoice_line_no AS line_no, sum(cl.qty_milli) AS qty, sum(cl.taxable_paise) AS taxable,
      sum(cl.cgst_paise + cl.sgst_paise + cl.igst_paise + cl.cess_paise) AS tax, sum(cl.cost_paise) AS cost
      FROM credit_notes n JOIN credit_note_lines cl ON cl.credit_note_id = n.id GROUP BY 1, 2) r ON r.invoice_id = l.invoice_id AND r.line_no = l.line_no`;

/** A line's figures after its returns. */
export const NET = {
  qty: '(l.qty_milli - coalesce(r.qty, 0))',
  taxable: '(l.taxable_paise - coalesce(r.taxable, 0))',
  tax: '(l.cgst_paise + l.sgst_paise + l.igst_paise + l.cess_paise - coalesce(r.tax, 0))',
  cost: '(l.cost_paise - coalesce(r.cost, 0))',
};

/** Joins on a product's own row and the supplier it was last bought from, for a source whose product id is `id`. */
export const productJoins = (id: string) => ({
  product: `LEFT JOIN products p ON p.id = ${id}`,
  supplier: `LEFT JOIN (SELECT product_id, supplier_id FROM (SELECT product_id, supplier_id,
      row_number() OVER (PARTITION BY product_id ORDER BY received_at DESC, id DESC) AS rn FROM batches WHERE supplier_id IS NOT NULL) WHERE rn = 1) s
      ON s.product_id = ${id} LEFT JOIN suppliers sp ON sp.id = s.supplier_id`,
});

export const productDimensions = (id: string, name: string, nameHi: string) =>
  ({
    product: { key: id, label: `coalesce(p.name, ${name})`, labelHi: `coalesce(p.name_hi, ${nameHi})`, join: 'product' },
    category: { key: "coalesce(p.category, '')", label: 'NULL', labelHi: 'NULL', join: 'product' },
    brand: { key: "coalesce(p.brand, '')", label: 'NULL', labelHi: 'NULL', join: 'product' },
    supplier: { key: 's.supplier_id', label: 'sp.name', labelHi: 'NULL', join: 'supplier' },
  }) satisfies Partial<Record<CustomDimension, DimensionSql>>;

export function lineSource(q: CustomQuery): Source {
  return {
    prefix: '',
    from: `FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id\n${RETURNED}`,
    joins: {
      ...productJoins('l.product_id'),
      customer: 'LEFT JOIN customers c ON c.id = i.customer_id',
      cashier: 'LEFT JOIN users u ON u.id = i.user_id',
      // A bill paid one way is that tender; one split across several is 'mixed'.
      tender: `LEFT JOIN (SELECT pay.invoice_id, CASE WHEN count(DISTINCT pay.method) = 1 THEN min(pay.method) ELSE 'mixed' END AS tender
      FROM payments pay JOIN invoices pi ON pi.id = pay.invoice_id WHERE pi.date BETWEEN @from AND @to GROUP BY pay.invoice_id) t ON t.invoice_id = i.id`,
    },
    dimensions: {
      day: { key: 'i.date', label: 'NULL', labelHi: 'NULL' },
      week: { key: "date(i.date, 'weekday 0', '-6 days')", label: 'NULL', labelHi: 'NULL' },
      month: { key: 'substr(i.date, 1, 7)', label: 'NULL', labelHi: 'NULL' },
      ...productDimensions('l.product_id', 'l.name', 'l.name_hi'),
      customer: { key: 'i.customer_id', label: 'c.name', labelHi: 'NULL', join: 'customer' },
      cashier: { key: 'i.user_id', label: 'u.name', labelHi: 'NULL', join: 'cashier' },
      tender: { key: "coalesce(t.tender, 'none')", label: 'NULL', labelHi: 'NULL', join: 'tender' },
      hsn: { key: 'l.hsn', label: 'NULL', labelHi: 'NULL' },
    },
    measures: {
      sales: `sum(${NET.taxable})`,
      qty: `sum(${NET.qty})`,
      bills: 'count(DISTINCT l.invoice_id)',
      gst: `sum(${NET.tax})`,
      cogs: `sum(${NET.cost})`,
      margin: `sum(${NET.taxable} - ${NET.cost})`,
    },
    where: ['i.date BETWEEN @from AND @to', "i.status = 'posted'"],
    params: { from: q.from, to: q.to },
  };
}

export const MEASURE_NAMES: readonly CustomMeasure[] = ['sales', 'qty', 'bills', 'gst', 'cogs', 'margin'];

const dimensionOf = (source: Source, d: CustomDimension): DimensionSql => {
  const found = source.dimensions[d];
  if (!found) throw new Error(`the ${d} grouping is not in this source`);
  return found;
};

/** The figures asked for, each its fixed SQL; the others are answered as 0. */
const measureList = (source: Source, chosen: readonly CustomMeasure[], totals: boolean) =>
  MEASURE_NAMES.map((m) => `${chosen.includes(m) ? `coalesce(${(totals ? source.totals?.[m] : undefined) ?? source.measures[m]}, 0)` : '0'} AS m_${m}`).join(
    ', ',
  );

function fromWhere(source: Source, q: CustomQuery, dims: readonly CustomDimension[]): { text: string; params: SqlParams } {
  const joins = new Set<JoinName>();
  for (const d of [...dims, ...q.filters.map((f) => f.dimension)]) {
    const join = dimensionOf(source, d).join;
    if (join) joins.add(join);
  }
  const params: SqlParams = { ...source.params };
  const where = [...source.where];
  for (const f of q.filters) {
    const marks = f.values.map((v) => {
      const name = `v${Object.keys(params).length}`;
      params[name] = v;
      return `@${name}`;
    });
    where.push(`${dimensionOf(source, f.dimension).key} IN (${marks.join(', ')})`);
  }
  const joinText = [...joins].map((j) => source.joins[j] ?? '').join('\n');
  return { text: `${source.from}\n${joinText}${where.length > 0 ? `\nWHERE ${where.join(' AND ')}` : ''}`, params };
}

/** The grouped rows, sorted and cut to the limit, each with the count of all groups. */
export function groupedSql(source: Source, q: CustomQuery): { text: string; params: SqlParams } {
  const { text, params } = fromWhere(source, q, q.groupBy);
  const dims = q.groupBy.map((d) => dimensionOf(source, d));
  const keys = dims.map((d, n) => `${d.key} AS k${n}, max(${d.label}) AS l${n}, max(${d.labelHi}) AS h${n}`);
  const groupKeys = q.groupBy.map((_, n) => `k${n}`).join(', ');
  const dir = q.sort.dir === 'asc' ? 'ASC' : 'DESC';
  const at = q.groupBy.findIndex((d) => d === q.sort.by);
  const first = at >= 0 ? `coalesce(l${at}, k${at}) COLLATE NOCASE ${dir}` : `m_${MEASURE_NAMES.find((m) => m === q.sort.by) ?? 'sales'} ${dir}`;
  const order = [first, ...q.groupBy.map((_, n) => `k${n}`)].join(', ');
  return {
    text: `${source.prefix}SELECT *, count(*) OVER () AS groups FROM (SELECT ${keys.join(', ')}, ${measureList(source, q.measures, false)}\n${text}\nGROUP BY ${groupKeys}) ORDER BY ${order} LIMIT @limit`,
    params: { ...params, limit: q.limit },
  };
}

/** The measures over everything the filters keep, bills counted once. */
export function totalsSql(source: Source, q: CustomQuery): { text: string; params: SqlParams } {
  const { text, params } = fromWhere(source, q, []);
  // Where the source gives every figure asked for as a whole, its rows are not read at all.
  const whole = q.measures.every((m) => source.totals?.[m] !== undefined);
  return { text: `${source.prefix}SELECT ${measureList(source, q.measures, true)}${whole ? '' : `\n${text}`}`, params };
}
