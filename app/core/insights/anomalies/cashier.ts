import { isoOfDay } from '../ist';
import { pacer, type Pause } from '../pace';
import { median, poissonAtLeast } from '../stats';
import { CASHIER_ACTION_KINDS, type CashierActionKind, type NamedRef } from '../types';
import { alertId, type Alert, type AlertType } from './alert';
import type { CashierDay } from './cashier-days';

/**
 * A cashier's voids, cancellations, discounts, returns and price overrides on a day, against
 * their own recent working days. Counts are per bill made, so a busy day is not an anomaly; the
 * expected count is Poisson with the cashier's own rate, widened by how much their days really
 * vary (quasi-Poisson dispersion), and days that were themselves outliers are left out of the
 * baseline. A cashier with little history is compared with the rest of the shop instead.
 */
export interface CashierRuleOptions {
  baselineDays: number;
  minBaselineDays: number;
  minBaselineBills: number;
  minCount: number;
  minRatio: number;
  maxP: number;
}

export const CASHIER_RULE: CashierRuleOptions = { baselineDays: 56, minBaselineDays: 10, minBaselineBills: 150, minCount: 5, minRatio: 2, maxP: 1e-4 };

interface Baseline {
  rate: number;
  dispersion: number;
  usual: number;
  source: 'own' | 'shop';
}

function baselineOf(days: readonly CashierDay[], kind: CashierActionKind, source: 'own' | 'shop'): Baseline | null {
  let c = 0;
  let b = 0;
  for (const d of days) {
    c += d.counts[kind];
    b += d.bills;
  }
  if (b === 0) return null;
  const rough = (c + 0.5) / b;
  const kept = days.filter((d) => poissonAtLeast(d.counts[kind], rough * d.bills) >= 1e-3);
  let ck = 0;
  let bk = 0;
  for (const d of kept) {
    ck += d.counts[kind];
    bk += d.bills;
  }
  if (bk === 0) return null;
  const rate = (ck + 0.5) / bk;
  let pearson = 0;
  for (const d of kept) {
    const expected = Math.max(rate * d.bills, 1e-9);
    pearson += (d.counts[kind] - expected) ** 2 / expected;
  }
  const dispersion = Math.min(4, Math.max(1, kept.length > 1 ? pearson / (kept.length - 1) : 1));
  // "Usual 0 a day" reads as never; under one a day it is said with one decimal.
  const usual = rate * median(kept.map((d) => d.bills));
  return { rate, dispersion, usual: usual < 1 ? Math.round(usual * 10) / 10 : Math.round(usual), source };
}

const TYPE: Record<CashierActionKind, AlertType> = {
  void: 'cashier.void',
  cancel: 'cashier.cancel',
  discount: 'cashier.discount',
  return: 'cashier.return',
  price_override: 'cashier.price_override',
};

export function cashierAlerts(
  byCashier: ReadonlyMap<string, readonly CashierDay[]>,
  names: ReadonlyMap<string, NamedRef>,
  fromDay: number,
  toDay: number,
  rule: CashierRuleOptions = CASHIER_RULE,
  pause?: Pause,
): Alert[] {
  const alerts: Alert[] = [];
  const tick = pacer(pause, 16);
  for (const [cashierId, days] of byCashier) {
    const name = names.get(cashierId)?.name ?? cashierId;
    days.forEach((today, i) => {
      tick();
      if (today.day < fromDay || today.day > toDay) return;
      const own = days.slice(Math.max(0, i - rule.baselineDays), i).filter((d) => d.day >= today.day - rule.baselineDays * 2);
      const ownBills = own.reduce((s, d) => s + d.bills, 0);
      const useOwn = own.length >= rule.minBaselineDays && ownBills >= rule.minBaselineBills;
      let peers: CashierDay[] = [];
      if (!useOwn) {
        for (const [otherId, other] of byCashier)
          if (otherId !== cashierId) peers = peers.concat(other.filter((d) => d.day < today.day && d.day >= today.day - rule.baselineDays));
        if (peers.reduce((s, d) => s + d.bills, 0) < rule.minBaselineBills * 2) return;
      }
      for (const kind of CASHIER_ACTION_KINDS) {
        const count = today.counts[kind];
        if (count < rule.minCount) continue;
        const base = useOwn ? baselineOf(own, kind, 'own') : baselineOf(peers, kind, 'shop');
        if (!base) continue;
        const expected = base.rate * Math.max(1, today.bills);
        // Cashiers differ from each other more than from themselves: against the shop, ask for more.
        const strictness = useOwn ? 1 : 1.5;
        if (count < rule.minRatio * strictness * expected) continue;
        const p = poissonAtLeast(Math.floor(count / base.dispersion), expected / base.dispersion);
        if (p > rule.maxP / strictness ** 10) continue;
        const day = isoOfDay(today.day);
        alerts.push({
          id: alertId(TYPE[kind], cashierId, day),
          type: TYPE[kind],
          day,
          subject: { kind: 'cashier', id: cashierId, name },
          severity: p < 1e-7 && count >= 3 * expected ? 'act' : 'watch',
          message: { key: `insights.alert.${TYPE[kind]}`, params: { name, count, usual: base.usual, date: day, amountPaise: today.amounts[kind] } },
          evidence: {
            count,
            expected: Math.round(expected * 10) / 10,
            bills: today.bills,
            usual: base.usual,
            baseline: base.source,
            pValue: p,
            dispersion: Math.round(base.dispersion * 100) / 100,
          },
        });
      }
    });
  }
  return alerts;
}
