import { AppError } from '../contract/errors';

/** Invoice numbers: letters, digits, '-' and '/', at most 16 characters (CGST rule 46(b)). */
export const DOC_NUMBER_MAX = 16;
const ALLOWED = /^[A-Za-z0-9/-]+$/;

export function isValidDocNumber(n: string): boolean {
  return n.length > 0 && n.length <= DOC_NUMBER_MAX && ALLOWED.test(n);
}

/**
 * "<series>/<fy>/<seq>", e.g. C1/2526/00042 — the device's series, the financial year (so the
 * number is unique within the year) and a sequence padded to five digits (wider when it grows).
 */
export function formatDocNumber(series: string, fyShort: string, seq: number): string {
  const n = `${series}/${fyShort}/${String(seq).padStart(5, '0')}`;
  if (!isValidDocNumber(n)) throw new AppError('INVALID_INPUT', `Document number ${n} is not valid (≤ ${DOC_NUMBER_MAX} characters of A-Z, 0-9, '-', '/')`);
  return n;
}

/** Series codes are short so that the whole number fits 16 characters. */
export function isValidSeriesCode(code: string): boolean {
  return /^[A-Z0-9]{1,5}$/.test(code);
}
