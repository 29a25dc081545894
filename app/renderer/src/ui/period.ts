/**
 * Dates for the books' pickers, in the shop's time zone (India): today, this month, this
 * financial year (April–March). ISO YYYY-MM-DD strings, as the API takes them.
 */
const isoInIndia = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayIso(now: Date = new Date()): string {
  return isoInIndia.format(now);
}

export interface Range {
  from: string;
  to: string;
}

/** 1 April of the financial year a date falls in. */
export function fyStart(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return `${month >= 4 ? year : year - 1}-04-01`;
}

export function fyEnd(iso: string): string {
  return `${Number(fyStart(iso).slice(0, 4)) + 1}-03-31`;
}

/** "2026-27": the FY as GST returns and reports name it. */
export function fyLabel(iso: string): string {
  const y = Number(fyStart(iso).slice(0, 4));
  return `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function monthEnd(iso: string): string {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The FY to date: what the owner means by "the books" unless they say otherwise. */
export const thisFy = (today = todayIso()): Range => ({ from: fyStart(today), to: today });
export const thisMonth = (today = todayIso()): Range => ({ from: monthStart(today), to: today });
export const oneDay = (today = todayIso()): Range => ({ from: today, to: today });

/** The GST portal's return period "fp": MMYYYY. */
export function returnPeriod(isoMonth: string): string {
  return `${isoMonth.slice(5, 7)}${isoMonth.slice(0, 4)}`;
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period a link names (`?from=&to=`, both ISO dates: a drill-down from the dashboard), else the screen's own. */
export function rangeFromLink(search: URLSearchParams | undefined, fallback: () => Range): Range {
  const from = search?.get('from');
  const to = search?.get('to');
  return from && to && ISO_DAY.test(from) && ISO_DAY.test(to) ? { from, to } : fallback();
}
