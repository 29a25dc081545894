import type { Paise } from '../money';

/**
 * What the insights read: plain records the host loads from the books (or a simulator makes).
 * Instants are epoch milliseconds; the shop's calendar is IST (ist.ts).
 */
export interface SaleLine {
  productId: string;
  qtyMilli: number;
  amountPaise: Paise;
  costPaise: Paise;
}

export interface BillRecord {
  id: string;
  at: number;
  cashierId: string;
  customerId: string | null;
  totalPaise: Paise;
  cancelled: boolean;
  lines: readonly SaleLine[];
}

export const CASHIER_ACTION_KINDS = ['void', 'cancel', 'discount', 'return', 'price_override'] as const;
export type CashierActionKind = (typeof CASHIER_ACTION_KINDS)[number];

/** One thing a cashier did that moves money away from a plain sale at list price. */
export interface CashierAction {
  at: number;
  cashierId: string;
  kind: CashierActionKind;
  amountPaise: Paise;
  billId?: string;
  productId?: string;
}

export interface RegisterClose {
  at: number;
  cashierId: string;
  expectedPaise: Paise;
  countedPaise: Paise;
}

export interface StockCountLine {
  at: number;
  productId: string;
  expectedMilli: number;
  countedMilli: number;
  unitCostPaise: Paise;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface ShopHistory {
  bills: readonly BillRecord[];
  actions: readonly CashierAction[];
  registerCloses: readonly RegisterClose[];
  stockCounts: readonly StockCountLine[];
  cashiers: readonly NamedRef[];
  customers: readonly NamedRef[];
  products: readonly NamedRef[];
}

/** A message for the screens: a catalogue key and its parameters (messages/catalogue.ts). */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}
