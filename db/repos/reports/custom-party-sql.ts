import type { CustomDimension } from '../../../app/core/contract/areas/reports-custom';
import type { CustomQuery } from '../../../app/core/services/reports/custom-ports';
import type { Source } from './custom-sql';

/**
 * The custom report read from the day summary (migration 0037, party-summary.ts): every grouping
 * and filter that is a bill's own — its day, week or month, its customer, its cashier, its tender —
 * with every figure, bill counts too (each bill sits in exactly one of the summary's rows).
 */
const BY_BILL = new Set<CustomDimension>(['day', 'week', 'month', 'customer', 'cashier', 'tender']);

/** Whether the day summary can answer this question exactly. */
export function partyAnswers(q: CustomQuery): boolean {
  return q.groupBy.every((d) => BY_BILL.has(d)) && q.filters.every((f) => BY_BILL.has(f.dimension));
}

export function partySource(q: CustomQuery): Source {
  return {
    prefix: '',
    from: 'FROM sales_day_party x',
    joins: {
      customer: 'LEFT JOIN customers c ON c.id = x.customer_id',
      cashier: 'LEFT JOIN users u ON u.id = x.user_id',
    },
    dimensions: {
      day: { key: 'x.date', label: 'NULL', labelHi: 'NULL' },
      week: { key: "date(x.date, 'weekday 0', '-6 days')", label: 'NULL', labelHi: 'NULL' },
      month: { key: 'substr(x.date, 1, 7)', label: 'NULL', labelHi: 'NULL' },
      customer: { key: "nullif(x.customer_id, '')", label: 'c.name', labelHi: 'NULL', join: 'customer' },
      cashier: { key: 'x.user_id', label: 'u.name', labelHi: 'NULL', join: 'cashier' },
      tender: { key: 'x.tender', label: 'NULL', labelHi: 'NULL' },
    },
    measures: {
      sales: 'sum(x.taxable_paise)',
      qty: 'sum(x.qty_milli)',
      bills: 'sum(x.bills)',
      gst: 'sum(x.tax_paise)',
      cogs: 'sum(x.cost_paise)',
      margin: 'sum(x.taxable_paise - x.cost_paise)',
    },
    where: ['x.date BETWEEN @from AND @to'],
    params: { from: q.from, to: q.to },
  };
}
