import { financialYearOf } from '../../calendar/fy';
import { dayOfIso, isoOfDay, weekdayOfDay } from '../ist';

/**
 * The dashboard's periods: today, this week (Monday first), this month, this calendar year and
 * this financial year (April–March), each so far, against the previous period for the same number
 * of days and against the same days last year. Weeks compare with 52 weeks back so weekdays line
 * up; 29 February compares with the 28th.
 */
export type PeriodKind = 'day' | 'week' | 'month' | 'year' | 'fy';

export interface DateRange {
  from: string;
  to: string;
}

export interface PeriodComparison {
  kind: PeriodKind;
  current: DateRange;
  previous: DateRange;
  lastYear: DateRange;
}

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`;
const shiftDays = (date: string, days: number) => isoOfDay(dayOfIso(date) + days);

/** The same calendar date in another year (29 February becomes the 28th). */
export function sameDateInYear(date: string, year: number): string {
  const [, m, d] = parts(date);
  return iso(year, m, d);
}

/** The same calendar date `months` months away, clamped to that month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  return iso(Math.floor(index / 12), (index % 12) + 1, d);
}

const yearBack = (r: DateRange): DateRange => ({ from: sameDateInYear(r.from, parts(r.from)[0] - 1), to: sameDateInYear(r.to, parts(r.to)[0] - 1) });

export function comparePeriods(kind: PeriodKind, today: string): PeriodComparison {
  dayOfIso(today);
  const [y, m] = parts(today);
  const elapsed = (from: string) => dayOfIso(today) - dayOfIso(from);
  let current: DateRange;
  let previous: DateRange;
  let lastYear: DateRange;
  switch (kind) {
    case 'day':
      current = { from: today, to: today };
      previous = { from: shiftDays(today, -1), to: shiftDays(today, -1) };
      lastYear = yearBack(current);
      break;
    case 'week': {
      const monday = shiftDays(today, -((weekdayOfDay(dayOfIso(today)) + 6) % 7));
      current = { from: monday, to: today };
      previous = { from: shiftDays(monday, -7), to: shiftDays(today, -7) };
      lastYear = { from: shiftDays(monday, -364), to: shiftDays(today, -364) };
      break;
    }
    case 'month': {
      const first = iso(y, m, 1);
      const prevFirst = addMonths(first, -1);
      const prevEnd = iso(parts(prevFirst)[0], parts(prevFirst)[1], 31);
      current = { from: first, to: today };
      previous = { from: prevFirst, to: shiftDays(prevFirst, elapsed(first)) < prevEnd ? shiftDays(prevFirst, elapsed(first)) : prevEnd };
      lastYear = yearBack(current);
      break;
    }
    case 'year':
      current = { from: iso(y, 1, 1), to: today };
      previous = yearBack(current);
      lastYear = previous;
      break;
    case 'fy': {
      const fy = financialYearOf(today);
      current = { from: fy.from, to: today };
      previous = yearBack(current);
      lastYear = previous;
      break;
    }
  }
  return { kind, current, previous, lastYear };
}

export interface Change {
  current: number;
  previous: number;
  difference: number;
  /** change in basis points of the previous figure; null when there was nothing before */
  changeBp: number | null;
}

export function change(current: number, previous: number): Change {
  return {
    current,
    previous,
    difference: current - previous,
    changeBp: previous === 0 ? null : Math.round(((current - previous) * 10_000) / Math.abs(previous)),
  };
}

/** Total of a per-day figure (keyed by ISO date) over a range, both ends included. */
export function totalOver(daily: ReadonlyMap<string, number>, range: DateRange): number {
  let sum = 0;
  for (let d = dayOfIso(range.from); d <= dayOfIso(range.to); d++) sum += daily.get(isoOfDay(d)) ?? 0;
  return sum;
}
