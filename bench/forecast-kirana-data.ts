import { writeFileSync } from 'node:fs';
import { dayFromIso, dayOfMonth, isoFromDay, monthOf, weekdayOf, type DayNumber } from '../app/core/forecasting/days';
import { FESTIVALS, festivalSpans, weddingSeasons } from '../app/core/forecasting/festivals';
import { mulberry32 } from '../app/core/random';
import type { DemandPanel } from '../app/core/forecasting/series';
import { CATEGORIES, type CategorySpec, type FestivalLift } from './forecast-kirana-categories';

/**
 * A seeded kirana sales history (docs/forecasting.md, "The generated kirana history"): products
 * in categories, each day's expected demand = the product's base rate × trend × a slowly drifting
 * level × its category's weekday shape, season, salary week, wedding season and festival lifts
 * (real dates) × promotion lift from a price cut; units drawn from a negative binomial around it.
 * Products run out of stock (more often at festival peaks): the shelf sells part of a day, then
 * nothing, and those days are marked. A few products are launched part-way; the shop closes on a
 * few days a year (no rows at all). The default run ends on 2 Nov 2025, so Diwali (20 Oct 2025)
 * falls inside a 28-day holdout and two earlier Diwalis are in the history.
 */
export interface KiranaOptions {
  seed?: number;
  products?: number;
  from?: string;
  to?: string;
}

export interface GeneratedProduct {
  sku: string;
  category: string;
  /** first day (index) it was on the shelf */
  launch: number;
  units: Float64Array;
  /** what customers wanted (before stock-outs and noise) */
  expected: Float64Array;
  promo: Uint8Array;
  pricePaise: Float64Array;
  stockout: Uint8Array;
}

export interface KiranaHistory {
  start: DayNumber;
  days: number;
  closed: Uint8Array;
  products: GeneratedProduct[];
}

export const KIRANA_DEFAULTS = { seed: 7, products: 300, from: '2023-01-01', to: '2025-11-02' } as const;

