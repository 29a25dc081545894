import { goodsOnly } from '../../billing/service-charge';
import type { z } from 'zod';
import type { Dashboard, DASHBOARD_PERIODS } from '../../contract/areas/insights';
import { dayOfIso, isoOfDay, weekdayOfDay } from '../../insights/ist';
import { addMonths, comparePeriods, type DateRange } from '../../insights/patterns/periods';
import type { ProductSales, ReturnsDay, SalesDay } from './ports';
import type { ServiceDeps } from '../ports';

type DashboardView = z.output<typeof Dashboard>;
type Period = (typeof DASHBOARD_PERIODS)[number];

const BUSY_WEEKS = 8;
const FALLING_DAYS = 28;
const TOP = 10;
/** a product must have sold this much (taxable) in the four weeks before to count as falling */
const FALLING_MIN_BEFORE_PAISE = 500_00;

const shift = (date: string, days: number) => isoOfDay(dayOfIso(date) + days);
const inRange = (date: string, r: DateRange) => date >= r.from && date <= r.to;

interface Totals {
  bills: number;
  lines: number;
  payablePaise: number;
  netSalesPaise: number;
  marginPaise: number;
}

function totals(days: readonly SalesDay[], returns: readonly ReturnsDay[], r: DateRange): Totals {
  const t: Totals = { bills: 0, lines: 0, payablePaise: 0, netSalesPaise: 0, marginPaise: 0 };
  for (const d of days) {
    if (!inRange(d.date, r)) continue;
    t.bills += d.bills;
    t.lines += d.lines;
    t.payablePaise += d.payablePaise;
    t.netSalesPaise += d.taxablePaise;
    t.marginPaise += d.taxablePaise - d.costPaise;
  }
  for (const x of returns) {
    if (!inRange(x.date, r)) continue;
    t.netSalesPaise -= x.taxablePaise;
    t.marginPaise -= x.taxablePaise - x.costPaise;
  }
  return t;
}

const perBill = (amount: number, bills: number, scale = 1) => (bills === 0 ? 0 : Math.round((amount * scale) / bills));

function figures(
  days: readonly SalesDay[],
  returns: readonly ReturnsDay[],
  ranges: { current: DateRange; previous: DateRange; lastYear: DateRange },
): DashboardView['figures'] {
  const [c, p, l] = [ranges.current, ranges.previous, ranges.lastYear].map((r) => totals(days, returns, r)) as [Totals, Totals, Totals];
  const of = (pick: (t: Totals) => number) => ({ current: pick(c), previous: pick(p), lastYear: pick(l) });
  return {
    salesPaise: of((t) => t.netSalesPaise),
    marginPaise: of((t) => t.marginPaise),
    bills: of((t) => t.bills),
    averageBillPaise: of((t) => perBill(t.payablePaise, t.bills)),
    itemsPerBillMilli: of((t) => perBill(t.lines, t.bills, 1000)),
  };
}

/** Buckets for the sales chart: days (a day's chart shows its week), or months for a year. */
function trendBuckets(period: Period, current: DateRange, previous: DateRange): Array<{ label: string; now: DateRange; before: DateRange }> {
  const out: Array<{ label: string; now: DateRange; before: DateRange }> = [];
  if (period === 'year' || period === 'fy') {
    for (let first = current.from; first <= current.to; first = addMonths(first, 1)) {
      const last = shift(addMonths(first, 1), -1);
      const now = { from: first, to: last < current.to ? last : current.to };
      out.push({ label: first.slice(0, 7), now, before: { from: addMonths(now.from, -12), to: addMonths(now.to, -12) } });
    }
    return out;
  }
  const from = period === 'day' ? shift(current.to, -6) : current.from;
  const gap = period === 'day' ? -7 : dayOfIso(previous.from) - dayOfIso(current.from);
  for (let d = dayOfIso(from); d <= dayOfIso(current.to); d++) {
    const date = isoOfDay(d);
    out.push({ label: date, now: { from: date, to: date }, before: { from: shift(date, gap), to: shift(date, gap) } });
  }
  return out;
}

