import { festivalFeaturesOn, FESTIVAL_FEATURES, WEDDING_FEATURE } from './calendar';
import { isSalaryWeek, weekdayOf } from './days';
import type { DemandPanel, DemandSeries } from './series';

/**
 * What the calendar does to sales, learned from every product's history before `origin`:
 * - a weekday profile per product (mean 1), shrunk towards its category's (and the category's
 *   towards the whole shop's) in proportion to how few units back it;
 * - a multiplicative lift per category for each festival window, the wedding season, the salary
 *   week and a promotion, by backfitting against a baseline of the product's centred 4-week
 *   level on plain days. Two past Diwalis across a category's products are enough to see that
 *   sweets sell several times their usual in the week before.
 */
export const SALARY_EVENT = FESTIVAL_FEATURES.length;
export const PROMO_EVENT = SALARY_EVENT + 1;
export const EVENT_COUNT = PROMO_EVENT + 1;

export interface PooledEffects {
  origin: number;
  /** per series, 7 factors by weekday (0 = Sunday), mean 1 */
  weekday: Float64Array[];
  /** per category, EVENT_COUNT lifts (1 = no effect) */
  lifts: Map<string, Float64Array>;
  /** the calendar events (festival windows, salary week) on each panel day */
  events: ReadonlyArray<readonly number[]>;
  /** panel day index → weekday */
  weekdays: Uint8Array;
}

const PROFILE_DAYS = 365;
const LIFT_DAYS = 800;
const HALF_WINDOWS = [14, 28, 42];
/** units of evidence at which a product's own weekday factor and the category's weigh the same */
const PROFILE_PRIOR_UNITS = 14;
const CATEGORY_PRIOR_UNITS = 200;
/** units of evidence at which a lift is halfway between 1 and what the data says */
const LIFT_PRIOR_UNITS = 50;
const LIFT_RANGE: [number, number] = [0.2, 20];
const FIT_ROUNDS = 8;

export function calendarEvents(panel: DemandPanel): { events: number[][]; weekdays: Uint8Array } {
  const events: number[][] = [];
  const weekdays = new Uint8Array(panel.days);
  for (let i = 0; i < panel.days; i += 1) {
    const day = panel.start + i;
    weekdays[i] = weekdayOf(day);
    const list = [...festivalFeaturesOn(day)];
    if (isSalaryWeek(day)) list.push(SALARY_EVENT);
    events.push(list);
  }
  return { events, weekdays };
}

/** Product of the lifts of the events on panel day i (with the product's promotion that day). */
export function liftOn(effects: PooledEffects, lifts: Float64Array | undefined, s: DemandSeries, i: number): number {
  if (!lifts) return 1;
  let lift = 1;
  for (const e of effects.events[i] ?? []) lift *= lifts[e] ?? 1;
  if (s.promo[i]) lift *= lifts[PROMO_EVENT] ?? 1;
  return lift;
}

function weekdayProfiles(panel: DemandPanel, origin: number, weekdays: Uint8Array): Float64Array[] {
  const from = Math.max(0, origin - PROFILE_DAYS);
  const raw = panel.series.map((s) => {
    const sum = new Float64Array(7);
    const count = new Float64Array(7);
    for (let i = from; i < origin; i += 1) {
      if (!s.known[i]) continue;
      const w = weekdays[i] ?? 0;
      sum[w] = (sum[w] ?? 0) + (s.units[i] ?? 0);
      count[w] = (count[w] ?? 0) + 1;
    }
    const total = sum.reduce((a, b) => a + b, 0);
    const days = count.reduce((a, b) => a + b, 0);
    return { sum, count, mean: days > 0 ? total / days : 0, total };
  });
  const pooled = (members: number[]) => {
    const acc = new Float64Array(7);
    const n = new Float64Array(7);
    let units = 0;
    for (const k of members) {
      const r = raw[k];
      if (!r || !(r.mean > 0)) continue;
      units += r.total;
      for (let w = 0; w < 7; w += 1) {
        acc[w] = (acc[w] ?? 0) + (r.sum[w] ?? 0) / r.mean;
        n[w] = (n[w] ?? 0) + (r.count[w] ?? 0);
      }
    }
    return { profile: normalise(acc.map((a, w) => ((n[w] ?? 0) > 0 ? a / (n[w] ?? 1) : 1))), units };
  };
  const shop = pooled(panel.series.map((_, k) => k)).profile;
  const byCategory = new Map<string, Float64Array>();
  const members = new Map<string, number[]>();
  panel.series.forEach((s, k) => members.set(s.category, [...(members.get(s.category) ?? []), k]));
  for (const [category, list] of members) {
    const { profile, units } = pooled(list);
    const weight = units / (units + CATEGORY_PRIOR_UNITS);
    byCategory.set(category, normalise(profile.map((p, w) => weight * p + (1 - weight) * (shop[w] ?? 1))));
  }
  return panel.series.map((s, k) => {
    const r = raw[k];
    const prior = byCategory.get(s.category) ?? shop;
    if (!r || !(r.mean > 0)) return Float64Array.from(prior);
    return normalise(
      prior.map((p, w) => {
        const units = r.sum[w] ?? 0;
        const own = (r.count[w] ?? 0) > 0 ? units / (r.count[w] ?? 1) / r.mean : p;
        const weight = units / (units + PROFILE_PRIOR_UNITS);
        return weight * own + (1 - weight) * p;
      }),
    );
  });
}

