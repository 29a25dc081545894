import { normalQuantile, variance } from './distribution';

/**
 * How much to order now: enough to cover expected demand until the delivery after next (the
 * supplier's lead time plus the days until the next chance to order), plus safety stock for the
 * chosen service level from the forecast's uncertainty, less what is on the shelf and on order;
 * rounded up to whole packs and the supplier's minimum, and never more than can be sold before it
 * expires. Day 0 of the forecast is the first day after today; an order placed today arrives at
 * the start of day `leadTimeDays`. Quantities are in the product's stock unit (pieces, or
 * milli-units for loose goods), and the forecast in the same unit.
 */
export interface ReorderInput {
  /** expected demand on each coming day */
  mean: ArrayLike<number>;
  /** its variance on each day (see dailyVariance) */
  variance: ArrayLike<number>;
  leadTimeDays: number;
  reviewPeriodDays: number;
  /** chance of not running out before the next delivery, e.g. 0.95 */
  serviceLevel: number;
  onHand: number;
  /** ordered and not yet received */
  onOrder: number;
  /** day on which what is on order arrives (default: within the lead time, day `leadTimeDays`) */
  onOrderArrivesDay?: number;
  packSize: number;
  /** the supplier's minimum order, in units */
  minimumOrder?: number;
  /** days a unit received stays sellable */
  shelfLifeDays?: number | null;
}

export type ReorderReason =
  'enough-stock' | 'rounded-to-packs' | 'raised-to-minimum' | 'capped-by-shelf-life' | 'minimum-exceeds-shelf-life' | 'forecast-extended';

export interface ReorderSuggestion {
  orderQty: number;
  packs: number;
  coverDays: number;
  /** expected demand over the cover days */
  demand: number;
  safetyStock: number;
  /** demand + safety stock: what should be in hand and on order */
  target: number;
  /** target − on hand − on order, before rounding (0 or less: nothing to order) */
  shortfall: number;
  /** most that can be sold before expiry (null: no shelf life given) */
  shelfLifeCap: number | null;
  reasons: ReorderReason[];
  runOut: RunOut;
}

export interface RunOut {
  /** first day the expected demand exceeds the stock (null: not within the forecast) */
  day: number | null;
  /** expected to run out before an order placed today could arrive */
  beforeDelivery: boolean;
  /** chance of running out before that delivery (normal approximation) */
  probability: number;
}

/** Daily variance of demand around a forecast mean (negative binomial with the forecast's dispersion). */
export function dailyVariance(mean: ArrayLike<number>, dispersion: number): Float64Array {
  return Float64Array.from(mean, (m) => variance(Math.max(0, m), dispersion));
}

/** The standard normal CDF (Abramowitz & Stegun 26.2.17, |error| < 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly;
  return x >= 0 ? 1 - tail : tail;
}

/** Day d's value, and beyond the forecast the mean of its last week. */
function extended(values: ArrayLike<number>): (d: number) => number {
  const n = values.length;
  let tail = 0;
  for (let i = Math.max(0, n - 7); i < n; i += 1) tail += values[i] ?? 0;
  tail = n > 0 ? tail / Math.min(7, n) : 0;
  return (d) => (d < n ? (values[d] ?? 0) : tail);
}

const sum = (f: (d: number) => number, from: number, to: number) => {
  let total = 0;
  for (let d = from; d < to; d += 1) total += f(d);
  return total;
};

export function runOutRisk(input: Pick<ReorderInput, 'mean' | 'variance' | 'onHand' | 'onOrder' | 'onOrderArrivesDay' | 'leadTimeDays'>): RunOut {
  const mean = extended(input.mean);
  const vari = extended(input.variance);
  const arrives = input.onOrderArrivesDay ?? input.leadTimeDays;
  const horizon = Math.max(input.mean.length, input.leadTimeDays);
  let cumulative = 0;
  let day: number | null = null;
  for (let d = 0; d < horizon && day === null; d += 1) {
    cumulative += mean(d);
    const stock = input.onHand + (d >= arrives ? input.onOrder : 0);
    if (cumulative > stock + 1e-9) day = d;
  }
  // Until an order placed today arrives: demand on days before it, against what will be there.
  const lead = input.leadTimeDays;
  const available = input.onHand + (arrives < lead ? input.onOrder : 0);
  const mu = sum(mean, 0, lead);
  const sd = Math.sqrt(sum(vari, 0, lead));
  const probability = lead <= 0 ? 0 : sd > 0 ? 1 - normalCdf((available - mu) / sd) : mu > available ? 1 : 0;
  return { day, beforeDelivery: day !== null && day < lead, probability: Math.round(probability * 1000) / 1000 };
}

export function suggestReorder(input: ReorderInput): ReorderSuggestion {
  if (!(input.packSize > 0)) throw new RangeError('packSize must be above 0');
  if (!(input.serviceLevel > 0 && input.serviceLevel < 1)) throw new RangeError('serviceLevel must be between 0 and 1');
  const reasons: ReorderReason[] = [];
  const mean = extended(input.mean);
  const vari = extended(input.variance);
  const coverDays = Math.max(0, input.leadTimeDays) + Math.max(0, input.reviewPeriodDays);
  const shelf = input.shelfLifeDays ?? null;
  if (Math.max(coverDays, shelf === null ? 0 : input.leadTimeDays + shelf) > input.mean.length) reasons.push('forecast-extended');

  const demand = sum(mean, 0, coverDays);
  const safetyStock = Math.max(0, normalQuantile(input.serviceLevel) * Math.sqrt(sum(vari, 0, coverDays)));
  const target = demand + safetyStock;
  const shortfall = target - input.onHand - input.onOrder;
  let packs = shortfall > 1e-9 ? Math.ceil(shortfall / input.packSize - 1e-9) : 0;
  if (packs === 0) reasons.push('enough-stock');
  else if (packs * input.packSize > shortfall + 1e-9) reasons.push('rounded-to-packs');
  const minimumPacks = Math.ceil((input.minimumOrder ?? 0) / input.packSize - 1e-9);
  if (packs > 0 && packs < minimumPacks) {
    packs = minimumPacks;
    reasons.push('raised-to-minimum');
  }

  let shelfLifeCap: number | null = null;
  if (shelf !== null && packs > 0) {
    // What is left of today's stock when the order lands sells first (first expiry, first out).
    const leftAtArrival = Math.max(0, input.onHand + input.onOrder - sum(mean, 0, input.leadTimeDays));
    shelfLifeCap = Math.max(0, sum(mean, input.leadTimeDays, input.leadTimeDays + shelf) - leftAtArrival);
    const capPacks = Math.floor(shelfLifeCap / input.packSize + 1e-9);
    if (packs > capPacks) {
      packs = capPacks >= minimumPacks ? capPacks : 0;
      reasons.push(packs === 0 ? 'minimum-exceeds-shelf-life' : 'capped-by-shelf-life');
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    orderQty: packs * input.packSize,
    packs,
    coverDays,
    demand: round(demand),
    safetyStock: round(safetyStock),
    target: round(target),
    shortfall: round(shortfall),
    shelfLifeCap: shelfLifeCap === null ? null : round(shelfLifeCap),
    reasons,
    runOut: runOutRisk(input),
  };
}
