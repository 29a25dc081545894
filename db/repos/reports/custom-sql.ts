import type { CustomDimension, CustomFilterDimension, CustomMeasure } from '../../../app/core/contract/areas/reports-custom';
import type { CustomQuery } from '../../../app/core/services/reports/custom-ports';

/**
 * The custom report's SQL, put together only from the fixed fragments below, one per word of the
 * closed vocabulary; the values the owner picked travel as bound parameters. The lines of posted
 * bills are read through the bills' date index, so a period reads only its own bills.
 */
type JoinName = 'product' | 'customer' | 'cashier' | 'tender' | 'supplier';

const JOINS: Record<JoinName, string> = {
  product: 'LEFT JOIN products p ON p.id = l.product_id',
  customer: 'LEFT JOIN customers c ON c.id = i.customer_id',
  cashier: 'LEFT JOIN users u ON u.id = i.user_id',
  // A bill paid one way is that tender; one split across several is 'mixed'.
  tender: `LEFT JOIN (SELECT pay.invoice_id, CASE WHEN count(DISTINCT pay.method) = 1 THEN min(pay.method) ELSE 'mixed' END AS tender
      FROM payments pay JOIN invoices pi ON pi.id = pay.invoice_id WHERE pi.date BETWEEN @from AND @to GROUP BY pay.invoice_id) t ON t.invoice_id = i.id`,
  // The supplier a product was last bought from.
  supplier: `LEFT JOIN (SELECT product_id, supplier_id FROM (SELECT product_id, supplier_id,
      row_number() OVER (PARTITION BY product_id ORDER BY received_at DESC, id DESC) AS rn FROM batches WHERE supplier_id IS NOT NULL) WHERE rn = 1) s
      ON s.product_id = l.product_id LEFT JOIN suppliers sp ON sp.id = s.supplier_id`,
};

interface DimensionSql {
  key: string;
  label: string;
  labelHi: string;
  join?: JoinName;
}

const DIMENSIONS: Record<CustomDimension, DimensionSql> = {
  day: { key: 'i.date', label: 'NULL', labelHi: 'NULL' },
  week: { key: "date(i.date, 'weekday 0', '-6 days')", label: 'NULL', labelHi: 'NULL' },
  month: { key: 'substr(i.date, 1, 7)', label: 'NULL', labelHi: 'NULL' },
  product: { key: 'l.product_id', label: 'coalesce(p.name, l.name)', labelHi: 'coalesce(p.name_hi, l.name_hi)', join: 'product' },
  category: { key: "coalesce(p.category, '')", label: 'NULL', labelHi: 'NULL', join: 'product' },
  brand: { key: "coalesce(p.brand, '')", label: 'NULL', labelHi: 'NULL', join: 'product' },
  customer: { key: 'i.customer_id', label: 'c.name', labelHi: 'NULL', join: 'customer' },
  cashier: { key: 'i.user_id', label: 'u.name', labelHi: 'NULL', join: 'cashier' },
  tender: { key: "coalesce(t.tender, 'none')", label: 'NULL', labelHi: 'NULL', join: 'tender' },
  hsn: { key: 'l.hsn', label: 'NULL', labelHi: 'NULL' },
  supplier: { key: 's.supplier_id', label: 'sp.name', labelHi: 'NULL', join: 'supplier' },
};

const MEASURES: Record<CustomMeasure, string> = {
  sales: 'sum(l.taxable_paise)',
  qty: 'sum(l.qty_milli)',
  bills: 'count(DISTINCT l.invoice_id)',
  gst: 'sum(l.cgst_paise + l.sgst_paise + l.igst_paise + l.cess_paise)',
  cogs: 'sum(l.cost_paise)',
  margin: 'sum(l.taxable_paise - l.cost_paise)',
};

export const MEASURE_NAMES = Object.keys(MEASURES).filter((m): m is CustomMeasure => Object.hasOwn(MEASURES, m));

/** The figures asked for, each its fixed SQL; the others are answered as 0. */
const measureList = (chosen: readonly CustomMeasure[]) =>
  MEASURE_NAMES.map((m) => `${chosen.includes(m) ? `coalesce(${MEASURES[m]}, 0)` : '0'} AS m_${m}`).join(', ');

export type SqlParams = Record<string, string | number>;

function fromWhere(q: CustomQuery, dims: readonly CustomDimension[]): { text: string; params: SqlParams } {
  const joins = new Set<JoinName>();
  for (const d of [...dims, ...q.filters.map((f) => f.dimension)]) {
    const join = DIMENSIONS[d].join;
    if (join) joins.add(join);
  }
  const params: Record<string, string | number> = { from: q.from, to: q.to };
  const where = ['i.date BETWEEN @from AND @to', "i.status = 'posted'"];
  for (const f of q.filters) {
    const marks = f.values.map((v) => {
      const name = `v${Object.keys(params).length}`;
      params[name] = v;
      return `@${name}`;
    });
    where.push(`${DIMENSIONS[f.dimension satisfies CustomFilterDimension].key} IN (${marks.join(', ')})`);
  }
  const joinText = [...joins].map((j) => JOINS[j]).join('\n');
  return { text: `FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id\n${joinText}\nWHERE ${where.join(' AND ')}`, params };
}

/** The grouped rows, sorted and cut to the limit, each with the count of all groups. */
export function groupedSql(q: CustomQuery): { text: string; params: SqlParams } {
  const { text, params } = fromWhere(q, q.groupBy);
  const keys = q.groupBy.map((d, n) => `${DIMENSIONS[d].key} AS k${n}, max(${DIMENSIONS[d].label}) AS l${n}, max(${DIMENSIONS[d].labelHi}) AS h${n}`);
  const groupKeys = q.groupBy.map((_, n) => `k${n}`).join(', ');
  const dir = q.sort.dir === 'asc' ? 'ASC' : 'DESC';
  const at = q.groupBy.findIndex((d) => d === q.sort.by);
  const first = at >= 0 ? `coalesce(l${at}, k${at}) COLLATE NOCASE ${dir}` : `m_${MEASURE_NAMES.find((m) => m === q.sort.by) ?? 'sales'} ${dir}`;
  const order = [first, ...q.groupBy.map((_, n) => `k${n}`)].join(', ');
  return {
    text: `SELECT *, count(*) OVER () AS groups FROM (SELECT ${keys.join(', ')}, ${measureList(q.measures)}\n${text}\nGROUP BY ${groupKeys}) ORDER BY ${order} LIMIT @limit`,
    params: { ...params, limit: q.limit },
  };
}

/** The measures over everything the filters keep, bills counted once. */
export function totalsSql(q: CustomQuery): { text: string; params: SqlParams } {
  const { text, params } = fromWhere(q, []);
  return { text: `SELECT ${measureList(q.measures)}\n${text}`, params };
}
