import { salesProductHsn, salesProductLines } from '../../schema';
import { query, type RepoContext } from '../context';
import { keepDaysFolded, NEW_BILLS, type SalesSummary } from './folded-summary';

/**
 * The lines by product, HSN, day and bill (migration 0042), brought up to date when read, never
 * while a bill is posted, the way the month and day summaries are (sales-summary.ts,
 * party-summary.ts): new invoices and credit notes are folded in from the rowids last read, and a
 * day whose count of cancelled bills moved is made again from its bills. A return comes off the
 * line it returns, as the line-level SQL (custom-sql.ts) takes it off.
 */

const TAX = '(l.cgst_paise + l.sgst_paise + l.igst_paise + l.cess_paise)';
const RETURN_TAX = '(cl.cgst_paise + cl.sgst_paise + cl.igst_paise + cl.cess_paise)';
const INTO = 'INSERT INTO sales_product_lines (product_id, hsn, date, bill, name_hi, qty_milli, taxable_paise, tax_paise, cost_paise)';
/** the greater of two Hindi names where either may be missing (SQLite's two-argument max() answers NULL) */
const GREATER_NAME = 'CASE WHEN name_hi IS NULL OR excluded.name_hi > name_hi THEN coalesce(excluded.name_hi, name_hi) ELSE name_hi END';
const ADD_UP = `ON CONFLICT (product_id, hsn, date, bill) DO UPDATE SET name_hi = ${GREATER_NAME},
  qty_milli = qty_milli + excluded.qty_milli, taxable_paise = taxable_paise + excluded.taxable_paise,
  tax_paise = tax_paise + excluded.tax_paise, cost_paise = cost_paise + excluded.cost_paise`;

/** The posted bills' lines in `scope` (a condition on invoices i), one row per bill and product. */
const foldLines = (scope: string) => `${INTO}
  SELECT l.product_id, l.hsn, i.date, i.rowid, max(l.name_hi), sum(l.qty_milli), sum(l.taxable_paise), sum(${TAX}), sum(l.cost_paise)
  FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
  WHERE ${scope} AND i.status = 'posted' GROUP BY 1, 2, 3, 4
  ${ADD_UP}`;

/** The returns in `scope` (a condition on credit notes n and their bills i), taken off the lines they return. */
const foldReturns = (scope: string) => `${INTO}
  SELECT l.product_id, l.hsn, i.date, i.rowid, NULL, -sum(cl.qty_milli), -sum(cl.taxable_paise), -sum(${RETURN_TAX}), -sum(cl.cost_paise)
  FROM credit_notes n JOIN credit_note_lines cl ON cl.credit_note_id = n.id JOIN invoices i ON i.id = n.invoice_id
  JOIN invoice_lines l ON l.invoice_id = n.invoice_id AND l.line_no = cl.invoice_line_no
  WHERE ${scope} AND i.status = 'posted' GROUP BY 1, 2, 3, 4
  ${ADD_UP}`;

const PAIRS = `INSERT INTO sales_product_hsn (product_id, hsn)
  SELECT DISTINCT l.product_id, l.hsn FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id WHERE ${NEW_BILLS} ON CONFLICT DO NOTHING`;
/** A day's rows, found product by product through the pairs (the table is in product order). */
const FORGET_DAY = `DELETE FROM sales_product_lines WHERE (product_id, hsn) IN (SELECT product_id, hsn FROM sales_product_hsn) AND date = @date`;

export function createProductLines({ orm, raw }: RepoContext): SalesSummary {
  const forgetDay = query<never, { date: string }>(raw, FORGET_DAY);
  return keepDaysFolded(raw, 'sales_product', {
    foldLines,
    foldReturns,
    withNewBills: [PAIRS],
    forget: (date) => {
      if (date !== undefined) return void forgetDay().run({ date });
      orm.delete(salesProductLines).run();
      orm.delete(salesProductHsn).run();
    },
  });
}
