import { ALERT_TYPES } from '../../app/core/contract/areas/insights-report';
import type { Alert } from '../../app/core/insights/anomalies/alert';
import { detectAnomalies } from '../../app/core/insights/anomalies/index';
import { precisionRecall, type PrecisionRecall } from '../../app/core/insights/evaluation';
import { dayOfIso } from '../../app/core/insights/ist';
import type { InjectedAnomaly, SimulationOptions } from '../../app/core/insights/simulate/plan';
import { simulateShop } from '../../app/core/insights/simulate/shop';

export { ALERT_TYPES };

/** An alert finds an injected anomaly of its type, on its subject, dated inside its window. */
export const finds = (a: Alert, t: InjectedAnomaly) =>
  a.type === t.type && a.subject.id === t.subjectId && dayOfIso(a.day) >= t.from && dayOfIso(a.day) <= t.to;

/**
 * Injection rates above a real shop's, so two years hold enough of every kind to score: the
 * evaluation script prints its figures at these rates and the anomaly test's floors sit under them.
 */
export const BOOSTED_RATES = {
  cashierSpikePerDay: 0.012,
  cashSinglePerClose: 0.01,
  shortPatternPerCashierYear: 4,
  shrinkageShare: 0.05,
  salesDropEveryDays: 30,
  oddHoursEveryDays: 20,
};

export interface AnomalyEvaluation {
  bills: number;
  days: number;
  byType: Record<string, PrecisionRecall>;
  seconds: number;
}

/** Makes a shop with injected anomalies and scores every alert rule against the truth. */
export function evaluateAnomalies(options: Partial<SimulationOptions>): AnomalyEvaluation {
  const shop = simulateShop(options);
  const started = performance.now();
  const alerts = detectAnomalies(shop.history, shop.firstDay, shop.lastDay);
  const seconds = (performance.now() - started) / 1000;
  const byType: Record<string, PrecisionRecall> = {};
  for (const type of ALERT_TYPES) {
    byType[type] = precisionRecall(
      alerts.filter((a) => a.type === type),
      shop.truth.filter((t) => t.type === type),
      finds,
    );
  }
  return { bills: shop.history.bills.length, days: shop.lastDay - shop.firstDay + 1, byType, seconds };
}
