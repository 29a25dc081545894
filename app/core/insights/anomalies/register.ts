import { dayNumber, isoOfDay } from '../ist';
import { mad, median } from '../stats';
import type { NamedRef, RegisterClose } from '../types';
import { alertId, type Alert } from './alert';

/**
 * Cash at the register close. One large difference (over or short) beyond what is usual for the
 * cashier's closes, and a pattern: short again and again, each small enough to pass as change
 * given wrong, adding up. Over matters too: a drawer over is often a sale not billed.
 */
export interface RegisterRuleOptions {
  /** a single difference must be at least this… */
  minSinglePaise: number;
  /** …and this many robust deviations from the cashier's own differences */
  singleDeviations: number;
  /** a close short by more than this counts towards a pattern */
  shortTolerancePaise: number;
  window: number;
  minShortCloses: number;
  minPatternPaise: number;
}

export const REGISTER_RULE: RegisterRuleOptions = {
  minSinglePaise: 50_000,
  singleDeviations: 6,
  shortTolerancePaise: 5_000,
  window: 10,
  minShortCloses: 5,
  minPatternPaise: 100_000,
};

export function registerAlerts(
  closes: readonly RegisterClose[],
  names: ReadonlyMap<string, NamedRef>,
  fromDay: number,
  toDay: number,
  rule: RegisterRuleOptions = REGISTER_RULE,
): Alert[] {
  const byCashier = new Map<string, RegisterClose[]>();
  for (const c of closes) {
    let list = byCashier.get(c.cashierId);
    if (!list) byCashier.set(c.cashierId, (list = []));
    list.push(c);
  }
  const alerts: Alert[] = [];
  for (const [cashierId, list] of byCashier) {
    list.sort((a, b) => a.at - b.at);
    const name = names.get(cashierId)?.name ?? cashierId;
    const diffs = list.map((c) => c.countedPaise - c.expectedPaise);
    let lastPatternAt = Number.NEGATIVE_INFINITY;
    list.forEach((close, i) => {
      const day = dayNumber(close.at);
      if (day < fromDay || day > toDay) return;
      const iso = isoOfDay(day);
      const diff = diffs[i] ?? 0;
      const history = diffs.slice(Math.max(0, i - 60), i);
      const spread = Math.max(mad(history), 1_000);
      const centre = median(history);
      if (Math.abs(diff) >= rule.minSinglePaise && Math.abs(diff - centre) >= rule.singleDeviations * spread) {
        alerts.push({
          id: alertId('cash.over_short', cashierId, iso),
          type: 'cash.over_short',
          day: iso,
          subject: { kind: 'cashier', id: cashierId, name },
          severity: Math.abs(diff) >= 4 * rule.minSinglePaise ? 'act' : 'watch',
          message: {
            key: diff < 0 ? 'insights.alert.cash.short' : 'insights.alert.cash.over',
            params: { name, date: iso, amountPaise: Math.abs(diff), countedPaise: close.countedPaise, expectedPaise: close.expectedPaise },
          },
          evidence: { differencePaise: diff, usualDifferencePaise: Math.round(centre), spreadPaise: Math.round(spread), closesBefore: history.length },
        });
      }
      // A run of short closes is reported once: the next report needs new short closes after it.
      const window = diffs.slice(Math.max(0, i - rule.window + 1, lastPatternAt + 1), i + 1);
      const shorts = window.filter((d) => d < -rule.shortTolerancePaise);
      const shortTotal = -shorts.reduce((s, d) => s + d, 0);
      if (shorts.length >= rule.minShortCloses && shortTotal >= rule.minPatternPaise) {
        lastPatternAt = i;
        alerts.push({
          id: alertId('cash.short_pattern', cashierId, iso),
          type: 'cash.short_pattern',
          day: iso,
          subject: { kind: 'cashier', id: cashierId, name },
          severity: 'act',
          message: {
            key: 'insights.alert.cash.short_pattern',
            params: { name, shortCount: shorts.length, closes: window.length, amountPaise: shortTotal, date: iso },
          },
          evidence: { shortCount: shorts.length, closes: window.length, shortTotalPaise: shortTotal },
        });
      }
    });
  }
  return alerts;
}
