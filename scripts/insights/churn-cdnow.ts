import { CHURN_FEATURES, boughtWithin } from '../../app/core/insights/churn/features';
import { comeBackChance, trainChurn } from '../../app/core/insights/churn/score';
import type { CustomerHistory } from '../../app/core/insights/customers/history';
import { auc, topShareLift } from '../../app/core/insights/evaluation';
import { dayOfIso } from '../../app/core/insights/ist';

/**
 * Out-of-time test on CDNOW: learn on the first half-year (features to 1997-06-30, outcome =
 * bought 1997-07-01…12-31), then score everyone as of 1997-12-31 and check who bought in
 * 1998-01-01…06-30, a period the model never saw. Baseline: days since the last purchase.
 */
export const CDNOW_SPLIT = { trainOrigin: '1997-06-30', testOrigin: '1997-12-31', horizonDays: 181 };

export interface ChurnEvaluation {
  customers: number;
  cameBackRate: number;
  model: { auc: number; topDecileLift: number };
  recencyBaseline: { auc: number; topDecileLift: number };
  weights: Record<string, number>;
}

export function evaluateChurn(histories: ReadonlyMap<string, CustomerHistory>): ChurnEvaluation {
  const trainOrigin = dayOfIso(CDNOW_SPLIT.trainOrigin);
  const testOrigin = dayOfIso(CDNOW_SPLIT.testOrigin);
  const model = trainChurn(histories.values(), trainOrigin, CDNOW_SPLIT.horizonDays);
  const scored = comeBackChance(model, histories.values(), testOrigin);
  const outcomes = scored.map((s) =>
    boughtWithin(histories.get(s.customerId) ?? { customerId: '', days: [], amounts: [], billIds: [] }, testOrigin, CDNOW_SPLIT.horizonDays),
  );
  const chance = scored.map((s) => s.chance);
  const recency = scored.map((s) => -s.daysSinceLast);
  const weights: Record<string, number> = { intercept: model.logistic?.weights[0] ?? 0 };
  CHURN_FEATURES.forEach((name, j) => (weights[name] = model.logistic?.weights[j + 1] ?? 0));
  return {
    customers: scored.length,
    cameBackRate: outcomes.filter(Boolean).length / Math.max(1, outcomes.length),
    model: { auc: auc(chance, outcomes), topDecileLift: topShareLift(chance, outcomes, 0.1) },
    recencyBaseline: { auc: auc(recency, outcomes), topDecileLift: topShareLift(recency, outcomes, 0.1) },
    weights,
  };
}
