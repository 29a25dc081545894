import { dayOfIso, startOfDayAt } from '../ist';
import { NO_PAUSE, type Pause } from '../pace';
import {
  CASHIER_ACTION_KINDS,
  type BillRecord,
  type CashierAction,
  type NamedRef,
  type RegisterClose,
  type SaleLine,
  type ShopHistory,
  type StockCountLine,
} from '../types';
import { CASHIER_NAMES, DEFAULT_SIMULATION, INJECTION_RATES, planAnomalies, shiftOf, spikeKey, type InjectedAnomaly, type SimulationOptions } from './plan';
import { drawCumulative, seeded } from './random';
import { stockTake } from './stock-take';

export interface SimulatedProduct extends NamedRef {
  pricePaise: number;
  costPaise: number;
  loose: boolean;
}

export interface SimulatedShop {
  history: ShopHistory;
  truth: InjectedAnomaly[];
  products: SimulatedProduct[];
  firstDay: number;
  lastDay: number;
}

// Share of a day's bills in each hour 08–21 (a morning and an evening peak).
const HOURS = [0.04, 0.07, 0.1, 0.1, 0.07, 0.05, 0.04, 0.04, 0.06, 0.09, 0.12, 0.12, 0.07, 0.03];
const HOUR_CUMULATIVE = HOURS.reduce<number[]>((acc, h) => [...acc, (acc[acc.length - 1] ?? 0) + h], []);
const WEEKDAY_FACTOR = [1.25, 0.92, 0.92, 0.95, 0.95, 1.0, 1.1];
/** Normal actions per bill for an average cashier; each cashier has their own multiple. */
const BASE_RATE = { void: 0.04, cancel: 0.003, discount: 0.015, return: 0.004, price_override: 0.006 } as const;
const CASH_SHARE = 0.55;

