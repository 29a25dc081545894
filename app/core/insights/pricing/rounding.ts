import type { Paise } from '../../money';

/**
 * Prices that end in a rupee digit the shop likes (0, 5 or 9: ₹45, ₹49, ₹50), the way shelf
 * prices are usually set. Whole rupees only.
 */
export const DEFAULT_ENDINGS: readonly number[] = [0, 5, 9];

const ends = (rupees: number, endings: readonly number[]) => endings.includes(((rupees % 10) + 10) % 10);

export function isNicePrice(paise: Paise, endings: readonly number[] = DEFAULT_ENDINGS): boolean {
  return paise % 100 === 0 && ends(paise / 100, endings);
}

/** The smallest nice price at or above `paise` (paise ≥ 0). */
export function roundUpToEnding(paise: Paise, endings: readonly number[] = DEFAULT_ENDINGS): Paise {
  let rupees = Math.ceil(paise / 100);
  if (endings.length === 0) return rupees * 100;
  while (!ends(rupees, endings)) rupees++;
  return rupees * 100;
}

/** The largest nice price at or below `paise`, never below zero. */
export function roundDownToEnding(paise: Paise, endings: readonly number[] = DEFAULT_ENDINGS): Paise {
  let rupees = Math.floor(paise / 100);
  if (endings.length === 0) return Math.max(0, rupees * 100);
  while (rupees > 0 && !ends(rupees, endings)) rupees--;
  return rupees * 100;
}

/** The nice price closest to `paise` inside [low, high]; ties go up. Null when none fits. */
export function nearestNicePrice(paise: Paise, low: Paise, high: Paise, endings: readonly number[] = DEFAULT_ENDINGS): Paise | null {
  const up = roundUpToEnding(paise, endings);
  const down = roundDownToEnding(paise, endings);
  const candidates = [up, down].filter((p) => p >= low && p <= high && p > 0);
  if (candidates.length === 0) return null;
  return candidates.sort((a, b) => Math.abs(a - paise) - Math.abs(b - paise) || b - a)[0] ?? null;
}
