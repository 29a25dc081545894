import { dayOfMonth, monthOf, weekdayOf, type DayNumber } from './days';
import { FESTIVALS, festivalSpans, weddingSeasons } from './festivals';

/**
 * Calendar features of a day: weekday, month, salary week and where it sits around each
 * festival. Shoppers buy ahead of a festival (sweets, oil, puja goods in the fortnight before
 * Diwali), on its days, and little just after; each window is its own feature so a model can learn
 * a lift for each, per category.
 */
export const FESTIVAL_WINDOWS = ['lead-2w', 'lead-1w', 'on', 'after'] as const;
export type FestivalWindow = (typeof FESTIVAL_WINDOWS)[number];

/** One id per festival and window, plus the wedding season: ids index feature vectors. */
export const FESTIVAL_FEATURES = [...FESTIVALS.flatMap((f) => FESTIVAL_WINDOWS.map((w) => `${f.key}:${w}`)), 'wedding-season'] as const;
export const WEDDING_FEATURE = FESTIVAL_FEATURES.length - 1;

export interface CalendarDay {
  weekday: number;
  month: number;
  salaryWeek: boolean;
  /** ids into FESTIVAL_FEATURES that are on that day */
  festival: readonly number[];
}

const NONE: readonly number[] = [];
let festivalByDay: Map<DayNumber, number[]> | null = null;

function windowsOf(from: DayNumber, to: DayNumber): Array<[FestivalWindow, DayNumber, DayNumber]> {
  return [
    ['lead-2w', from - 14, from - 8],
    ['lead-1w', from - 7, from - 1],
    ['on', from, to],
    ['after', to + 1, to + 3],
  ];
}

function buildIndex(): Map<DayNumber, number[]> {
  const index = new Map<DayNumber, number[]>();
  const mark = (day: DayNumber, id: number) => {
    const list = index.get(day);
    if (!list) index.set(day, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  FESTIVALS.forEach((festival, f) => {
    for (const span of festivalSpans(festival)) {
      windowsOf(span.from, span.to).forEach(([, a, b], w) => {
        for (let d = a; d <= b; d += 1) mark(d, f * FESTIVAL_WINDOWS.length + w);
      });
    }
  });
  for (const season of weddingSeasons()) for (let d = season.from; d <= season.to; d += 1) mark(d, WEDDING_FEATURE);
  return index;
}

export function festivalFeaturesOn(day: DayNumber): readonly number[] {
  festivalByDay ??= buildIndex();
  return festivalByDay.get(day) ?? NONE;
}

export function calendarDay(day: DayNumber): CalendarDay {
  return { weekday: weekdayOf(day), month: monthOf(day), salaryWeek: dayOfMonth(day) <= 7, festival: festivalFeaturesOn(day) };
}

/** The festivals whose days start within `days` after `from` (for "Diwali in 12 days"). */
export function upcomingFestivals(from: DayNumber, days: number): Array<{ key: string; name: string; main: DayNumber; inDays: number }> {
  const found: Array<{ key: string; name: string; main: DayNumber; inDays: number }> = [];
  for (const festival of FESTIVALS) {
    for (const span of festivalSpans(festival)) {
      if (span.from >= from && span.from < from + days) found.push({ key: festival.key, name: festival.name, main: span.main, inDays: span.main - from });
    }
  }
  return found.sort((a, b) => a.main - b.main);
}