function normalise(values: Float64Array): Float64Array {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return mean > 0 ? values.map((v) => v / mean) : values.fill(1);
}

/** Centred level of each day from plain known days around it (before origin); NaN if too few. */
function centredLevel(s: DemandSeries, from: number, origin: number, plain: (i: number) => boolean, profile: Float64Array, weekdays: Uint8Array): Float64Array {
  const n = origin - from;
  const sums = new Float64Array(n + 1);
  const counts = new Float64Array(n + 1);
  for (let k = 0; k < n; k += 1) {
    const i = from + k;
    const use = s.known[i] && plain(i);
    sums[k + 1] = (sums[k] ?? 0) + (use ? (s.units[i] ?? 0) / (profile[weekdays[i] ?? 0] ?? 1) : 0);
    counts[k + 1] = (counts[k] ?? 0) + (use ? 1 : 0);
  }
  const level = new Float64Array(n).fill(Number.NaN);
  for (let k = 0; k < n; k += 1) {
    // Festivals crowd together in October: widen the window until it holds a week of plain days.
    for (const half of HALF_WINDOWS) {
      const a = Math.max(0, k - half);
      const b = Math.min(n, k + half + 1);
      const c = (counts[b] ?? 0) - (counts[a] ?? 0);
      if (c >= 7) {
        level[k] = ((sums[b] ?? 0) - (sums[a] ?? 0)) / c;
        break;
      }
    }
  }
  return level;
}

/** Event days of one category, flat: actual, baseline, and the events of each (a run in `ids`). */
interface EventSamples {
  y: number[];
  base: number[];
  start: number[];
  ids: number[];
}

export function poolEffects(panel: DemandPanel, origin: number, calendar = calendarEvents(panel), pause: () => void = () => {}): PooledEffects {
  const { events, weekdays } = calendar;
  const weekday = weekdayProfiles(panel, origin, weekdays);
  const from = Math.max(0, origin - LIFT_DAYS);
  // The wedding season lasts months: it belongs to the level, not to the events measured against it.
  const quiet = Uint8Array.from(events, (list) => (list.every((e) => e === WEDDING_FEATURE) ? 1 : 0));
  const plainDay = (s: DemandSeries) => (i: number) => quiet[i] === 1 && s.promo[i] === 0;
  const samples = new Map<string, EventSamples>();
  panel.series.forEach((s, k) => {
    pause();
    const profile = weekday[k] ?? new Float64Array(7).fill(1);
    const level = centredLevel(s, from, origin, plainDay(s), profile, weekdays);
    let list = samples.get(s.category);
    if (!list) {
      list = { y: [], base: [], start: [], ids: [] };
      samples.set(s.category, list);
    }
    for (let i = from; i < origin; i += 1) {
      const dayEvents = events[i] ?? [];
      const promo = s.promo[i] === 1;
      if (!s.known[i] || (dayEvents.length === 0 && !promo)) continue;
      const base = (level[i - from] ?? Number.NaN) * (profile[weekdays[i] ?? 0] ?? 1);
      if (!(base > 0)) continue;
      list.y.push(s.units[i] ?? 0);
      list.base.push(base);
      list.start.push(list.ids.length);
      for (const e of dayEvents) list.ids.push(e);
      if (promo) list.ids.push(PROMO_EVENT);
    }
  });
  const lifts = new Map<string, Float64Array>();
  for (const [category, list] of samples) {
    pause();
    lifts.set(category, backfit(list));
  }
  return { origin, weekday, lifts, events, weekdays };
}

/**
 * Multiplicative lifts that explain actual / baseline on event days, each given the others, one
 * event at a time (iterative proportional fitting). Navratri's days always fall in Dussehra's
 * build-up: updating every lift at once would let both take the whole effect and oscillate.
 */
function backfit(samples: EventSamples): Float64Array {
  const lift = new Float64Array(EVENT_COUNT).fill(1);
  const n = samples.y.length;
  const end = (j: number) => (j + 1 < n ? (samples.start[j + 1] ?? 0) : samples.ids.length);
  // The samples of each event (a list per event, built once).
  const members: number[][] = Array.from({ length: EVENT_COUNT }, () => []);
  for (let j = 0; j < n; j += 1) for (let q = samples.start[j] ?? 0; q < end(j); q += 1) members[samples.ids[q] ?? 0]?.push(j);
  const fitted = Float64Array.from(samples.base);
  for (let round = 0; round < FIT_ROUNDS; round += 1) {
    for (let e = 0; e < EVENT_COUNT; e += 1) {
      const list = members[e] ?? [];
      if (list.length === 0) continue;
      const current = lift[e] ?? 1;
      let num = 0;
      let den = 0;
      for (const j of list) {
        num += samples.y[j] ?? 0;
        den += (fitted[j] ?? 0) / current;
      }
      const next = Math.min(LIFT_RANGE[1], Math.max(LIFT_RANGE[0], (num + LIFT_PRIOR_UNITS) / (den + LIFT_PRIOR_UNITS)));
      const ratio = next / current;
      for (const j of list) fitted[j] = (fitted[j] ?? 0) * ratio;
      lift[e] = next;
    }
  }
  return lift;
}
