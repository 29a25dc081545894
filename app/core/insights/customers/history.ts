import { dayNumber } from '../ist';
import { pacer, type Pause } from '../pace';
import type { BillRecord } from '../types';

/** One customer's purchases, oldest first, as the customer insights read them. */
export interface CustomerHistory {
  customerId: string;
  /** shop-calendar day of each bill */
  days: number[];
  amounts: number[];
  billIds: string[];
}

/** Posted (not cancelled) bills with a customer, up to and including `untilDay`, grouped by customer. */
export function customerHistories(bills: readonly BillRecord[], untilDay = Number.POSITIVE_INFINITY, pause?: Pause): Map<string, CustomerHistory> {
  const tick = pacer(pause, 1024);
  const byCustomer = new Map<string, { day: number; amount: number; id: string }[]>();
  for (const bill of bills) {
    tick();
    if (bill.cancelled || bill.customerId === null) continue;
    const day = dayNumber(bill.at);
    if (day > untilDay) continue;
    let list = byCustomer.get(bill.customerId);
    if (!list) byCustomer.set(bill.customerId, (list = []));
    list.push({ day, amount: bill.totalPaise, id: bill.id });
  }
  const out = new Map<string, CustomerHistory>();
  for (const [customerId, list] of byCustomer) {
    tick();
    list.sort((a, b) => a.day - b.day);
    out.set(customerId, { customerId, days: list.map((x) => x.day), amounts: list.map((x) => x.amount), billIds: list.map((x) => x.id) });
  }
  return out;
}

/** Gaps in days between consecutive distinct purchase days. */
export function purchaseGaps(days: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) {
    const gap = (days[i] ?? 0) - (days[i - 1] ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  return gaps;
}
