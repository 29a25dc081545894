import { salesProductHsn, salesProductLines } from '../../schema';
import { query, type RepoContext } from '../context';
import { dayBookkeeping, keepFolded, type SalesSummary } from './folded-summary';

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

const NEW_BILLS = 'i.rowid > @from AND i.rowid <= @upto';
const NEW_NOTES = 'n.rowid > @from AND n.rowid <= @upto';
const ON_DAY = 'i.date = @date';

const PAIRS = `INSERT INTO sales_product_hsn (product_id, hsn)
  SELECT DISTINCT l.product_id, l.hsn FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id WHERE ${NEW_BILLS} ON CONFLICT DO NOTHING`;
const DAYS_SEEN = `INSERT INTO sales_product_days (date, cancels_seen)
  SELECT DISTINCT i.date, 0 FROM invoices i WHERE ${NEW_BILLS} ON CONFLICT (date) DO NOTHING`;
/** A day's rows, found product by product through the pairs (the table is in product order). */
const FORGET_DAY = `DELETE FROM sales_product_lines WHERE (product_id, hsn) IN (SELECT product_id, hsn FROM sales_product_hsn) AND date = @date`;

export function createProductLines({ orm, raw }: RepoContext): SalesSummary {
  const statement = (text: string) => query<never, Record<string, string | number>>(raw, text);
  const newLines = statement(foldLines(NEW_BILLS));
  const newReturns = statement(foldReturns(NEW_NOTES));
  const pairs = statement(PAIRS);
  const daysSeen = statement(DAYS_SEEN);
  const forgetDay = statement(FORGET_DAY);
  const dayLines = statement(foldLines(ON_DAY));
  const dayReturns = statement(foldReturns(ON_DAY));
  const book = dayBookkeeping(raw, 'sales_product');

  return keepFolded(raw, {
    marks: book.marks,
    saveMarks: book.saveMarks,
    cancels: book.cancels,
    periods: book.periods,
    clear: () => {
      orm.delete(salesProductLines).run();
      orm.delete(salesProductHsn).run();
      book.clearDays();
    },
    foldBills: (bills) => {
      newLines().run(bills);
      pairs().run(bills);
      daysSeen().run(bills);
    },
    foldReturns: (notes) => newReturns().run(notes),
    noteCancels: book.noteCancels,
    remake: (date, seen) => {
      forgetDay().run({ date });
      dayLines().run({ date });
      dayReturns().run({ date });
      book.sawDay(date, seen);
    },
  });
}
