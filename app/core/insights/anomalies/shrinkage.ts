import { dayNumber, isoOfDay } from '../ist';
import type { NamedRef, StockCountLine } from '../types';
import { alertId, type Alert } from './alert';

/**
 * Stock counted below the books, per product, weighed against what sold since the count before:
 * losing 3 of 400 is counting noise, losing 30 of 400 is not. Needs a previous count of the
 * product to know the period; a first count only sets the baseline.
 */
export interface ShrinkageRuleOptions {
  minLossPaise: number;
  minLossShareBp: number;
  minLossMilli: number;
}

export const SHRINKAGE_RULE: ShrinkageRuleOptions = { minLossPaise: 20_000, minLossShareBp: 500, minLossMilli: 3000 };

/** `soldMilli(productId, fromDay, toDay)`: quantity sold in that day range (inclusive). */
export function shrinkageAlerts(
  counts: readonly StockCountLine[],
  soldMilli: (productId: string, fromDay: number, toDay: number) => number,
  names: ReadonlyMap<string, NamedRef>,
  fromDay: number,
  toDay: number,
  rule: ShrinkageRuleOptions = SHRINKAGE_RULE,
): Alert[] {
  const byProduct = new Map<string, StockCountLine[]>();
  for (const c of counts) {
    let list = byProduct.get(c.productId);
    if (!list) byProduct.set(c.productId, (list = []));
    list.push(c);
  }
  const alerts: Alert[] = [];
  for (const [productId, list] of byProduct) {
    list.sort((a, b) => a.at - b.at);
    for (let i = 1; i < list.length; i++) {
      const count = list[i];
      const previous = list[i - 1];
      if (!count || !previous) continue;
      const day = dayNumber(count.at);
      if (day < fromDay || day > toDay) continue;
      const lost = count.expectedMilli - count.countedMilli;
      if (lost < rule.minLossMilli) continue;
      const value = Math.round((lost * count.unitCostPaise) / 1000);
      const sold = soldMilli(productId, dayNumber(previous.at) + 1, day);
      const shareBp = Math.round((lost * 10_000) / Math.max(1, sold + lost));
      if (value < rule.minLossPaise || shareBp < rule.minLossShareBp) continue;
      const iso = isoOfDay(day);
      const product = names.get(productId)?.name ?? productId;
      alerts.push({
        id: alertId('shrinkage', productId, iso),
        type: 'shrinkage',
        day: iso,
        subject: { kind: 'product', id: productId, name: product },
        severity: shareBp >= 2 * rule.minLossShareBp ? 'act' : 'watch',
        message: {
          key: 'insights.alert.shrinkage',
          params: { product, date: iso, lost: lost / 1000, amountPaise: value, lossPct: Math.round(shareBp / 10) / 10 },
        },
        evidence: { lostMilli: lost, valuePaise: value, soldMilliSinceLastCount: sold, lossShareBp: shareBp, lastCount: isoOfDay(dayNumber(previous.at)) },
      });
    }
  }
  return alerts;
}
