import { isServiceCharge } from '../billing/service-charge';
import { dayFromIso, type DayNumber } from './days';
import { UNCATEGORISED, type DemandPanel, type DemandSeries } from './series';

/**
 * The demand history a shop's own books give: per product per day, what the bills sold less what
 * came back on a credit note (counted on the day of the bill it was returned from, so a return
 * does not look like a slow day later), the average price paid and whether it was discounted, and
 * the stock level from the stock moves. A day is censored (not a true observation) when the shop
 * sold nothing at all (closed), before the product's first sale, and when the product was out of
 * stock: it ran out that day, or it started the day with none and sold none.
 */
export interface LedgerProduct {
  id: string;
  category: string;
}

export interface LedgerSales {
  productId: string;
  /** the bill's date, YYYY-MM-DD */
  date: string;
  soldMilli: number;
  /** returned on credit notes against that day's bills */
  returnedMilli: number;
  /** what the lines came to before bill discount, in paise */
  amountPaise: number;
  discountPaise: number;
}

export interface LedgerStock {
  productId: string;
  date: string;
  /** net stock moves that day (in − out) */
  netMilli: number;
}

export interface LedgerHistory {
  products: readonly LedgerProduct[];
  /** a product and day may come more than once (its sales, then its returns): they add up */
  sales: Iterable<LedgerSales>;
  stock: Iterable<LedgerStock>;
  /** stock level of each product at the start of `from` (moves before it summed) */
  openingMilli: ReadonlyMap<string, number>;
  from: string;
  /** the last day of history, inclusive (yesterday for a nightly run) */
  to: string;
}

export interface LedgerPanel {
  panel: DemandPanel;
  /** stock-out days found, over all products (for the run's summary) */
  stockOutDays: number;
}

export function panelFromLedger(history: LedgerHistory): LedgerPanel {
  const start = dayFromIso(history.from);
  const end = dayFromIso(history.to);
  if (start === null || end === null || end < start) return { panel: { start: start ?? 0, days: 0, series: [] }, stockOutDays: 0 };
  const days = end - start + 1;
  const index = (date: string): number => {
    const d = dayFromIso(date);
    return d === null || d < start || d > end ? -1 : d - start;
  };
  const open = new Uint8Array(days);
  const byId = new Map<string, { series: DemandSeries; first: number; moves: Float64Array | null }>();
  for (const p of history.products) {
    // The delivery fee is billed, never stocked: no demand to forecast, no run-out, no reorder.
    if (isServiceCharge(p.id)) continue;
    byId.set(p.id, {
      series: {
        id: p.id,
        category: p.category.trim() || UNCATEGORISED,
        units: new Float64Array(days),
        known: new Uint8Array(days),
        promo: new Uint8Array(days),
        price: new Float64Array(days).fill(Number.NaN),
      },
      first: days,
      moves: null,
    });
  }
  for (const row of history.sales) {
    const i = index(row.date);
    const entry = byId.get(row.productId);
    if (i < 0 || !entry) continue;
    if (row.soldMilli > 0) open[i] = 1;
    const s = entry.series;
    s.units[i] = Math.max(0, (s.units[i] ?? 0) + (row.soldMilli - row.returnedMilli) / 1000);
    if (row.soldMilli > 0) {
      s.price[i] = Math.round(row.amountPaise / (row.soldMilli / 1000));
      entry.first = Math.min(entry.first, i);
    }
    if (row.discountPaise > 0) s.promo[i] = 1;
  }
  for (const row of history.stock) {
    const i = index(row.date);
    const entry = byId.get(row.productId);
    if (i < 0 || !entry) continue;
    entry.moves ??= new Float64Array(days);
    entry.moves[i] = (entry.moves[i] ?? 0) + row.netMilli;
  }
  let stockOutDays = 0;
  const series: DemandSeries[] = [];
  for (const [id, { series: s, first, moves }] of byId) {
    const opening = history.openingMilli.get(id);
    // A product whose stock is not kept (no moves at all) is never taken to be out of stock.
    const tracked = moves !== null || opening !== undefined;
    let level = opening ?? 0;
    for (let i = 0; i < days; i += 1) {
      const startLevel = level;
      level += moves?.[i] ?? 0;
      const sold = (s.units[i] ?? 0) > 0;
      const out = tracked && ((startLevel > 0 && level <= 0) || (startLevel <= 0 && !sold));
      if (out && i >= first) stockOutDays += 1;
      s.known[i] = i >= first && open[i] && !out ? 1 : 0;
    }
    series.push(s);
  }
  series.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { panel: { start, days, series }, stockOutDays };
}

/** The day numbers of the first and last day of a history ending yesterday. */
export function historyWindow(today: string, years: number): { from: string; to: string; today: DayNumber } | null {
  const t = dayFromIso(today);
  if (t === null) return null;
  const iso = (d: DayNumber) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return { from: iso(t - Math.round(365.25 * years)), to: iso(t - 1), today: t };
}