function samplers(random: () => number) {
  const normal = () => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * random() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const v = (1 + c * x) ** 3;
      if (v > 0 && Math.log(1 - random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const poisson = (lambda: number): number => {
    if (lambda <= 0) return 0;
    if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    for (let p = random(); p > limit; p *= random()) k += 1;
    return k;
  };
  const negativeBinomial = (mean: number, dispersion: number) => poisson((mean * gamma(dispersion)) / dispersion);
  const between = ([lo, hi]: [number, number]) => lo + (hi - lo) * random();
  const logBetween = ([lo, hi]: [number, number]) => Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * random());
  return { normal, negativeBinomial, between, logBetween };
}

/** A category's festival multiplier on each day, with a product's own sensitivity. */
function festivalCurve(spec: CategorySpec, start: DayNumber, days: number, sensitivity: number): Float64Array {
  const curve = new Float64Array(days).fill(1);
  for (const festival of FESTIVALS) {
    const lift: FestivalLift | undefined = spec.festivals[festival.key];
    if (!lift) continue;
    const scale = (x: number) => 1 + (x - 1) * sensitivity;
    const ramp = lift.ramp ?? 5;
    for (const span of festivalSpans(festival)) {
      for (let d = span.from - 3 * ramp; d <= span.to + 3; d += 1) {
        const i = d - start;
        if (i < 0 || i >= days) continue;
        let m = 1;
        if (d < span.from) m = 1 + (scale(lift.pre) - 1) * Math.exp(-(span.from - d - 1) / ramp);
        else if (d <= span.to) m = scale(lift.on);
        else m = lift.after ?? 1;
        curve[i] = (curve[i] ?? 1) * m;
      }
    }
  }
  return curve;
}

function seasonOf(spec: CategorySpec, day: DayNumber): number {
  if (!spec.season) return 1;
  const at = (m: number) => spec.season?.[((m - 1 + 12) % 12) + 1] ?? 1;
  const month = monthOf(day);
  const offset = (dayOfMonth(day) - 15) / 30;
  return offset >= 0 ? at(month) * (1 - offset) + at(month + 1) * offset : at(month) * (1 + offset) + at(month - 1) * -offset;
}

export function generateKiranaHistory(options: KiranaOptions = {}): KiranaHistory {
  const o = { ...KIRANA_DEFAULTS, ...options };
  const random = mulberry32(o.seed);
  const { normal, negativeBinomial, between, logBetween } = samplers(random);
  const start = dayFromIso(o.from) ?? 0;
  const days = (dayFromIso(o.to) ?? start) - start + 1;
  const wedding = new Uint8Array(days);
  for (const s of weddingSeasons()) for (let d = s.from; d <= s.to; d += 1) if (d >= start && d < start + days) wedding[d - start] = 1;
  const closed = new Uint8Array(days);
  for (let i = 0; i < days; i += 1) if (random() < 3 / 365) closed[i] = 1;

  const shares = CATEGORIES.reduce((a, c) => a + c.share, 0);
  const products: GeneratedProduct[] = [];
  for (let p = 0; p < o.products; p += 1) {
    let pick = random() * shares;
    const spec = CATEGORIES.find((c) => (pick -= c.share) < 0) ?? (CATEGORIES[0] as CategorySpec);
    const base = logBetween(spec.rate);
    const dispersion = between(spec.dispersion);
    const growth = 0.04 + 0.12 * normal();
    const weekly = spec.weekly.map((w) => w * Math.exp(0.05 * normal()));
    const festivals = festivalCurve(spec, start, days, Math.exp(0.25 * normal()));
    const promoter = random() < spec.promoShare;
    const elasticity = between([1.5, 3.5]);
    const outRate = random() < 0.3 ? 1 / 45 : 1 / 150;
    const launch = random() < 0.06 ? Math.floor(random() * days * 0.7) : 0;
    const product: GeneratedProduct = {
      sku: `${spec.name.toUpperCase().slice(0, 3)}-${String(p + 1).padStart(4, '0')}`,
      category: spec.name,
      launch,
      units: new Float64Array(days),
      expected: new Float64Array(days),
      promo: new Uint8Array(days),
      pricePaise: new Float64Array(days),
      stockout: new Uint8Array(days),
    };
    let price = Math.round(between(spec.price)) * 100;
    let drift = 0;
    let promoLeft = 0;
    let cut = 0;
    let outLeft = 0;
    for (let i = 0; i < days; i += 1) {
      const day = start + i;
      drift = 0.995 * drift + 0.012 * normal();
      if (monthOf(day) === 4 && dayOfMonth(day) === 1) price = Math.round(price * (1 + between([0.03, 0.08])));
      if (promoLeft === 0 && promoter && random() < ((festivals[i] ?? 1) > 1.3 ? 0.05 : 0.012)) {
        promoLeft = 3 + Math.floor(random() * 8);
        cut = between([0.05, 0.25]);
      }
      const onPromo = promoLeft > 0;
      if (onPromo) promoLeft -= 1;
      const sellingPrice = onPromo ? Math.round(price * (1 - cut)) : price;
      const salary = dayOfMonth(day) <= 7 ? 1 + (spec.salaryWeek - 1) * (1 - (dayOfMonth(day) - 1) / 8) : 1;
      const expected =
        base *
        Math.exp((growth * i) / 365 + drift) *
        (weekly[weekdayOf(day)] ?? 1) *
        seasonOf(spec, day) *
        salary *
        (wedding[i] ? (spec.weddingSeason ?? 1) : 1) *
        (festivals[i] ?? 1) *
        (onPromo ? (1 - cut) ** -elasticity : 1);
      product.expected[i] = expected;
      product.promo[i] = onPromo ? 1 : 0;
      product.pricePaise[i] = sellingPrice;
      if (i < launch || closed[i]) continue;
      let units = negativeBinomial(expected, dispersion);
      if (outLeft === 0 && random() < outRate * ((festivals[i] ?? 1) > 1.5 ? 3 : 1)) {
        outLeft = 1 + Math.floor(random() * 4);
        units = Math.floor(units * between([0.2, 0.7]));
      } else if (outLeft > 0) units = 0;
      if (outLeft > 0) {
        product.stockout[i] = 1;
        outLeft -= 1;
      }
      product.units[i] = units;
    }
    products.push(product);
  }
  return { start, days, closed, products };
}

/** The history as the panel the engine reads (what panelFromRows makes of its CSV). */
export function kiranaPanel(h: KiranaHistory): DemandPanel {
  return {
    start: h.start,
    days: h.days,
    series: h.products
      .map((p) => ({
        id: p.sku,
        category: p.category,
        units: Float64Array.from(p.units),
        known: Uint8Array.from(p.units, (_, i) => (i >= p.launch && !h.closed[i] && !p.stockout[i] ? 1 : 0)),
        promo: Uint8Array.from(p.promo, (v, i) => (i >= p.launch ? v : 0)),
        price: Float64Array.from(p.pricePaise, (v, i) => (i >= p.launch && !h.closed[i] ? v : Number.NaN)),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** The history as the backtest CLI's CSV: one row per open day per listed product. */
export function kiranaCsv(h: KiranaHistory): string {
  const lines = ['date,sku,category,qty,price_paise,promo,stockout'];
  for (let i = 0; i < h.days; i += 1) {
    if (h.closed[i]) continue;
    const date = isoFromDay(h.start + i);
    for (const p of h.products) {
      if (i < p.launch) continue;
      lines.push(`${date},${p.sku},${p.category},${p.units[i]},${p.pricePaise[i]},${p.promo[i]},${p.stockout[i]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out');
  if (!out) {
    console.error('usage: npx tsx bench/forecast-kirana-data.ts --out FILE [--products 300] [--seed 7] [--from 2023-01-01] [--to 2025-11-02]');
    process.exit(2);
  }
  const h = generateKiranaHistory({
    seed: Number(arg('seed') ?? KIRANA_DEFAULTS.seed),
    products: Number(arg('products') ?? KIRANA_DEFAULTS.products),
    from: arg('from') ?? KIRANA_DEFAULTS.from,
    to: arg('to') ?? KIRANA_DEFAULTS.to,
  });
  writeFileSync(out, kiranaCsv(h));
  console.log(`wrote ${h.products.length} products × ${h.days} days to ${out}`);
}
