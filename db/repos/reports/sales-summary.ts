import { eq } from 'drizzle-orm';
import { salesMonthBills, salesMonthProduct, salesSummaryMarks } from '../../schema';
import { query, type RepoContext } from '../context';
import { keepFolded, type SalesSummary } from './folded-summary';

/**
 * The month-by-product summary (migration 0031), brought up to date when it is read, never while a
 * bill is posted. New invoices and credit notes are folded in from the rowid last read (both tables
 * refuse deletes, so rowids only grow); a month whose count of cancelled bills in doc_daily moved
 * since it was last seen is made again from its lines. Returns come off the bill they return, in
 * that bill's month, as the line-level SQL (custom-sql.ts) takes them off.
 */

const TAX = '(l.cgst_paise + l.sgst_paise + l.igst_paise + l.cess_paise)';
const RETURN_TAX = '(cl.cgst_paise + cl.sgst_paise + cl.igst_paise + cl.cess_paise)';
/** the greater of two Hindi names where either may be missing (SQLite's two-argument max() answers NULL) */
const GREATER_NAME = 'CASE WHEN name_hi IS NULL OR excluded.name_hi > name_hi THEN coalesce(excluded.name_hi, name_hi) ELSE name_hi END';
const ADD_UP = `ON CONFLICT (month, product_id) DO UPDATE SET name_hi = ${GREATER_NAME},
  qty_milli = qty_milli + excluded.qty_milli, taxable_paise = taxable_paise + excluded.taxable_paise,
  tax_paise = tax_paise + excluded.tax_paise, cost_paise = cost_paise + excluded.cost_paise, bills = bills + excluded.bills`;

/** The posted bills' lines between two invoice rowids, by month and product. */
const FOLD_LINES = `INSERT INTO sales_month_product (month, product_id, name_hi, qty_milli, taxable_paise, tax_paise, cost_paise, bills)
  SELECT substr(i.date, 1, 7), l.product_id, max(l.name_hi), sum(l.qty_milli), sum(l.taxable_paise), sum(${TAX}), sum(l.cost_paise), count(DISTINCT l.invoice_id)
  FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
  WHERE i.rowid > @from AND i.rowid <= @upto AND i.status = 'posted' GROUP BY 1, 2
  ${ADD_UP}`;

const FOLD_BILLS = `INSERT INTO sales_month_bills (month, bills, cancels_seen)
  SELECT substr(i.date, 1, 7), count(*), 0 FROM invoices i
  WHERE i.rowid > @from AND i.rowid <= @upto AND i.status = 'posted' AND EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id) GROUP BY 1
  ON CONFLICT (month) DO UPDATE SET bills = bills + excluded.bills`;

/** Credit notes between two rowids, taken off their bills' months. */
const FOLD_RETURNS = `INSERT INTO sales_month_product (month, product_id, name_hi, qty_milli, taxable_paise, tax_paise, cost_paise, bills)
  SELECT substr(i.date, 1, 7), cl.product_id, NULL, -sum(cl.qty_milli), -sum(cl.taxable_paise), -sum(${RETURN_TAX}), -sum(cl.cost_paise), 0
  FROM credit_notes n JOIN credit_note_lines cl ON cl.credit_note_id = n.id JOIN invoices i ON i.id = n.invoice_id
  WHERE n.rowid > @from AND n.rowid <= @upto GROUP BY 1, 2
  ${ADD_UP}`;

/** One month made again from every posted line and every return of its bills. */
const REMAKE_LINES = `INSERT INTO sales_month_product (month, product_id, name_hi, qty_milli, taxable_paise, tax_paise, cost_paise, bills)
  SELECT @month, product_id, max(name_hi), sum(qty), sum(taxable), sum(tax), sum(cost), sum(bills) FROM (
    SELECT l.product_id, l.name_hi, l.qty_milli AS qty, l.taxable_paise AS taxable, ${TAX} AS tax, l.cost_paise AS cost, 0 AS bills
      FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
      WHERE i.date >= @first AND i.date < @next AND i.status = 'posted'
    UNION ALL
    SELECT l.product_id, NULL, 0, 0, 0, 0, count(DISTINCT l.invoice_id)
      FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
      WHERE i.date >= @first AND i.date < @next AND i.status = 'posted' GROUP BY l.product_id
    UNION ALL
    SELECT cl.product_id, NULL, -cl.qty_milli, -cl.taxable_paise, -${RETURN_TAX}, -cl.cost_paise, 0
      FROM invoices i JOIN credit_notes n ON n.invoice_id = i.id JOIN credit_note_lines cl ON cl.credit_note_id = n.id
      WHERE i.date >= @first AND i.date < @next
  ) GROUP BY product_id`;

const REMAKE_BILLS = `INSERT INTO sales_month_bills (month, bills, cancels_seen)
  SELECT @month, count(*), @seen FROM invoices i
  WHERE i.date >= @first AND i.date < @next AND i.status = 'posted' AND EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id)
  ON CONFLICT (month) DO UPDATE SET bills = excluded.bills, cancels_seen = excluded.cancels_seen`;

/** Each month's cancelled bills as doc_daily counts them, beside the count the summary last saw. */
const CANCELS = `SELECT d.month AS period, d.cancelled AS cancelled, b.cancels_seen AS seen FROM
  (SELECT substr(date, 1, 7) AS month, sum(cancelled) AS cancelled FROM doc_daily GROUP BY 1) d
  LEFT JOIN sales_month_bills b ON b.month = d.month`;

const nextMonth = (month: string): string => {
  const [y = 0, m = 0] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

export function createSalesSummary({ orm, raw }: RepoContext): SalesSummary {
  const statement = (text: string) => query<never, Record<string, string | number>>(raw, text);
  const foldLines = statement(FOLD_LINES);
  const foldBills = statement(FOLD_BILLS);
  const foldReturns = statement(FOLD_RETURNS);
  const remakeLines = statement(REMAKE_LINES);
  const remakeBills = statement(REMAKE_BILLS);
  const cancels = query<{ period: string; cancelled: number; seen: number | null }>(raw, CANCELS);

  return keepFolded(raw, {
    marks: () =>
      orm
        .select({ invoices: salesSummaryMarks.invoiceRowid, notes: salesSummaryMarks.creditNoteRowid })
        .from(salesSummaryMarks)
        .where(eq(salesSummaryMarks.id, 1))
        .get() ?? { invoices: 0, notes: 0 },
    saveMarks: (now) => orm.update(salesSummaryMarks).set({ invoiceRowid: now.invoices, creditNoteRowid: now.notes }).where(eq(salesSummaryMarks.id, 1)).run(),
    cancels: () => cancels().all(),
    periods: () =>
      orm
        .select({ month: salesMonthBills.month })
        .from(salesMonthBills)
        .all()
        .map((r) => r.month),
    clear: () => {
      orm.delete(salesMonthBills).run();
      orm.delete(salesMonthProduct).run();
    },
    foldBills: (bills) => {
      foldLines().run(bills);
      foldBills().run(bills);
    },
    foldReturns: (notes) => foldReturns().run(notes),
    noteCancels: (month, cancelled) => orm.update(salesMonthBills).set({ cancelsSeen: cancelled }).where(eq(salesMonthBills.month, month)).run(),
    remake: (month, seen) => {
      const span = { month, first: `${month}-01`, next: `${nextMonth(month)}-01` };
      orm.delete(salesMonthProduct).where(eq(salesMonthProduct.month, month)).run();
      remakeLines().run(span);
      remakeBills().run({ ...span, seen });
    },
  });
}
