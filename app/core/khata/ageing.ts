import type { Paise } from '../money';

/**
 * Ageing of what a party owes (or is owed), by the age of the bills still unpaid: payments and
 * returns settle the oldest bills first (FIFO), as a shopkeeper reads a khata. Buckets are the
 * usual 0–30, 31–60, 61–90 and over 90 days.
 */
export const AGE_BUCKETS = ['d0_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
export type Ageing = Record<AgeBucket, Paise>;

export interface DayMovement {
  date: string;
  /** what raises the amount due (bills for a customer, purchases for a supplier) */
  raisesPaise: Paise;
  /** what lowers it (payments, returns) */
  lowersPaise: Paise;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

export function bucketOf(ageDays: number): AgeBucket {
  if (ageDays <= 30) return 'd0_30';
  if (ageDays <= 60) return 'd31_60';
  if (ageDays <= 90) return 'd61_90';
  return 'd90_plus';
}

export interface PartyAgeing extends Ageing {
  /** due now: positive is owed to the shop (customers) or by the shop (suppliers) */
  balancePaise: Paise;
  /** a credit balance: paid in advance */
  advancePaise: Paise;
  /** the date of the oldest bill still unpaid, or null */
  oldestDue: string | null;
}

/** `days` in date order, up to and including `asOf`. */
export function ageParty(days: readonly DayMovement[], asOf: string): PartyAgeing {
  const open: Array<{ date: string; left: Paise }> = [];
  let credit = 0;
  for (const d of days) {
    if (d.date > asOf) break;
    if (d.raisesPaise > 0) open.push({ date: d.date, left: d.raisesPaise });
    credit += d.lowersPaise;
    // Settle the oldest bills with whatever has been paid so far.
    while (credit > 0 && open.length > 0) {
      const first = open[0];
      if (!first) break;
      const used = Math.min(first.left, credit);
      first.left -= used;
      credit -= used;
      if (first.left === 0) open.shift();
    }
  }
  const ageing: Ageing = { d0_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 };
  const today = dayNumber(asOf);
  for (const o of open) ageing[bucketOf(today - dayNumber(o.date))] += o.left;
  const due = open.reduce((s, o) => s + o.left, 0);
  return { ...ageing, balancePaise: due - credit, advancePaise: credit, oldestDue: open[0]?.date ?? null };
}

/** A party's dues on its control account as on a date: its totals, its last day, and what raised them, newest first. */
export interface PartyDue {
  raisedPaise: Paise;
  loweredPaise: Paise;
  lastDate: string;
  /** each day's raise (> 0) up to the date, newest first; read only as far as the amount due needs */
  newestRaises: Iterable<{ date: string; raisedPaise: Paise }>;
}

/**
 * The same ageing as `ageParty`, from the totals and the newest bills only. Settling oldest first
 * leaves open a run of the newest bills (the oldest of them maybe part-paid) adding up to what is
 * due, so the bills are walked back from the newest until the amount due is covered.
 */
export function ageDue(due: PartyDue, asOf: string): PartyAgeing {
  const balance = due.raisedPaise - due.loweredPaise;
  const ageing: Ageing = { d0_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 };
  if (balance <= 0) return { ...ageing, balancePaise: balance, advancePaise: balance < 0 ? -balance : 0, oldestDue: null };
  const today = dayNumber(asOf);
  let left = balance;
  let oldestDue: string | null = null;
  for (const bill of due.newestRaises) {
    const open = Math.min(bill.raisedPaise, left);
    ageing[bucketOf(today - dayNumber(bill.date))] += open;
    left -= open;
    oldestDue = bill.date;
    if (left === 0) break;
  }
  return { ...ageing, balancePaise: balance, advancePaise: 0, oldestDue };
}
