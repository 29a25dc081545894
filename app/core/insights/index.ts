// The insights engine: pure functions over plain records (types.ts); the host runs runInsights in a worker.
export * from './types';
export * from './job';
export * from './ist';
export * from './anomalies/index';
export { frequentItemsets } from './baskets/fp-growth';
export { associationRules, boughtWith, type AssociationRule } from './baskets/rules';
export { rfmScores, segmentOf, type RfmRow, type RfmSegment } from './customers/rfm';
export { customerHistories, type CustomerHistory } from './customers/history';
export { whoToRemind, whoToThank, type CustomerListEntry } from './customers/lists';
export { repeatProducts, type RepeatProduct } from './customers/repeat-products';
export { churnRisk, trainChurn, comeBackChance, type ChurnRow, type ChurnModel } from './churn/score';
export { auc, topShareLift, precisionRecall } from './evaluation';
export { busyHours, type BusyHours } from './patterns/busy-hours';
export { comparePeriods, change, totalOver, type PeriodKind, type PeriodComparison, type DateRange } from './patterns/periods';
export * from './pricing/price-rules';
export * from './pricing/rounding';
export { renderMessage } from './messages/render';
export { INSIGHT_MESSAGES, type Language } from './messages/catalogue';
