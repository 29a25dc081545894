import { isoFromDay } from './days';
import type { PanelForecast } from './engine';
import { MEAN_28 } from './methods';
import { accuracyOf, emptyTally, naiveScale, tallySeries, type Accuracy, type ErrorTally } from './metrics';
import type { DemandPanel } from './series';

/**
 * How every method and the chosen forecasts did on the holdout (the days from `forecast.origin`
 * on, which no model saw). Each method is scored on its mean forecasts; `chosen` on the points the
 * engine hands out (each product's chosen method, as its median). A method that could not
 * forecast some product is scored there with the 28-day mean, and the count is kept.
 */
export interface HoldoutReport {
  series: number;
  horizon: number;
  holdoutFrom: string;
  seconds: number;
  methods: Record<string, Accuracy>;
  chosen: Accuracy;
  byCategory: Record<string, Record<string, number | null>>;
}

export interface HoldoutDetails {
  /** how many products chose each method */
  chosenBy: Record<string, number>;
  /** the chosen methods' means instead of medians, for comparison */
  chosenMeans: Accuracy;
  /** products a method had no forecast for (scored with the 28-day mean) */
  filledIn: Record<string, number>;
}

export function holdoutReport(
  panel: DemandPanel,
  forecast: PanelForecast,
  horizonDates: number,
  seconds: number,
): { report: HoldoutReport; details: HoldoutDetails } {
  const { origin } = forecast;
  const scales = panel.series.map((s) => naiveScale(s, origin));
  const categories = [...new Set(panel.series.map((s) => s.category))].sort();
  const fallback = forecast.methodMeans.get(MEAN_28);
  const methods: Record<string, Accuracy> = {};
  const filledIn: Record<string, number> = {};
  const byCategory: Record<string, Record<string, number | null>> = Object.fromEntries(categories.map((c) => [c, {}]));

  const score = (name: string, pick: (k: number) => ArrayLike<number> | null): Accuracy => {
    const all = emptyTally();
    const perCategory = new Map<string, ErrorTally>(categories.map((c) => [c, emptyTally()]));
    panel.series.forEach((s, k) => {
      const values = pick(k) ?? new Float64Array(forecast.horizon);
      tallySeries(all, s, origin, values, scales[k] ?? 0);
      const t = perCategory.get(s.category);
      if (t) tallySeries(t, s, origin, values, scales[k] ?? 0);
    });
    for (const [c, t] of perCategory) {
      const entry = byCategory[c];
      if (entry) entry[name] = accuracyOf(t).wape;
    }
    return accuracyOf(all);
  };

  for (const [name, out] of forecast.methodMeans) {
    const missing = out.filter((m) => !m).length;
    if (missing === out.length) continue;
    if (missing > 0) filledIn[name] = missing;
    methods[name] = score(name, (k) => out[k] ?? fallback?.[k] ?? null);
  }
  const chosen = score('chosen', (k) => forecast.series[k]?.point ?? null);
  const chosenMeans = accuracyOf(
    forecast.series.reduce((t, f, k) => {
      const s = panel.series[k];
      if (s) tallySeries(t, s, origin, f.mean, scales[k] ?? 0);
      return t;
    }, emptyTally()),
  );
  const chosenBy: Record<string, number> = {};
  for (const f of forecast.series) chosenBy[f.chosen] = (chosenBy[f.chosen] ?? 0) + 1;
  return {
    report: {
      series: panel.series.length,
      horizon: horizonDates,
      holdoutFrom: isoFromDay(panel.start + origin),
      seconds: Math.round(seconds * 10) / 10,
      methods,
      chosen,
      byCategory,
    },
    details: { chosenBy, chosenMeans, filledIn },
  };
}
