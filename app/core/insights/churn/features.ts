import type { CustomerHistory } from '../customers/history';

/**
 * What a customer's past says about coming back, as of `origin` (a shop-calendar day): the RFM
 * figures plus their own rhythm. Same-day bills are one visit, as in the BG/NBD literature.
 * Logs tame the long tails (a few customers visit hundreds of times).
 */
export const CHURN_FEATURES = [
  'log repeat visits',
  'log days since last',
  'log days since first',
  'log spend per visit',
  'log overdue ratio',
  'log visits in last 90 days',
  'one visit only',
] as const;

export interface VisitSummary {
  visits: number;
  first: number;
  last: number;
  spend: number;
  recent90: number;
}

export function summarizeVisits(h: CustomerHistory, origin: number): VisitSummary | null {
  let visits = 0;
  let first = Number.NaN;
  let last = Number.NaN;
  let spend = 0;
  let recent90 = 0;
  let previous = Number.NaN;
  h.days.forEach((day, i) => {
    if (day > origin) return;
    spend += h.amounts[i] ?? 0;
    if (day === previous) return;
    previous = day;
    visits++;
    if (Number.isNaN(first)) first = day;
    last = day;
    if (origin - day < 90) recent90++;
  });
  return visits === 0 ? null : { visits, first, last, spend, recent90 };
}

export function churnFeatures(s: VisitSummary, origin: number): number[] {
  const repeats = s.visits - 1;
  const recency = origin - s.last;
  const age = origin - s.first;
  const gap = repeats > 0 ? (s.last - s.first) / repeats : age + 1;
  return [
    Math.log1p(repeats),
    Math.log1p(recency),
    Math.log1p(age),
    Math.log1p(Math.max(0, s.spend) / s.visits / 100),
    Math.log1p(recency / (gap + 1)),
    Math.log1p(s.recent90),
    repeats === 0 ? 1 : 0,
  ];
}

/** Did the customer buy in (origin, origin + horizon]? */
export function boughtWithin(h: CustomerHistory, origin: number, horizonDays: number): boolean {
  return h.days.some((d) => d > origin && d <= origin + horizonDays);
}
