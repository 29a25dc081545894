import type { DayNumber } from './days';

/**
 * Demand history: per product per day, on one run of days shared by every product (a panel), so
 * day i means the same date for all of them and a global model can read them side by side.
 */
export interface DemandSeries {
  id: string;
  category: string;
  /** units sold each day, returns netted (on a stock-out day, what sold before the shelf emptied) */
  units: Float64Array;
  /**
   * 1 where the day's sales are a true observation of demand. 0 where they are censored: the shop
   * was closed (no sales at all that day), the product was out of stock, or not yet listed.
   */
  known: Uint8Array;
  promo: Uint8Array;
  /** selling price in paise, NaN where unknown */
  price: Float64Array;
}

export interface DemandPanel {
  /** the day number of index 0 */
  start: DayNumber;
  days: number;
  series: DemandSeries[];
}

/** One day of one product, as read from the sales ledger or a file. */
export interface DemandRow {
  day: DayNumber;
  sku: string;
  category: string | null;
  units: number;
  pricePaise: number | null;
  promo: boolean;
  stockout: boolean;
}

export const UNCATEGORISED = 'all';

/**
 * Lays rows out on the panel's days. A date with no row at all is a day the shop was closed; a
 * product with no row on a day others sold is a day it sold nothing; days before a product's
 * first row are before it was listed. Two rows for the same product and day add up.
 */
export function panelFromRows(rows: readonly DemandRow[]): DemandPanel {
  if (rows.length === 0) return { start: 0, days: 0, series: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    if (row.day < first) first = row.day;
    if (row.day > last) last = row.day;
  }
  const days = last - first + 1;
  const open = new Uint8Array(days);
  const bySku = new Map<string, { series: DemandSeries; firstIndex: number; seen: Uint8Array; out: Uint8Array }>();
  for (const row of rows) {
    const i = row.day - first;
    open[i] = 1;
    let entry = bySku.get(row.sku);
    if (!entry) {
      const series: DemandSeries = {
        id: row.sku,
        category: row.category ?? UNCATEGORISED,
        units: new Float64Array(days),
        known: new Uint8Array(days),
        promo: new Uint8Array(days),
        price: new Float64Array(days).fill(Number.NaN),
      };
      entry = { series, firstIndex: i, seen: new Uint8Array(days), out: new Uint8Array(days) };
      bySku.set(row.sku, entry);
    }
    entry.firstIndex = Math.min(entry.firstIndex, i);
    entry.seen[i] = 1;
    entry.series.units[i] = (entry.series.units[i] ?? 0) + row.units;
    if (row.promo) entry.series.promo[i] = 1;
    if (row.pricePaise !== null) entry.series.price[i] = row.pricePaise;
    if (row.stockout) entry.out[i] = 1;
  }
  const series: DemandSeries[] = [];
  for (const { series: s, firstIndex, out } of bySku.values()) {
    for (let i = firstIndex; i < days; i += 1) s.known[i] = open[i] && !out[i] ? 1 : 0;
    series.push(s);
  }
  series.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { start: first, days, series };
}

/** Days in [from, to) with known demand, and their units, oldest first. */
export function knownValues(s: DemandSeries, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i < to; i += 1) if (s.known[i]) out.push(s.units[i] ?? 0);
  return out;
}

/** Mean of the last `count` known days before `to` (0 when there are none). */
export function recentMean(s: DemandSeries, to: number, count: number): number {
  let sum = 0;
  let n = 0;
  for (let i = to - 1; i >= 0 && n < count; i -= 1) {
    if (s.known[i]) {
      sum += s.units[i] ?? 0;
      n += 1;
    }
  }
  return n > 0 ? sum / n : 0;
}

/**
 * The panel with `days` more days at its end to forecast into: nothing known yet, no promotion
 * and no price unless a planned one is filled in afterwards.
 */
export function withFutureDays(panel: DemandPanel, days: number): DemandPanel {
  const total = panel.days + days;
  const grow = <T extends Float64Array | Uint8Array>(from: T, make: (n: number) => T, fill?: number): T => {
    const to = make(total);
    if (fill !== undefined) to.fill(fill);
    to.set(from);
    return to;
  };
  return {
    start: panel.start,
    days: total,
    series: panel.series.map((s) => ({
      ...s,
      units: grow(s.units, (n) => new Float64Array(n)),
      known: grow(s.known, (n) => new Uint8Array(n)),
      promo: grow(s.promo, (n) => new Uint8Array(n)),
      price: grow(s.price, (n) => new Float64Array(n), Number.NaN),
    })),
  };
}
