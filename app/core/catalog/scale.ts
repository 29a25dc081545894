import { message, type Message } from '../i18n/fail';
import { hasValidCheckDigit } from './barcode';

/** A weighing-scale label layout (see contract ScaleLayout): "2F" prefix, PLU, [price verifier], value, check digit. */
export interface ScaleLayoutRule {
  enabled: boolean;
  prefixes: readonly string[];
  pluDigits: number;
  valueDigits: number;
  value: 'weight' | 'price';
}

export interface ScaleReading {
  plu: string;
  /** grams (weight labels) or paise (price labels) */
  value: number;
  kind: 'weight' | 'price';
}

/** Digits between the prefix and the check digit: PLU, then the value (with a verifier digit when one is left over). */
export function scaleLayoutProblem(layout: ScaleLayoutRule): Message | null {
  const rest = 13 - 2 - 1 - layout.pluDigits;
  if (layout.valueDigits !== rest && layout.valueDigits !== rest - 1)
    return message('catalog.scaleValueDigits', { plu: layout.pluDigits, digits: rest, fewer: rest - 1 });
  return null;
}

/**
 * Reads a weighing-scale EAN-13 ("2 F PPPPP VVVVV C", or "2 F PPPPP X VVVV C" with a price
 * verifier): null when the code is not one of this shop's scale labels or its check digit is wrong.
 */
export function parseScaleBarcode(code: string, layout: ScaleLayoutRule): ScaleReading | null {
  if (!layout.enabled || !/^\d{13}$/.test(code) || !layout.prefixes.includes(code.slice(0, 2)) || scaleLayoutProblem(layout) !== null) return null;
  if (!hasValidCheckDigit(code)) return null;
  const plu = code.slice(2, 2 + layout.pluDigits);
  const value = Number(code.slice(12 - layout.valueDigits, 12));
  return { plu: String(Number(plu)), value, kind: layout.value };
}

/** Is `code` in a scale prefix's range? In-store label numbers must never be. */
export function inScaleRange(code: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => code.startsWith(p) || p.startsWith(code));
}
