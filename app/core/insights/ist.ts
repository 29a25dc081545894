/**
 * The shop's calendar. India keeps one offset all year (UTC+05:30, no daylight saving), so day,
 * hour and weekday are integer arithmetic: the insights job asks for them millions of times and an
 * Intl formatter per call would dominate it.
 */
export const IST_OFFSET_MINUTES = 330;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in the shop's calendar. */
export function dayNumber(at: number, offsetMinutes = IST_OFFSET_MINUTES): number {
  return Math.floor((at + offsetMinutes * 60_000) / DAY_MS);
}

export function hourOf(at: number, offsetMinutes = IST_OFFSET_MINUTES): number {
  const local = at + offsetMinutes * 60_000;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayOfIso(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${iso}`);
  return Math.floor(ms / DAY_MS);
}

/** The instant a shop-calendar day starts, for building records in tests and simulations. */
export function startOfDayAt(day: number, offsetMinutes = IST_OFFSET_MINUTES): number {
  return day * DAY_MS - offsetMinutes * 60_000;
}
