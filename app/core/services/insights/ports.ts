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

export interface InsightsRepo {
  salesDays(from: string, to: string): SalesDay[];
  returnsDays(from: string, to: string): ReturnsDay[];
  /** bills per date and IST hour */
  hours(from: string, to: string): Array<{ date: string; hour: number; bills: number }>;
  /** every product sold in the range, most sales (taxable) first */
  products(from: string, to: string): ProductSales[];
  /** debits and credits of an account (all parties) over a range, from the books' daily sums */
  accountMovement(code: string, from: string, to: string): { debitPaise: number; creditPaise: number };
}
