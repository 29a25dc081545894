import { dayNumber } from '../ist';
import { pacer, type Pause } from '../pace';
import { CASHIER_ACTION_KINDS, type BillRecord, type CashierAction, type CashierActionKind } from '../types';

/** One cashier's day: bills made, and each kind of action with its count and rupees. */
export interface CashierDay {
  day: number;
  bills: number;
  counts: Record<CashierActionKind, number>;
  amounts: Record<CashierActionKind, number>;
}

const zeros = () => Object.fromEntries(CASHIER_ACTION_KINDS.map((k) => [k, 0])) as Record<CashierActionKind, number>;

/** Per cashier, their working days (days with at least one bill or action), oldest first. */
export function cashierDays(bills: readonly BillRecord[], actions: readonly CashierAction[], pause?: Pause): Map<string, CashierDay[]> {
  const tick = pacer(pause, 2048);
  const byCashier = new Map<string, Map<number, CashierDay>>();
  const slot = (cashierId: string, day: number) => {
    let days = byCashier.get(cashierId);
    if (!days) byCashier.set(cashierId, (days = new Map()));
    let d = days.get(day);
    if (!d) days.set(day, (d = { day, bills: 0, counts: zeros(), amounts: zeros() }));
    return d;
  };
  for (const b of bills) {
    tick();
    slot(b.cashierId, dayNumber(b.at)).bills++;
  }
  for (const a of actions) {
    tick();
    const d = slot(a.cashierId, dayNumber(a.at));
    d.counts[a.kind]++;
    d.amounts[a.kind] += Math.abs(a.amountPaise);
  }
  const out = new Map<string, CashierDay[]>();
  for (const [id, days] of byCashier)
    out.set(
      id,
      [...days.values()].sort((a, b) => a.day - b.day),
    );
  return out;
}
