import { message, type Message } from '../i18n/fail';
import { isStateCode } from './states';

const CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The GSTIN check character: base-36 Luhn-style over the first 14 characters. */
export function gstinCheckChar(first14: string): string {
  let total = 0;
  for (let i = 0; i < 14; i++) {
    const v = CHARSET.indexOf(first14.charAt(i));
    if (v < 0) return '';
    const product = v * (i % 2 === 0 ? 1 : 2);
    total += Math.floor(product / 36) + (product % 36);
  }
  return CHARSET.charAt((36 - (total % 36)) % 36);
}

export type GstinProblem = 'format' | 'state' | 'checksum';

/** Why a GSTIN would be rejected by the portal, or undefined when it is valid. */
export function gstinProblem(gstin: string): GstinProblem | undefined {
  if (!/^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(gstin)) return 'format';
  if (!isStateCode(gstin.slice(0, 2))) return 'state';
  if (gstinCheckChar(gstin.slice(0, 14)) !== gstin.charAt(14)) return 'checksum';
  return undefined;
}

export const isValidGstin = (gstin: string): boolean => gstinProblem(gstin) === undefined;

const REFUSALS = { format: 'gst.gstinFormat', state: 'gst.gstinState', checksum: 'gst.gstinChecksum' } as const;

/** Why a GSTIN is refused, in the shop's words; undefined when it is valid. */
export function gstinRefusal(gstin: string): Message | undefined {
  const problem = gstinProblem(gstin);
  return problem === undefined ? undefined : message(REFUSALS[problem], { gstin });
}
