import type { Paise } from '../money';

/**
 * HSN digits by turnover (Notification 78/2020-CT, from 01-04-2021): aggregate annual turnover of
 * the previous year up to ₹5 crore needs 4 digits (and may leave HSN off B2C invoices); above it,
 * 6 digits on every invoice. GSTR-1's HSN summary follows the same rule.
 */
export const FIVE_CRORE: Paise = 5_00_00_000 * 100;

export function requiredHsnDigits(aatoPaise: Paise): 4 | 6 {
  return aatoPaise > FIVE_CRORE ? 6 : 4;
}

export function hsnProblem(hsn: string, digits: 4 | 6): string | null {
  if (!/^\d+$/.test(hsn)) return hsn === '' ? 'missing' : 'not digits';
  if (![4, 6, 8].includes(hsn.length)) return `${hsn.length} digits (HSN codes have 4, 6 or 8)`;
  if (hsn.length < digits) return `${hsn.length} digits where ${digits} are needed at this turnover`;
  return null;
}
