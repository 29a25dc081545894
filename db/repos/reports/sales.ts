import type { BillOf, CustomerTotals, ProductTotals, ReportReads } from '../../../app/core/services/reports/ports';
import { query, type RepoContext } from '../context';

type Range = { from: string; to: string };

/**
 * Products' sales from the trigger-kept daily sums (migration 0013) less their returns, and
 * customers' bills less their credit notes: UNION ALL reads (db/README.md), one pass each.
 */
export function createSalesReads(ctx: RepoContext): Pick<ReportReads, 'productTotals' | 'customerTotals' | 'billsOf'> {
  const { raw } = ctx;
  const products = query<ProductTotals, Range>(
    raw,
    `WITH s AS (
       SELECT product_id, sum(lines) AS lines, sum(qty_milli) AS qty, sum(taxable_paise) AS taxable, sum(cost_paise) AS cost
       FROM product_sales_daily WHERE date BETWEEN :from AND :to GROUP BY product_id
       UNION ALL
       SELECT l.product_id, 0, -sum(l.qty_milli), -sum(l.taxable_paise), -sum(l.cost_paise)
       FROM credit_notes c JOIN credit_note_lines l ON l.credit_note_id = c.id
       WHERE c.date BETWEEN :from AND :to GROUP BY l.product_id
     )
     SELECT s.product_id AS productId, coalesce(p.name, s.product_id) AS name, p.name_hi AS nameHi,
       coalesce(p.category, '') AS category, coalesce(p.brand, '') AS brand,
       sum(s.lines) AS lines, sum(s.qty) AS qtyMilli, sum(s.taxable) AS taxablePaise, sum(s.cost) AS costPaise
     FROM s LEFT JOIN products p ON p.id = s.product_id
     GROUP BY s.product_id HAVING sum(s.lines) > 0 OR sum(s.taxable) <> 0 OR sum(s.cost) <> 0`,
  );
  const customers = query<CustomerTotals, Range>(
    raw,
    `WITH b AS (
       SELECT i.customer_id AS cid, count(*) AS bills, sum(i.payable_paise) AS payable, sum(i.taxable_paise) AS taxable,
         sum((SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id)) AS items
       FROM invoices i WHERE i.date BETWEEN :from AND :to AND i.status = 'posted' AND i.customer_id IS NOT NULL GROUP BY i.customer_id
       UNION ALL
       SELECT c.customer_id, 0, -sum(c.total_paise), -sum(c.taxable_paise), 0
       FROM credit_notes c WHERE c.date BETWEEN :from AND :to AND c.customer_id IS NOT NULL GROUP BY c.customer_id
     )
     SELECT b.cid AS customerId, coalesce(cu.name, '') AS name, coalesce(cu.phone, '') AS phone, sum(b.bills) AS bills,
       sum(b.items) AS items, sum(b.payable) AS payablePaise, sum(b.taxable) AS taxablePaise
     FROM b LEFT JOIN customers cu ON cu.id = b.cid GROUP BY b.cid`,
  );
  const billsOfProduct = query<BillOf, Range & { id: string }>(
    raw,
    `SELECT i.id AS invoiceId, i.number AS number, i.date AS date, coalesce(cu.name, i.buyer_name) AS customer, i.status AS status,
       sum(l.qty_milli) AS qtyMilli, i.payable_paise AS payablePaise
     FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id LEFT JOIN customers cu ON cu.id = i.customer_id
     WHERE i.date BETWEEN :from AND :to AND l.product_id = :id
     GROUP BY i.id ORDER BY i.date DESC, i.created_at DESC, i.number DESC LIMIT 1000`,
  );
  const billsOfCustomer = query<BillOf, Range & { id: string }>(
    raw,
    `SELECT i.id AS invoiceId, i.number AS number, i.date AS date, coalesce(cu.name, i.buyer_name) AS customer, i.status AS status,
       NULL AS qtyMilli, i.payable_paise AS payablePaise
     FROM invoices i LEFT JOIN customers cu ON cu.id = i.customer_id
     WHERE i.customer_id = :id AND i.customer_id IS NOT NULL AND i.date BETWEEN :from AND :to
     ORDER BY i.date DESC, i.created_at DESC, i.number DESC LIMIT 1000`,
  );
  return {
    productTotals: (from, to) => products().all({ from, to }),
    customerTotals: (from, to) => customers().all({ from, to }),
    billsOf: (from, to, by) =>
      by.productId ? billsOfProduct().all({ from, to, id: by.productId }) : by.customerId ? billsOfCustomer().all({ from, to, id: by.customerId }) : [],
  };
}
