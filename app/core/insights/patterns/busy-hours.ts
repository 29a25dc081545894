import { IST_OFFSET_MINUTES, dayNumber, hourOf, weekdayOfDay } from '../ist';

export interface BusyHours {
  /** counts[weekday][hour], weekday 0 = Sunday */
  counts: number[][];
  /** how many distinct days of each weekday the events cover (to turn counts into averages) */
  daysSeen: number[];
  /** average per day seen: averages[weekday][hour] */
  averages: number[][];
  busiest: { weekday: number; hour: number; average: number } | null;
  busiestHour: number | null;
  busiestWeekday: number | null;
}

/** The hour × weekday heat-map of bills (or any instants) in the shop's time zone. */
export function busyHours(instants: Iterable<number>, offsetMinutes = IST_OFFSET_MINUTES): BusyHours {
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const days = Array.from({ length: 7 }, () => new Set<number>());
  for (const at of instants) {
    const day = dayNumber(at, offsetMinutes);
    const weekday = weekdayOfDay(day);
    const row = counts[weekday];
    if (!row) continue;
    row[hourOf(at, offsetMinutes)] = (row[hourOf(at, offsetMinutes)] ?? 0) + 1;
    days[weekday]?.add(day);
  }
  const daysSeen = days.map((d) => d.size);
  const averages = counts.map((row, w) => row.map((n) => (daysSeen[w] ? n / (daysSeen[w] ?? 1) : 0)));
  let busiest: BusyHours['busiest'] = null;
  averages.forEach((row, weekday) =>
    row.forEach((average, hour) => {
      if (average > 0 && (!busiest || average > busiest.average)) busiest = { weekday, hour, average };
    }),
  );
  const byHour = new Array<number>(24).fill(0);
  counts.forEach((row) => row.forEach((n, h) => (byHour[h] = (byHour[h] ?? 0) + n)));
  const perWeekday = averages.map((row) => row.reduce((s, n) => s + n, 0));
  const top = (values: number[]) => {
    const max = Math.max(...values);
    return max > 0 ? values.indexOf(max) : null;
  };
  return { counts, daysSeen, averages, busiest, busiestHour: top(byHour), busiestWeekday: top(perWeekday) };
}
