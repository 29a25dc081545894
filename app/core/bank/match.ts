import type { Paise } from '../money';

/**
 * Auto-matching a bank statement to the books. A statement line is matched to a book line on the
 * bank account with the same amount and a date at most DAYS_APART away, a shared reference winning
 * over a nearer date. A deposit no book line explains may be a UPI or card settlement: the
 * collections of one or a few consecutive unsettled days in clearing, paid a few days later, less
 * the provider's charge (at most MAX_FEE_BP of them); the narration says which clearing account.
 */
export const DAYS_APART = 3;
export const SETTLEMENT_LAG_DAYS = 5;
export const MAX_FEE_BP = 300;
const MAX_RUN = 4;

export interface StatementLine {
  id: string;
  date: string;
  narration: string;
  reference: string;
  amountPaise: Paise;
}

export interface BookLine {
  entryId: string;
  seq: number;
  date: string;
  narration: string;
  reference: string;
  /** debit positive (money in), credit negative */
  amountPaise: Paise;
}

export interface ClearingDay {
  clearing: string;
  date: string;
  amountPaise: Paise;
}

export type AutoMatch =
  | { bankLineId: string; kind: 'book'; entryId: string; seq: number }
  | { bankLineId: string; kind: 'settlement'; clearing: string; dates: string[]; collectedPaise: Paise; receivedPaise: Paise };

const DAY_MS = 86_400_000;
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

const refMatches = (s: StatementLine, b: BookLine) => {
  const ref = b.reference.trim().toUpperCase();
  if (ref.length < 4) return false;
  return s.reference.toUpperCase().includes(ref) || s.narration.toUpperCase().includes(ref);
};

/** The book lines a statement line could be, best first. */
export function candidatesFor<B extends BookLine>(s: StatementLine, book: readonly B[]): B[] {
  return book
    .filter((b) => b.amountPaise === s.amountPaise && Math.abs(daysBetween(b.date, s.date)) <= DAYS_APART)
    .sort(
      (a, b) =>
        Number(refMatches(s, b)) - Number(refMatches(s, a)) ||
        Math.abs(daysBetween(a.date, s.date)) - Math.abs(daysBetween(b.date, s.date)) ||
        a.date.localeCompare(b.date),
    );
}

export function clearingFor(narration: string): string[] {
  const n = narration.toUpperCase();
  if (/\bUPI\b|BHARATPE|PHONEPE|PAYTM|GPAY|RAZORPAY|VPA/.test(n)) return ['UPI_CLEARING'];
  if (/\bCARD\b|\bPOS\b|PINE ?LABS|MSWIPE|EZETAP|\bEDC\b|\bMDR\b/.test(n)) return ['CARD_CLEARING'];
  return ['UPI_CLEARING', 'CARD_CLEARING'];
}

/** Runs of consecutive unsettled days (in the clearing's own order) whose sum the deposit could be. */
function settlementFor(s: StatementLine, days: readonly ClearingDay[], used: ReadonlySet<string>) {
  let best: { dates: string[]; clearing: string; collected: Paise } | null = null;
  for (const clearing of clearingFor(s.narration)) {
    const open = days.filter(
      (d) => d.clearing === clearing && !used.has(`${clearing}|${d.date}`) && d.date <= s.date && daysBetween(d.date, s.date) <= SETTLEMENT_LAG_DAYS,
    );
    for (let i = 0; i < open.length; i++) {
      let collected = 0;
      for (let j = i; j < Math.min(open.length, i + MAX_RUN); j++) {
        collected += open[j]?.amountPaise ?? 0;
        const fee = collected - s.amountPaise;
        if (fee < 0 || fee * 10000 > collected * MAX_FEE_BP) continue;
        const dates = open.slice(i, j + 1).map((d) => d.date);
        // Prefer the smallest charge, then the most recent days.
        if (!best || fee < best.collected - s.amountPaise || (fee === best.collected - s.amountPaise && (dates.at(-1) ?? '') > (best.dates.at(-1) ?? '')))
          best = { dates, clearing, collected };
      }
    }
  }
  return best;
}

export function autoMatch(statement: readonly StatementLine[], book: readonly BookLine[], clearing: readonly ClearingDay[]): AutoMatch[] {
  const out: AutoMatch[] = [];
  const usedBook = new Set<string>();
  const usedDays = new Set<string>();
  for (const s of statement) {
    const found = candidatesFor(s, book).find((b) => !usedBook.has(`${b.entryId}|${b.seq}`));
    if (found) {
      usedBook.add(`${found.entryId}|${found.seq}`);
      out.push({ bankLineId: s.id, kind: 'book', entryId: found.entryId, seq: found.seq });
      continue;
    }
    if (s.amountPaise <= 0) continue;
    const settled = settlementFor(s, clearing, usedDays);
    if (settled) {
      for (const d of settled.dates) usedDays.add(`${settled.clearing}|${d}`);
      out.push({
        bankLineId: s.id,
        kind: 'settlement',
        clearing: settled.clearing,
        dates: settled.dates,
        collectedPaise: settled.collected,
        receivedPaise: s.amountPaise,
      });
    }
  }
  return out;
}
