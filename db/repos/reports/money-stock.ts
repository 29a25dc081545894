import type { CostPoint, LotOnHand, MoneyAccount, MoneyMovement, OrderFill, ReportReads } from '../../../app/core/services/reports/ports';
import { query, type RepoContext } from '../context';

type Range = { from: string; to: string };

/** Where the money and the stock reports read: the books' daily sums, the journal by date, lots, orders and purchase bills. */
export function createMoneyStockReads(
  ctx: RepoContext,
): Pick<ReportReads, 'moneyAccounts' | 'moneyMovements' | 'lotsOnHand' | 'stockAndSales' | 'lastSold' | 'orderFills' | 'costPoints'> {
  const { raw } = ctx;
  const MONEY = `SELECT code FROM accounts WHERE account_group IN ('cash', 'bank', 'clearing')`;
  const accounts = query<MoneyAccount, Range>(
    raw,
    `SELECT a.code AS code, a.name AS name,
       coalesce(sum(CASE WHEN d.date < :from THEN d.debit_paise - d.credit_paise END), 0) AS openingPaise,
       coalesce(sum(CASE WHEN d.date >= :from THEN d.debit_paise END), 0) AS debitPaise,
       coalesce(sum(CASE WHEN d.date >= :from THEN d.credit_paise END), 0) AS creditPaise
     FROM accounts a LEFT JOIN ledger_daily d ON d.account_code = a.code AND d.date <= :to
     WHERE a.account_group IN ('cash', 'bank', 'clearing') GROUP BY a.code ORDER BY a.code`,
  );
  // The counter's bills are most of the journal; what they moved is the accounts' movement less the rest.
  const movements = query<MoneyMovement, Range>(
    raw,
    `SELECT jl.account_code AS accountCode, je.voucher_type AS voucherType, je.ref_type AS refType,
       sum(jl.debit_paise) AS debitPaise, sum(jl.credit_paise) AS creditPaise
     FROM journal_entries je JOIN journal_lines jl ON jl.entry_id = je.id
     WHERE je.date BETWEEN :from AND :to AND je.ref_type <> 'invoice' AND jl.account_code IN (${MONEY})
     GROUP BY jl.account_code, je.voucher_type, je.ref_type`,
  );
  const lots = query<LotOnHand, []>(
    raw,
    `SELECT bs.product_id AS productId, coalesce(p.name, bs.product_id) AS name, b.received_at AS receivedAt,
       bs.qty_milli AS qtyMilli, bs.value_paise AS valuePaise
     FROM batch_stock bs JOIN batches b ON b.id = bs.batch_id LEFT JOIN products p ON p.id = bs.product_id
     WHERE bs.qty_milli <> 0 OR bs.value_paise <> 0 ORDER BY b.received_at, p.name`,
  );
  const stock = query<{ productId: string; name: string; qtyMilli: number; valuePaise: number; soldMilli: number }, { since: string }>(
    raw,
    `SELECT sl.product_id AS productId, coalesce(p.name, sl.product_id) AS name, sl.qty_milli AS qtyMilli, sl.value_paise AS valuePaise,
       coalesce(s.sold, 0) AS soldMilli
     FROM stock_levels sl LEFT JOIN products p ON p.id = sl.product_id
     LEFT JOIN (SELECT product_id, sum(qty_milli) AS sold FROM product_sales_daily WHERE date >= :since GROUP BY product_id) s ON s.product_id = sl.product_id
     WHERE sl.qty_milli > 0 ORDER BY p.name`,
  );
  const lastSale = query<{ at: string }, [string]>(raw, `SELECT at FROM stock_moves WHERE product_id = ? AND kind = 'sale' ORDER BY id DESC LIMIT 1`);
  const fills = query<OrderFill, Range>(
    raw,
    `SELECT o.supplier_id AS supplierId, coalesce(s.name, o.supplier_id) AS supplierName, o.id AS poId, o.date AS date, o.status AS status,
       coalesce(ol.ordered, 0) AS orderedMilli, coalesce(ol.received, 0) AS receivedMilli, fb.first AS firstBillDate
     FROM purchase_orders o LEFT JOIN suppliers s ON s.id = o.supplier_id
     LEFT JOIN (SELECT po_id, sum(qty_milli) AS ordered, sum(min(received_milli, qty_milli)) AS received FROM purchase_order_lines GROUP BY po_id) ol ON ol.po_id = o.id
     LEFT JOIN (SELECT po_id, min(date) AS first FROM purchase_bills WHERE po_id IS NOT NULL AND kind = 'bill' GROUP BY po_id) fb ON fb.po_id = o.id
     WHERE o.date BETWEEN :from AND :to AND o.status <> 'cancelled' ORDER BY o.date`,
  );
  const costs = query<CostPoint, Range>(
    raw,
    `SELECT b.supplier_id AS supplierId, coalesce(s.name, b.supplier_id) AS supplierName, l.product_id AS productId,
       coalesce(p.name, l.product_id) AS name, b.date AS date, l.unit_cost_paise AS unitCostPaise
     FROM purchase_bills b JOIN purchase_lines l ON l.bill_id = b.id
     LEFT JOIN suppliers s ON s.id = b.supplier_id LEFT JOIN products p ON p.id = l.product_id
     WHERE b.kind = 'bill' AND b.date BETWEEN :from AND :to ORDER BY b.supplier_id, l.product_id, b.date, b.created_at, l.line_no`,
  );
  return {
    moneyAccounts: (from, to) => accounts().all({ from, to }),
    moneyMovements: (from, to) => movements().all({ from, to }),
    lotsOnHand: () => lots().all(),
    stockAndSales: (since) => stock().all({ since }),
    // A move's time is UTC; the shop's business date is India's.
    lastSold: (ids) =>
      new Map(
        ids.flatMap((id) => {
          const at = lastSale().get(id)?.at;
          return at ? [[id, new Date(Date.parse(at) + 330 * 60_000).toISOString().slice(0, 10)] as const] : [];
        }),
      ),
    orderFills: (from, to) => fills().all({ from, to }),
    costPoints: (from, to) => costs().all({ from, to }),
  };
}
