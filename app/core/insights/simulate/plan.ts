import type { AlertType } from '../anomalies/alert';
import { CASHIER_ACTION_KINDS, type CashierActionKind } from '../types';
import type { Random } from './random';

/** The shop the simulator makes (docs/insights.md describes it in words). */
export interface SimulationOptions {
  seed: number;
  startDay: string;
  days: number;
  billsPerDay: number;
  products: number;
  /** 2–6; each works a morning (08–15) or evening (15–22) shift, with one weekday off */
  cashiers: number;
  customers: number;
  /** share of bills with a known customer (khata or loyalty number) */
  customerShare: number;
  inject: boolean;
  /** overrides of INJECTION_RATES (the evaluation tests put in more, to have enough of each kind) */
  rates?: Partial<typeof INJECTION_RATES>;
}

export const DEFAULT_SIMULATION: SimulationOptions = {
  seed: 16,
  startDay: '2024-04-01',
  days: 365,
  billsPerDay: 300,
  products: 1200,
  cashiers: 4,
  customers: 1500,
  customerShare: 0.4,
  inject: true,
};

/** How often each kind of anomaly is put in; each injected one is recorded as truth. */
export const INJECTION_RATES: {
  cashierSpikePerDay: number;
  cashSinglePerClose: number;
  shortPatternPerCashierYear: number;
  shrinkageShare: number;
  salesDropEveryDays: number;
  oddHoursEveryDays: number;
} = {
  /** per cashier working day, for each of the five action kinds */
  cashierSpikePerDay: 0.004,
  /** a drawer over or short by ₹800–₹4,000, per close */
  cashSinglePerClose: 0.003,
  /** per cashier: a ten-working-day run with 7 closes short by ₹100–₹400, about twice a year */
  shortPatternPerCashierYear: 2,
  /** of products counted at a stock take, this share lost 8–20% of what sold (at least ₹300) */
  shrinkageShare: 0.03,
  /** a popular product falls to a tenth of its sales for 21 days, every ~60 days */
  salesDropEveryDays: 60,
  /** one to three bills between 23:00 and 05:00, every ~45 days */
  oddHoursEveryDays: 45,
};

export interface InjectedAnomaly {
  type: AlertType;
  subjectId: string;
  /** shop-calendar day numbers, inclusive */
  from: number;
  to: number;
}

export const CASHIER_NAMES = ['Pooja', 'Ramesh', 'Sunita', 'Arjun', 'Meena', 'Vikram'];

export interface Shift {
  morning: boolean;
  /** weekday off, 0 = Sunday */
  offDay: number;
}

export const shiftOf = (cashier: number): Shift => ({ morning: cashier % 2 === 0, offDay: (cashier % 6) + 1 });

export interface Plan {
  spikes: Map<string, number>;
  cashSingles: Set<string>;
  shortRuns: { cashier: number; from: number; to: number }[];
  drops: { product: number; from: number; to: number }[];
  oddHours: Map<number, number>;
  truth: InjectedAnomaly[];
}

export const spikeKey = (cashier: number, day: number, kind: CashierActionKind) => `${cashier}|${day}|${kind}`;

/**
 * Decides, before any bill is made, where the anomalies go. Cashier spikes and single drawer
 * differences become truth when the simulator applies them (a planned cashier may make no bill
 * that day); shrinkage is decided at each count.
 */
export function planAnomalies(o: SimulationOptions, first: number, rng: Random, popularProducts: readonly number[]): Plan {
  const plan: Plan = { spikes: new Map(), cashSingles: new Set(), shortRuns: [], drops: [], oddHours: new Map(), truth: [] };
  if (!o.inject) return plan;
  const rates = { ...INJECTION_RATES, ...o.rates };
  const warmUp = 63;
  const works = (c: number, day: number) => (((day + 4) % 7) + 7) % 7 !== shiftOf(c).offDay;
  for (let day = first + warmUp; day < first + o.days; day++) {
    for (let c = 0; c < o.cashiers; c++) {
      if (!works(c, day)) continue;
      for (const kind of CASHIER_ACTION_KINDS) {
        if (!rng.chance(rates.cashierSpikePerDay)) continue;
        plan.spikes.set(spikeKey(c, day, kind), 2 + rng.next() * 3);
      }
      if (rng.chance(rates.cashSinglePerClose)) {
        plan.cashSingles.add(`${c}|${day}`);
      }
    }
  }
  for (let c = 0; c < o.cashiers; c++) {
    const runs = Math.round((rates.shortPatternPerCashierYear * o.days) / 365);
    for (let r = 0; r < runs; r++) {
      const from = first + warmUp + Math.floor(((r + rng.next() * 0.6) * (o.days - warmUp - 20)) / Math.max(1, runs));
      const to = from + 13;
      plan.shortRuns.push({ cashier: c, from, to });
      plan.truth.push({ type: 'cash.short_pattern', subjectId: `K${c + 1}`, from, to: to + 3 });
    }
  }
  for (let start = first + warmUp + 7; start + 21 < first + o.days; start += rates.salesDropEveryDays) {
    const from = start + rng.int(0, 20);
    const product = rng.pick(popularProducts);
    plan.drops.push({ product, from, to: from + 20 });
    plan.truth.push({ type: 'sales_drop', subjectId: `P${product + 1}`, from, to: from + 13 });
  }
  for (let day = first + 21; day < first + o.days; day++) {
    if (!rng.chance(1 / rates.oddHoursEveryDays)) continue;
    const c = rng.int(0, o.cashiers - 1);
    plan.oddHours.set(day, c);
    plan.truth.push({ type: 'odd_hours', subjectId: `K${c + 1}`, from: day, to: day });
  }
  return plan;
}