/** `pause` is called once a simulated day, as the books' reader pauses between slices (pace.ts). */
export function simulateShop(options: Partial<SimulationOptions> = {}, pause: Pause = NO_PAUSE): SimulatedShop {
  const o: SimulationOptions = { ...DEFAULT_SIMULATION, ...options };
  const rng = seeded(o.seed);
  const first = dayOfIso(o.startDay);
  const last = first + o.days - 1;
  const cashierCount = Math.min(6, Math.max(2, o.cashiers));

  const products: SimulatedProduct[] = [];
  const popularity = new Float64Array(o.products);
  let cum = 0;
  const cumulative = new Float64Array(o.products);
  for (let i = 0; i < o.products; i++) {
    const price = Math.round(Math.exp(Math.log(6000) + 0.9 * rng.normal()) / 100) * 100 + 500;
    products.push({
      id: `P${i + 1}`,
      name: `Product ${i + 1}`,
      pricePaise: price,
      costPaise: Math.round(price * (0.75 + 0.15 * rng.next())),
      loose: rng.chance(0.1),
    });
    popularity[i] = 1 / (i + 3);
    cum += popularity[i] ?? 0;
    cumulative[i] = cum;
  }
  const weeklyShare = (i: number) => ((popularity[i] ?? 0) / cum) * 5.5 * o.billsPerDay * 7;
  const popular = products.map((_, i) => i).filter((i) => weeklyShare(i) >= 40 && i < 150);
  const plan = planAnomalies({ ...o, cashiers: cashierCount }, first, rng, popular.length > 0 ? popular : [0]);

  const cashierFactor = Array.from({ length: cashierCount }, () => Object.fromEntries(CASHIER_ACTION_KINDS.map((k) => [k, 0.5 + 1.5 * rng.next()])));
  const customerWeight = Array.from({ length: o.customers }, () => Math.exp(0.9 * rng.normal()));
  const customerJoin = Array.from({ length: o.customers }, () => (rng.chance(0.25) ? first : first + Math.floor(rng.next() * 0.7 * o.days)));
  const customerLeave = customerJoin.map((join) => (rng.chance(0.45) ? join + Math.floor(rng.next() * (last - join + 1)) : last + 1));

  const bills: BillRecord[] = [];
  const actions: CashierAction[] = [];
  const closes: RegisterClose[] = [];
  const counts: StockCountLine[] = [];
  const soldSinceCount = new Float64Array(o.products);
  let billNo = 0;

  const makeLines = (day: number): SaleLine[] => {
    const lines: SaleLine[] = [];
    const n = 1 + rng.poisson(4.5);
    for (let k = 0; k < n; k++) {
      let p = drawCumulative(cumulative, rng.next());
      // A product whose sales were made to fall is mostly passed over while the drop lasts.
      for (const d of plan.drops) if (d.product === p && day >= d.from && day <= d.to && rng.chance(0.9)) p = drawCumulative(cumulative, rng.next());
      const product = products[p];
      if (!product) continue;
      const qtyMilli = product.loose ? 250 * rng.int(1, 8) : 1000 * (rng.chance(0.8) ? 1 : rng.int(2, 4));
      lines.push({
        productId: product.id,
        qtyMilli,
        amountPaise: Math.round((product.pricePaise * qtyMilli) / 1000),
        costPaise: Math.round((product.costPaise * qtyMilli) / 1000),
      });
      soldSinceCount[p] = (soldSinceCount[p] ?? 0) + qtyMilli;
      // Pairs among the best sellers go together (bread and butter), so baskets have rules to find.
      const partner = products[p ^ 1];
      if (p < 60 && partner && rng.chance(0.25)) {
        lines.push({ productId: partner.id, qtyMilli: 1000, amountPaise: partner.pricePaise, costPaise: partner.costPaise });
        soldSinceCount[p ^ 1] = (soldSinceCount[p ^ 1] ?? 0) + 1000;
      }
    }
    return lines;
  };
  const makeBill = (at: number, cashier: number, customerId: string | null, day: number): BillRecord => {
    const lines = makeLines(day);
    const bill = {
      id: `B${++billNo}`,
      at,
      cashierId: `K${cashier + 1}`,
      customerId,
      totalPaise: lines.reduce((s, l) => s + l.amountPaise, 0),
      cancelled: false,
      lines,
    };
    bills.push(bill);
    return bill;
  };

  for (let day = first; day <= last; day++) {
    pause();
    const weekday = (((day + 4) % 7) + 7) % 7;
    const dayStart = startOfDayAt(day);
    const closed = (day - first) % 365 === 214;
    const festival = (day - first) % 365 >= 200 && (day - first) % 365 < 214 ? 1.6 : 1;
    const n = closed ? 0 : Math.round(o.billsPerDay * (WEEKDAY_FACTOR[weekday] ?? 1) * festival * Math.exp(0.08 * rng.normal()));
    const onDuty = (morning: boolean) =>
      Array.from({ length: cashierCount }, (_, c) => c).filter((c) => shiftOf(c).morning === morning && shiftOf(c).offDay !== weekday);
    const shifts = { morning: onDuty(true), evening: onDuty(false) };
    const activeCustomers: number[] = [];
    const customerCum: number[] = [];
    let cc = 0;
    for (let c = 0; c < o.customers; c++) {
      if ((customerJoin[c] ?? 0) > day || (customerLeave[c] ?? 0) <= day) continue;
      activeCustomers.push(c);
      cc += customerWeight[c] ?? 0;
      customerCum.push(cc);
    }
    const billsBy = new Map<number, BillRecord[]>();
    for (let b = 0; b < n; b++) {
      const hourIndex = drawCumulative(HOUR_CUMULATIVE, rng.next());
      const hour = 8 + hourIndex;
      const pool = hour < 15 ? shifts.morning : shifts.evening;
      const cashier = pool.length > 0 ? rng.pick(pool) : rng.int(0, cashierCount - 1);
      const customer =
        activeCustomers.length > 0 && rng.chance(o.customerShare) ? `C${(activeCustomers[drawCumulative(customerCum, rng.next())] ?? 0) + 1}` : null;
      const bill = makeBill(dayStart + hour * 3_600_000 + Math.floor(rng.next() * 3_600_000), cashier, customer, day);
      let list = billsBy.get(cashier);
      if (!list) billsBy.set(cashier, (list = []));
      list.push(bill);
    }
    const oddCashier = plan.oddHours.get(day);
    if (oddCashier !== undefined) {
      const late = rng.chance(0.5);
      for (let k = rng.int(1, 3); k > 0; k--) {
        const at = dayStart + (late ? 23 * 3_600_000 : rng.int(0, 4) * 3_600_000) + Math.floor(rng.next() * 3_600_000);
        makeBill(at, oddCashier, null, day);
      }
    }
    for (const [cashier, list] of billsBy) {
      for (const kind of CASHIER_ACTION_KINDS) {
        const rate = BASE_RATE[kind] * (cashierFactor[cashier]?.[kind] ?? 1) * Math.exp(0.25 * rng.normal());
        const spike = plan.spikes.get(spikeKey(cashier, day, kind));
        const count = rng.poisson(rate * list.length) + (spike ? Math.round(spike * rate * list.length) + 4 : 0);
        if (spike) plan.truth.push({ type: `cashier.${kind}`, subjectId: `K${cashier + 1}`, from: day, to: day });
        for (let k = 0; k < count; k++) {
          const bill = rng.pick(list);
          const line = rng.pick(bill.lines.length > 0 ? bill.lines : [{ productId: '', qtyMilli: 0, amountPaise: 0, costPaise: 0 }]);
          if (kind === 'cancel') bill.cancelled = true;
          const amount =
            kind === 'cancel'
              ? bill.totalPaise
              : kind === 'discount'
                ? Math.round(bill.totalPaise * 0.05)
                : kind === 'price_override'
                  ? Math.round(line.amountPaise * 0.1)
                  : line.amountPaise;
          actions.push({ at: bill.at + 1000, cashierId: bill.cashierId, kind, amountPaise: amount, billId: bill.id, productId: line.productId || undefined });
        }
      }
      const cash = Math.round(list.filter((b) => !b.cancelled).reduce((s, b) => s + b.totalPaise, 0) * CASH_SHARE);
      let diff = 0;
      const u = rng.next();
      if (u < 0.25) diff = rng.int(-2000, 2000);
      else if (u < 0.3) diff = rng.int(-10_000, 10_000);
      const run = plan.shortRuns.find((r) => r.cashier === cashier && day >= r.from && day <= r.to);
      if (run && rng.chance(0.75)) diff = -rng.int(10_000, 40_000);
      if (plan.cashSingles.has(`${cashier}|${day}`)) {
        diff = (rng.chance(0.6) ? -1 : 1) * rng.int(80_000, 400_000);
        plan.truth.push({ type: 'cash.over_short', subjectId: `K${cashier + 1}`, from: day, to: day });
      }
      closes.push({ at: dayStart + 22 * 3_600_000, cashierId: `K${cashier + 1}`, expectedPaise: cash, countedPaise: cash + diff });
    }
    if ((day - first) % 28 === 27)
      counts.push(
        ...stockTake(
          day,
          products,
          soldSinceCount,
          rng,
          o.inject && day - first >= 55 ? (o.rates?.shrinkageShare ?? INJECTION_RATES.shrinkageShare) : 0,
          plan.truth,
        ),
      );
  }
  const cashiers = Array.from({ length: cashierCount }, (_, c) => ({ id: `K${c + 1}`, name: CASHIER_NAMES[c] ?? `Cashier ${c + 1}` }));
  const customers = Array.from({ length: o.customers }, (_, c) => ({ id: `C${c + 1}`, name: `Customer ${c + 1}` }));
  bills.sort((a, b) => a.at - b.at);
  actions.sort((a, b) => a.at - b.at);
  return {
    history: { bills, actions, registerCloses: closes, stockCounts: counts, cashiers, customers, products },
    truth: plan.truth,
    products,
    firstDay: first,
    lastDay: last,
  };
}
