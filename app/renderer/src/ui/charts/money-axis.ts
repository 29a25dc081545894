/**
 * The value axis of a money chart (paise): it starts at ₹0 (or below it for a loss), its top is a
 * round figure a little above the highest value, and its ticks are whole rupees. With nothing to
 * show (all zero) it reads ₹0 … ₹100 rather than the same rounded rupee three times.
 */
const EMPTY_TOP_PAISE = 100_00;

/** Whole-rupee steps (1, 2, 5 × 10ⁿ rupees), the ones the axis may put ticks at. */
export const MONEY_TICK_STEPS: number[] = Array.from({ length: 12 }, (_, power) => [1, 2, 5].map((m) => m * 100 * 10 ** power)).flat();

/** The smallest of 1, 2, 5 × 10ⁿ rupees at or above `paise`. */
function roundUp(paise: number): number {
  return MONEY_TICK_STEPS.find((step) => step >= paise) ?? paise;
}

/** The axis' lowest and highest value for data between `min` and `max`. */
export function moneyAxisRange(min: number | null, max: number | null): [number, number] {
  const low = Math.min(0, min ?? 0);
  const high = Math.max(0, max ?? 0);
  if (low === 0 && high === 0) return [0, EMPTY_TOP_PAISE];
  const top = high > 0 ? roundUp(high * 1.05) : 0;
  const bottom = low < 0 ? -roundUp(-low * 1.05) : 0;
  return [bottom, top];
}

/** True when every value of every series is zero: nothing sold in the period. */
export function allZero(series: ReadonlyArray<{ values: readonly number[] }>): boolean {
  return series.every((s) => s.values.every((v) => v === 0));
}
