import type { CustomerHistory } from '../customers/history';
import { auc, topShareLift } from '../evaluation';
import { boughtWithin, summarizeVisits } from './features';
import { comeBackChance, trainChurn } from './score';

/** How well the shop's churn score did on a period it never saw, against days-since-last alone. */
export interface ChurnMeasure {
  /** the day scores were made on (today − horizon); outcomes are the horizon after it */
  originDay: number;
  customers: number;
  /** share who came back in the held-out horizon, in basis points */
  cameBackBp: number;
  method: 'logistic' | 'recency';
  /** area under the ROC curve, in basis points (5,000 = a coin toss) */
  aucBp: number;
  /** top-decile lift in hundredths (100 = no better than picking at random) */
  liftPct: number;
  baselineAucBp: number;
  baselineLiftPct: number;
}

const MIN_MEASURED = 30;

/**
 * Out of time, as the CDNOW evaluation: train on the horizon before `asOfDay − horizon`, score
 * every customer known then, and check who bought in the horizon up to `asOfDay`. The score
 * ranks who will NOT come back; both measures are taken on "came back" so higher is better.
 * Null when too few customers were known or everyone went the same way.
 */
export function measureChurn(histories: ReadonlyMap<string, CustomerHistory>, asOfDay: number, horizonDays: number): ChurnMeasure | null {
  const origin = asOfDay - horizonDays;
  const model = trainChurn(histories.values(), origin - horizonDays, horizonDays);
  const scored = comeBackChance(model, histories.values(), origin);
  if (scored.length < MIN_MEASURED) return null;
  const outcomes: boolean[] = [];
  const baseline: number[] = [];
  for (const s of scored) {
    const h = histories.get(s.customerId);
    outcomes.push(h ? boughtWithin(h, origin, horizonDays) : false);
    const v = h ? summarizeVisits(h, origin) : null;
    baseline.push(v ? -(origin - v.last) : Number.NEGATIVE_INFINITY);
  }
  const back = outcomes.filter(Boolean).length;
  if (back === 0 || back === outcomes.length) return null;
  const chances = scored.map((s) => s.chance);
  return {
    originDay: origin,
    customers: scored.length,
    cameBackBp: Math.round((back * 10_000) / outcomes.length),
    method: model.method,
    aucBp: Math.round(auc(chances, outcomes) * 10_000),
    liftPct: Math.round(topShareLift(chances, outcomes, 0.1) * 100),
    baselineAucBp: Math.round(auc(baseline, outcomes) * 10_000),
    baselineLiftPct: Math.round(topShareLift(baseline, outcomes, 0.1) * 100),
  };
}
