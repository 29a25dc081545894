import type { BillLine, CustomerLine, ProductLine } from '../../reports/shop-sales';
import type { CostPointLine, OrderLineFill } from '../../reports/shop-stock';
/** The repositories this area owns in the Store (db/repos/reports): the shop reports' reads. */
export interface ReportsStore {
  reportReads: ReportReads;
}

/** One product's posted sales (cancelled bills left out) less its returns, over a period: the rows the reports rank. */
export type ProductTotals = ProductLine;

export type CustomerTotals = CustomerLine;

/** Money accounts' (cash, bank, UPI and card clearing) debits and credits from entries of one kind. */
export interface MoneyMovement {
  accountCode: string;
  voucherType: string;
  refType: string;
  debitPaise: number;
  creditPaise: number;
}

export interface MoneyAccount {
  code: string;
  name: string;
  openingPaise: number;
  debitPaise: number;
  creditPaise: number;
}

export interface LotOnHand {
  productId: string;
  name: string;
  receivedAt: string;
  qtyMilli: number;
  valuePaise: number;
}

export interface OrderFill extends OrderLineFill {
  poId: string;
  status: string;
}

export type CostPoint = CostPointLine;

export type BillOf = BillLine;

export interface ReportReads {
  /** every product sold in the range, returns taken back */
  productTotals(from: string, to: string): ProductTotals[];
  /** every named customer who bought in the range, returns taken back */
  customerTotals(from: string, to: string): CustomerTotals[];
  /** cash, bank and clearing accounts: balance before the range and movement in it */
  moneyAccounts(from: string, to: string): MoneyAccount[];
  /** the money accounts' movement from entries other than the counter's bills, by entry kind */
  moneyMovements(from: string, to: string): MoneyMovement[];
  /** every lot with stock left, oldest first */
  lotsOnHand(): LotOnHand[];
  /** the products on hand (quantity > 0) with their value and what sold since `since` */
  stockAndSales(since: string): Array<{ productId: string; name: string; qtyMilli: number; valuePaise: number; soldMilli: number }>;
  /** the last business date each product sold on, for the products named */
  lastSold(productIds: readonly string[]): Map<string, string>;
  /** purchase orders dated in the range (cancelled left out) with what was received and the first bill */
  orderFills(from: string, to: string): OrderFill[];
  /** purchase bills' unit costs in the range, by supplier and product, in date order */
  costPoints(from: string, to: string): CostPoint[];
  /** the bills of a product or a customer in the range, newest first */
  billsOf(from: string, to: string, by: { productId?: string; customerId?: string }): BillOf[];
}
