import { dayNumber } from '../ist';
import { pacer, type Pause } from '../pace';
import { median } from '../stats';
import type { BillRecord } from '../types';

export interface RepeatProduct {
  productId: string;
  /** days this customer bought the product */
  bills: number;
  lastDay: number;
  /** median days between two bills with the product */
  everyDays: number;
}

/**
 * Products each customer buys again and again (on at least `minBills` bills), most bought first:
 * what to mention in a reminder, and what to keep in stock for them.
 */
export function repeatProducts(
  bills: readonly BillRecord[],
  options: { minBills?: number; perCustomer?: number; pause?: Pause } = {},
): Map<string, RepeatProduct[]> {
  const minBills = options.minBills ?? 2;
  const perCustomer = options.perCustomer ?? 5;
  const tick = pacer(options.pause);
  const days = new Map<string, Map<string, number[]>>();
  for (const bill of bills) {
    tick();
    if (bill.cancelled || bill.customerId === null) continue;
    const day = dayNumber(bill.at);
    let products = days.get(bill.customerId);
    if (!products) days.set(bill.customerId, (products = new Map()));
    for (const line of bill.lines) {
      let list = products.get(line.productId);
      if (!list) products.set(line.productId, (list = []));
      if (list[list.length - 1] !== day) list.push(day);
    }
  }
  const out = new Map<string, RepeatProduct[]>();
  for (const [customerId, products] of days) {
    const repeats: RepeatProduct[] = [];
    for (const [productId, list] of products) {
      tick();
      // Two lines, or two bills, with the product on one day count as one visit.
      const visits = [...new Set(list)].sort((a, b) => a - b);
      if (visits.length < minBills) continue;
      const gaps = visits.slice(1).map((d, i) => d - (visits[i] ?? d));
      repeats.push({ productId, bills: visits.length, lastDay: visits[visits.length - 1] ?? 0, everyDays: Math.round(median(gaps)) });
    }
    repeats.sort((a, b) => b.bills - a.bills || b.lastDay - a.lastDay || a.productId.localeCompare(b.productId));
    if (repeats.length > 0) out.set(customerId, repeats.slice(0, perCustomer));
  }
  return out;
}
