import { FESTIVALS, festivalSpans } from './festivals';
import { isoFromDay, type DayNumber } from './days';
import type { PanelForecast } from './engine';
import type { DemandPanel } from './series';

/**
 * What a run tells the owner besides each product's forecast: how accurate it was, measured the
 * only honest way available at run time (the chosen methods' backtest error over the weeks just
 * before the run against "same as last week" on the same days), and which festivals are coming
 * with what they did to each category last time, from the shop's own sales.
 */
export interface AccuracyFigure {
  /** Σ|error| / Σ units over the backtest days, null when nothing sold */
  wape: number | null;
  naiveWape: number | null;
  units: number;
}

export interface FestivalPeak {
  key: string;
  name: string;
  date: string;
  inDays: number;
  /** the same festival's last date inside the history, if any */
  lastDate: string | null;
  /** categories whose daily sales in the week before rose most against the 8 weeks before that */
  categories: Array<{ category: string; lift: number; weekUnits: number }>;
}

export interface RunSummary {
  accuracy: AccuracyFigure & { fromDate: string; toDate: string; byCategory: Record<string, AccuracyFigure> };
  festivals: FestivalPeak[];
  methods: Record<string, number>;
  stockOutDays: number;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

export function runAccuracy(panel: DemandPanel, forecast: PanelForecast, folds: number): RunSummary['accuracy'] {
  const from = Math.max(0, forecast.origin - folds * forecast.horizon);
  const tallies = new Map<string, { err: number; naive: number; units: number }>();
  const all = { err: 0, naive: 0, units: 0 };
  forecast.series.forEach((f, k) => {
    const s = panel.series[k];
    const chosenError = f.backtestError[f.chosen];
    const naiveError = f.backtestError.snaive;
    if (!s || chosenError === undefined || naiveError === undefined) return;
    let units = 0;
    for (let i = from; i < forecast.origin; i += 1) if (s.known[i]) units += s.units[i] ?? 0;
    const t = tallies.get(f.category) ?? { err: 0, naive: 0, units: 0 };
    for (const x of [t, all]) {
      x.err += chosenError;
      x.naive += naiveError;
      x.units += units;
    }
    tallies.set(f.category, t);
  });
  const figure = (t: { err: number; naive: number; units: number }): AccuracyFigure => ({
    wape: ratio(t.err, t.units),
    naiveWape: ratio(t.naive, t.units),
    units: Math.round(t.units),
  });
  return {
    ...figure(all),
    fromDate: isoFromDay(panel.start + from),
    toDate: isoFromDay(panel.start + forecast.origin - 1),
    byCategory: Object.fromEntries([...tallies].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, t]) => [c, figure(t)])),
  };
}

/** Festivals starting within `withinDays` of `today`, each with last time's lift per category. */
export function festivalPeaks(panel: DemandPanel, today: DayNumber, withinDays = 60): FestivalPeak[] {
  const peaks: FestivalPeak[] = [];
  const end = panel.start + panel.days;
  for (const festival of FESTIVALS) {
    const spans = festivalSpans(festival);
    const next = spans.find((s) => s.from >= today && s.from < today + withinDays);
    if (!next) continue;
    const last = [...spans].reverse().find((s) => s.main < today && s.from - 63 >= panel.start && s.from <= end);
    const lifts = last ? categoryLifts(panel, last.from) : null;
    peaks.push({
      key: festival.key,
      name: festival.name,
      date: isoFromDay(next.main),
      inDays: next.main - today,
      // Without enough known days around the last one (the shop was not on this app yet) there is nothing to say.
      lastDate: last && lifts ? isoFromDay(last.main) : null,
      categories: lifts?.lifts ?? [],
    });
  }
  return peaks.sort((a, b) => a.inDays - b.inDays);
}

function categoryLifts(panel: DemandPanel, festivalFrom: DayNumber): { lifts: FestivalPeak['categories'] } | null {
  const week = [festivalFrom - 7 - panel.start, festivalFrom - panel.start];
  const base = [festivalFrom - 63 - panel.start, festivalFrom - 14 - panel.start];
  const byCategory = new Map<string, { week: number; weekDays: Set<number>; base: number; baseDays: Set<number> }>();
  for (const s of panel.series) {
    const c = byCategory.get(s.category) ?? { week: 0, weekDays: new Set<number>(), base: 0, baseDays: new Set<number>() };
    for (let i = Math.max(0, base[0] ?? 0); i < (week[1] ?? 0) && i < panel.days; i += 1) {
      if (!s.known[i]) continue;
      const units = s.units[i] ?? 0;
      if (i >= (week[0] ?? 0)) {
        c.week += units;
        c.weekDays.add(i);
      } else if (i < (base[1] ?? 0)) {
        c.base += units;
        c.baseDays.add(i);
      }
    }
    byCategory.set(s.category, c);
  }
  const lifts: FestivalPeak['categories'] = [];
  let measured = 0;
  for (const [category, c] of byCategory) {
    if (c.weekDays.size < 3 || c.baseDays.size < 14 || c.base <= 0) continue;
    measured += 1;
    const lift = c.week / c.weekDays.size / (c.base / c.baseDays.size);
    if (lift >= 1.2) lifts.push({ category, lift: Math.round(lift * 10) / 10, weekUnits: Math.round(c.week) });
  }
  return measured === 0 ? null : { lifts: lifts.sort((a, b) => b.lift - a.lift).slice(0, 5) };
}
