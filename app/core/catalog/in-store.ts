import { fail, message, type Message } from '../i18n/fail';
import { gs1CheckDigit } from './barcode';
import { inScaleRange } from './scale';

/**
 * In-store EAN-13 numbers for goods without a maker's barcode: restricted-circulation prefix 2
 * (never GS1 India's 890), a running number, and a valid check digit. The prefix may not overlap the
 * weighing scale's prefixes, so a label can never be read as a weighed item.
 */
export function inStoreBarcode(prefix: string, n: number): string {
  const digits = 12 - prefix.length;
  if (!/^2\d{1,3}$/.test(prefix)) fail('INVALID_INPUT', 'catalog.inStorePrefix', { prefix });
  if (!Number.isSafeInteger(n) || n < 1 || String(n).length > digits) fail('INVALID_INPUT', 'catalog.inStoreRunOut', { prefix });
  const body = prefix + String(n).padStart(digits, '0');
  return body + gs1CheckDigit(body);
}

/** The running number inside an in-store code of this prefix (undefined for other codes). */
export function inStoreNumber(code: string, prefix: string): number | undefined {
  if (!/^\d{13}$/.test(code) || !code.startsWith(prefix)) return undefined;
  return Number(code.slice(prefix.length, 12));
}

export function labelPrefixProblem(prefix: string, scalePrefixes: readonly string[]): Message | null {
  if (inScaleRange(prefix, scalePrefixes)) return message('catalog.labelPrefixOverlapsScale', { prefix, scale: scalePrefixes.join(', ') });
  return null;
}
