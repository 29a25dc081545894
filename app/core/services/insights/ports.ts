import type { Dismissal, InsightsReport, PricedProduct, ShopHistory } from '../../insights';

/** The repositories this area owns in the Store (db/repos/insights). */
export interface InsightsStore {
  insights: InsightsRepo;
}

/** One business date's posted bills (cancelled ones left out), from the hourly sums. */
export interface SalesDay {
  date: string;
  bills: number;
  lines: number;
  payablePaise: number;
  taxablePaise: number;
  costPaise: number;
  cashPaise: number;
  upiPaise: number;
  cardPaise: number;
  creditPaise: number;
}

/** One business date's sales returns (credit notes). */
export interface ReturnsDay {
  date: string;
  count: number;
  totalPaise: number;
  taxablePaise: number;
  costPaise: number;
}

export interface ProductSales {
  productId: string;
  name: string;
  nameHi: string | null;
  lines: number;
  qtyMilli: number;
  taxablePaise: number;
  costPaise: number;
}

export interface DashboardReads {
  salesDays(from: string, to: string): SalesDay[];
  returnsDays(from: string, to: string): ReturnsDay[];
  /** bills per date and IST hour */
  hours(from: string, to: string): Array<{ date: string; hour: number; bills: number }>;
  /** every product sold in the range, most sales (taxable) first */
  products(from: string, to: string): ProductSales[];
  /** debits and credits of an account (all parties) over a range, from the books' daily sums */
  accountMovement(code: string, from: string, to: string): { debitPaise: number; creditPaise: number };
}

/** What the insights job reads on its own connection, and the owner's notes on alerts. */
export interface InsightsRepo extends DashboardReads {
  /** bills, cashier actions, drawer closes and stock counts from this business date on; `pause` is called between slices of the read */
  history(from: string, pause?: () => void): ShopHistory;
  /** active products with stock, the last 30 days' sales and lots by expiry, for the price rules */
  pricedProducts(today: string): PricedProduct[];
  dismissals(): Dismissal[];
  dismiss(d: { alertId: string; note: string; by: string; at: string }): void;
}

export type InsightsTrigger = 'manual' | 'nightly';

/** The last finished run of the insights job: its report and how long it took. */
export interface InsightsRun {
  trigger: InsightsTrigger;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  report: InsightsReport;
}

/** The host's side: the job runs in a worker thread on a read-only connection; the host keeps its last report. */
export interface InsightsJobs {
  /** starts a run unless one is going; false when one already is */
  start(trigger: InsightsTrigger): boolean;
  running(): { startedAt: string } | null;
  last(): InsightsRun | null;
  /** the last run's failure, when the last attempt failed */
  lastError(): { at: string; error: string } | null;
}