function busyHours(hours: ReadonlyArray<{ date: string; hour: number; bills: number }>): number[][] {
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const h of hours) {
    const row = cells[(weekdayOfDay(dayOfIso(h.date)) + 6) % 7];
    if (row && h.hour >= 0 && h.hour < 24) row[h.hour] = (row[h.hour] ?? 0) + h.bills;
  }
  return cells.map((row) => row.map((n) => Math.round((n * 100) / BUSY_WEEKS)));
}

const productView = (p: ProductSales) => ({
  productId: p.productId,
  name: p.name,
  nameHi: p.nameHi,
  salesPaise: p.taxablePaise,
  marginPaise: p.taxablePaise - p.costPaise,
  qtyMilli: p.qtyMilli,
  lines: p.lines,
});

function falling(now: readonly ProductSales[], before: readonly ProductSales[]): DashboardView['fallingProducts'] {
  const recent = new Map(now.map((p) => [p.productId, p.taxablePaise]));
  return before
    .filter((p) => p.taxablePaise >= FALLING_MIN_BEFORE_PAISE)
    .map((p) => {
      const nowPaise = recent.get(p.productId) ?? 0;
      return {
        productId: p.productId,
        name: p.name,
        nameHi: p.nameHi,
        nowPaise,
        beforePaise: p.taxablePaise,
        changeBp: Math.round(((nowPaise - p.taxablePaise) * 10_000) / p.taxablePaise),
      };
    })
    .filter((p) => p.changeBp <= -2_000)
    .sort((a, b) => a.nowPaise - a.beforePaise - (b.nowPaise - b.beforePaise))
    .slice(0, TOP);
}

/** The dashboard for the period ending on `date`, from the trigger-kept sums and the books' daily sums. */
export function dashboard(deps: ServiceDeps, period: Period, date: string): DashboardView {
  const repo = deps.store.insights;
  const { current, previous, lastYear } = comparePeriods(period, date);
  const buckets = trendBuckets(period, current, previous);
  const earliest = [previous.from, lastYear.from, ...buckets.map((b) => b.before.from)].reduce((a, b) => (a < b ? a : b));
  const days = repo.salesDays(earliest, current.to);
  const returns = repo.returnsDays(earliest, current.to);
  const debtors = repo.accountMovement('DEBTORS', current.from, current.to);
  const cash = repo.accountMovement('CASH', '0000-01-01', current.to);
  const pay = { cashPaise: 0, upiPaise: 0, cardPaise: 0, creditPaise: 0 };
  for (const d of days) {
    if (!inRange(d.date, current)) continue;
    pay.cashPaise += d.cashPaise;
    pay.upiPaise += d.upiPaise;
    pay.cardPaise += d.cardPaise;
    pay.creditPaise += d.creditPaise;
  }
  const returned = returns.filter((r) => inRange(r.date, current));
  const busyFrom = shift(current.to, -(BUSY_WEEKS * 7 - 1));
  const recent = { from: shift(current.to, -(FALLING_DAYS - 1)), to: current.to };
  return {
    period,
    current,
    previous,
    lastYear,
    figures: figures(days, returns, { current, previous, lastYear }),
    returns: { count: returned.reduce((s, r) => s + r.count, 0), totalPaise: returned.reduce((s, r) => s + r.totalPaise, 0) },
    payments: pay,
    cashInDrawerPaise: cash.debitPaise - cash.creditPaise,
    duesGivenPaise: debtors.debitPaise,
    duesCollectedPaise: debtors.creditPaise,
    trend: buckets.map((b) => ({
      label: b.label,
      from: b.now.from,
      to: b.now.to,
      currentPaise: totals(days, returns, b.now).netSalesPaise,
      previousPaise: totals(days, returns, b.before).netSalesPaise,
    })),
    busyHours: { from: busyFrom, to: current.to, cells: busyHours(repo.hours(busyFrom, current.to)) },
    topProducts: goodsOnly(repo.products(current.from, current.to)).slice(0, TOP).map(productView),
    fallingProducts: falling(
      goodsOnly(repo.products(recent.from, recent.to)),
      goodsOnly(repo.products(shift(recent.from, -FALLING_DAYS), shift(recent.from, -1))),
    ),
  };
}
