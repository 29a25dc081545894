import type { CustomerHistory } from '../customers/history';
import { boughtWithin, churnFeatures, summarizeVisits } from './features';
import { fitLogistic, predictLogistic, type LogisticModel } from './logistic';

export interface ChurnRow {
  customerId: string;
  /** chance, in basis points, that the customer does NOT buy within the horizon */
  riskBp: number;
  daysSinceLast: number;
}

export interface ChurnModel {
  method: 'logistic' | 'recency';
  horizonDays: number;
  trainedOn: number;
  logistic: LogisticModel | null;
  /** share who came back in the training window (the fallback's base rate) */
  baseRate: number;
}

const MIN_CUSTOMERS = 30;
const MIN_EACH_OUTCOME = 5;

/**
 * Learns, from the shop's own past, who comes back: features as of `origin`, outcome = bought in
 * the `horizonDays` after it. With too few customers or one-sided outcomes the model would be
 * noise, so it falls back to recency against the customer's own rhythm.
 */
export function trainChurn(histories: Iterable<CustomerHistory>, origin: number, horizonDays: number): ChurnModel {
  const x: number[][] = [];
  const y: boolean[] = [];
  for (const h of histories) {
    const s = summarizeVisits(h, origin);
    if (!s) continue;
    x.push(churnFeatures(s, origin));
    y.push(boughtWithin(h, origin, horizonDays));
  }
  const positives = y.filter(Boolean).length;
  const baseRate = y.length === 0 ? 0 : positives / y.length;
  const enough = y.length >= MIN_CUSTOMERS && positives >= MIN_EACH_OUTCOME && y.length - positives >= MIN_EACH_OUTCOME;
  return { method: enough ? 'logistic' : 'recency', horizonDays, trainedOn: y.length, logistic: enough ? fitLogistic(x, y, { l2: 1 }) : null, baseRate };
}

/** P(buys again within the horizon) for each customer known at `origin`. */
export function comeBackChance(
  model: ChurnModel,
  histories: Iterable<CustomerHistory>,
  origin: number,
): { customerId: string; chance: number; daysSinceLast: number }[] {
  const out: { customerId: string; chance: number; daysSinceLast: number }[] = [];
  for (const h of histories) {
    const s = summarizeVisits(h, origin);
    if (!s) continue;
    let chance: number;
    if (model.logistic) chance = predictLogistic(model.logistic, churnFeatures(s, origin));
    else {
      // Without a model: the longer past their usual gap, the less likely; a horizon's worth of gaps helps.
      const gap = s.visits > 1 ? (s.last - s.first) / (s.visits - 1) : model.horizonDays;
      chance = Math.exp(-(origin - s.last) / Math.max(1, gap + model.horizonDays));
    }
    out.push({ customerId: h.customerId, chance: Math.min(1, Math.max(0, chance)), daysSinceLast: origin - s.last });
  }
  return out;
}

/** The shop's churn list as of today: trained on the last horizon, scored now, riskiest first. */
export function churnRisk(histories: ReadonlyMap<string, CustomerHistory>, asOfDay: number, horizonDays = 60): { model: ChurnModel; rows: ChurnRow[] } {
  const model = trainChurn(histories.values(), asOfDay - horizonDays, horizonDays);
  const rows = comeBackChance(model, histories.values(), asOfDay).map((c) => ({
    customerId: c.customerId,
    riskBp: Math.round((1 - c.chance) * 10_000),
    daysSinceLast: c.daysSinceLast,
  }));
  rows.sort((a, b) => b.riskBp - a.riskBp || a.customerId.localeCompare(b.customerId));
  return { model, rows };
}
