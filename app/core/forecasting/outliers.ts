import type { DemandPanel } from './series';

/**
 * Caps freak days in the history before any method sees them: a bulk order of 5,000 kg of rice, or
 * a typo, would otherwise become next month's moving average. A day is capped when it sold more
 * than OUTLIER_FACTOR times the product's 95th-percentile day of the last year (and more than
 * MIN_CAPPED units). Festival peaks are far below that: the busiest Diwali day of sweets is a few
 * times an ordinary one, and the 95th percentile already sits among the busy days.
 */
export const OUTLIER_FACTOR = 10;
const MIN_CAPPED = 20;
const WINDOW = 365;

export function capOutliers(panel: DemandPanel, origin: number): { panel: DemandPanel; capped: number } {
  let capped = 0;
  const series = panel.series.map((s) => {
    const recent: number[] = [];
    for (let i = Math.max(0, origin - WINDOW); i < origin; i += 1) if (s.known[i]) recent.push(s.units[i] ?? 0);
    if (recent.length < 14) return s;
    recent.sort((a, b) => a - b);
    const p95 = recent[Math.floor(0.95 * (recent.length - 1))] ?? 0;
    const cap = Math.max(MIN_CAPPED, OUTLIER_FACTOR * p95);
    let units: Float64Array | null = null;
    for (let i = 0; i < origin; i += 1) {
      if ((s.units[i] ?? 0) > cap) {
        units ??= Float64Array.from(s.units);
        units[i] = cap;
        capped += 1;
      }
    }
    return units ? { ...s, units } : s;
  });
  return { panel: capped > 0 ? { ...panel, series } : panel, capped };
}
