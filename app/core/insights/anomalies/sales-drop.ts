import { dayNumber, isoOfDay } from '../ist';
import { pacer, type Pause } from '../pace';
import { poissonAtMost } from '../stats';
import type { BillRecord, NamedRef } from '../types';
import { alertId, type Alert } from './alert';

/**
 * A product suddenly on far fewer bills than its own recent weeks, with no forecast needed: the
 * last 7 days against its share of the shop's bills in the 8 weeks before, so a slow week for the
 * whole shop (a holiday, rain) is not blamed on one product. Counts are bills with the product.
 * Once a drop is reported the product stays quiet for four weeks: the owner already knows.
 */
export interface SalesDropRuleOptions {
  minUsualPerWeek: number;
  maxShareOfUsual: number;
  maxP: number;
  minActiveWeeks: number;
  quietDays: number;
}

export const SALES_DROP_RULE: SalesDropRuleOptions = { minUsualPerWeek: 10, maxShareOfUsual: 0.35, maxP: 1e-6, minActiveWeeks: 7, quietDays: 28 };

const WEEKS = 8;

export function salesDropAlerts(
  bills: readonly BillRecord[],
  names: ReadonlyMap<string, NamedRef>,
  fromDay: number,
  toDay: number,
  rule: SalesDropRuleOptions = SALES_DROP_RULE,
  pause?: Pause,
): Alert[] {
  if (bills.length === 0) return [];
  const tick = pacer(pause, 1024);
  // A product's two years of days take about a tenth of a millisecond.
  const perProduct = pacer(pause, 16);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const b of bills) {
    tick();
    const d = dayNumber(b.at);
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const span = last - first + 1;
  const shopBills = new Float64Array(span + 1);
  const index = new Map<string, number>();
  const series: Int32Array[] = [];
  for (const b of bills) {
    tick();
    if (b.cancelled) continue;
    const d = dayNumber(b.at) - first;
    shopBills[d + 1] = (shopBills[d + 1] ?? 0) + 1;
    for (const line of b.lines) {
      let p = index.get(line.productId);
      if (p === undefined) {
        p = series.length;
        index.set(line.productId, p);
        series.push(new Int32Array(span + 1));
      }
      const s = series[p];
      if (s) s[d + 1] = (s[d + 1] ?? 0) + 1;
    }
  }
  // Prefix sums: a window's total is two reads. Two lines of one product on a bill count twice; rare enough.
  for (let d = 1; d <= span; d++) shopBills[d] = (shopBills[d] ?? 0) + (shopBills[d - 1] ?? 0);
  for (const s of series) {
    tick();
    for (let d = 1; d <= span; d++) s[d] = (s[d] ?? 0) + (s[d - 1] ?? 0);
  }
  const total = (arr: Int32Array | Float64Array, fromIdx: number, toIdx: number) => (arr[toIdx + 1] ?? 0) - (arr[fromIdx] ?? 0);

  const alerts: Alert[] = [];
  const start = Math.max(fromDay, first + 7 * (WEEKS + 1) - 1);
  const end = Math.min(toDay, last);
  for (const [productId, p] of index) {
    perProduct();
    const s = series[p];
    if (!s) continue;
    let quietUntil = Number.NEGATIVE_INFINITY;
    for (let day = start; day <= end; day++) {
      if (day <= quietUntil) continue;
      const t = day - first;
      const recent = total(s, t - 6, t);
      const baseFrom = t - 7 * (WEEKS + 1) + 1;
      const baseCount = total(s, baseFrom, t - 7);
      const usual = baseCount / WEEKS;
      if (usual < rule.minUsualPerWeek || recent > rule.maxShareOfUsual * usual) continue;
      const baseShop = total(shopBills, baseFrom, t - 7);
      const recentShop = total(shopBills, t - 6, t);
      if (baseShop === 0 || recentShop === 0) continue;
      const share = baseCount / baseShop;
      let pearson = 0;
      let active = 0;
      for (let w = 0; w < WEEKS; w++) {
        const wFrom = baseFrom + 7 * w;
        const observed = total(s, wFrom, wFrom + 6);
        const expectedWeek = Math.max(1e-9, share * total(shopBills, wFrom, wFrom + 6));
        pearson += (observed - expectedWeek) ** 2 / expectedWeek;
        if (observed > 0) active++;
      }
      if (active < rule.minActiveWeeks) continue;
      const dispersion = Math.min(4, Math.max(1, pearson / (WEEKS - 1)));
      const expected = share * recentShop;
      const pValue = poissonAtMost(Math.floor(recent / dispersion), expected / dispersion);
      if (recent > rule.maxShareOfUsual * expected || pValue > rule.maxP) continue;
      quietUntil = day + rule.quietDays;
      const iso = isoOfDay(day);
      const product = names.get(productId)?.name ?? productId;
      const usualShown = Math.round(usual);
      alerts.push({
        id: alertId('sales_drop', productId, iso),
        type: 'sales_drop',
        day: iso,
        subject: { kind: 'product', id: productId, name: product },
        severity: recent === 0 ? 'act' : 'watch',
        message: { key: 'insights.alert.sales_drop', params: { product, recent, usual: usualShown, date: iso } },
        evidence: {
          billsLast7Days: recent,
          usualPerWeek: usualShown,
          expectedThisWeek: Math.round(expected * 10) / 10,
          pValue,
          dispersion: Math.round(dispersion * 100) / 100,
        },
      });
    }
  }
  return alerts;
}
