import { eq } from 'drizzle-orm';
import { salesDayParty } from '../../schema';
import type { RepoContext } from '../context';
import { keepDaysFolded, type SalesSummary } from './folded-summary';

/**
 * The day-by-customer-cashier-tender summary (migration 0037), brought up to date when read, never
 * while a bill is posted, the way the month summary is (sales-summary.ts): new invoices and credit
 * notes are folded in from the rowids last read (both tables refuse deletes, and a bill's payments
 * are written with it and never change), and a day whose count of cancelled bills moved is made
 * again from its bills. Returns come off the bill they return: its day, customer, cashier, tender.
 */

const TAX = '(l.cgst_paise + l.sgst_paise + l.igst_paise + l.cess_paise)';
const RETURN_TAX = '(cl.cgst_paise + cl.sgst_paise + cl.igst_paise + cl.cess_paise)';
/** A bill paid one way is that tender; one split across several is 'mixed'; an unpaid one 'none' (as custom-sql.ts reads them). */
const TENDER = `(SELECT CASE count(DISTINCT p.method) WHEN 0 THEN 'none' WHEN 1 THEN min(p.method) ELSE 'mixed' END
  FROM payments p WHERE p.invoice_id = i.id)`;

/** The bills in `scope`, each once with its party and tender, before their lines are read. */
const billsIn = (scope: string, posted: boolean) => `WITH b AS MATERIALIZED (
  SELECT i.id, i.date, coalesce(i.customer_id, '') AS customer_id, i.user_id, ${TENDER} AS tender
  FROM invoices i WHERE ${scope}${posted ? " AND i.status = 'posted'" : ''})\n`;

const ADD_UP = `ON CONFLICT (date, customer_id, user_id, tender) DO UPDATE SET bills = bills + excluded.bills,
  qty_milli = qty_milli + excluded.qty_milli, taxable_paise = taxable_paise + excluded.taxable_paise,
  tax_paise = tax_paise + excluded.tax_paise, cost_paise = cost_paise + excluded.cost_paise`;
const INTO = 'INSERT INTO sales_day_party (date, customer_id, user_id, tender, bills, qty_milli, taxable_paise, tax_paise, cost_paise)';

/** The posted bills' lines in `scope` (a condition on invoices i), by day and party. */
const foldLines = (scope: string) => `${INTO}
  ${billsIn(scope, true)}SELECT b.date, b.customer_id, b.user_id, b.tender, count(DISTINCT b.id), sum(l.qty_milli), sum(l.taxable_paise), sum(${TAX}), sum(l.cost_paise)
  FROM b JOIN invoice_lines l ON l.invoice_id = b.id GROUP BY 1, 2, 3, 4
  ${ADD_UP}`;

/** The returns in `scope` (a condition on credit notes n and their bills i), taken off their bills' day and party. */
const foldReturns = (scope: string) => `${INTO}
  ${billsIn(`i.id IN (SELECT n.invoice_id FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id WHERE ${scope})`, false)}SELECT b.date, b.customer_id, b.user_id, b.tender, 0, -sum(cl.qty_milli), -sum(cl.taxable_paise), -sum(${RETURN_TAX}), -sum(cl.cost_paise)
  FROM b JOIN credit_notes n ON n.invoice_id = b.id JOIN credit_note_lines cl ON cl.credit_note_id = n.id JOIN invoices i ON i.id = n.invoice_id
  WHERE ${scope} GROUP BY 1, 2, 3, 4
  ${ADD_UP}`;

export function createPartySummary({ orm, raw }: RepoContext): SalesSummary {
  return keepDaysFolded(raw, 'sales_party', {
    foldLines,
    foldReturns,
    forget: (date) => {
      if (date === undefined) orm.delete(salesDayParty).run();
      else orm.delete(salesDayParty).where(eq(salesDayParty.date, date)).run();
    },
  });
}
