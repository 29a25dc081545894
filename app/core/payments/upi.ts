import type { Paise } from '../money';

/**
 * UPI "pay" links (NPCI UPI Linking Specification 1.6), for the QR on receipts, the customer
 * display and invoices. Only pa and pn are required; am fixes the amount (two decimals) so the
 * customer's app cannot change it; tr is our bill reference. Values are URL-encoded.
 */
export interface UpiPayment {
  /** the shop's VPA, e.g. sharmastore@upi */
  vpa: string;
  payeeName: string;
  /** omit for a static "enter amount" QR */
  amountPaise?: Paise;
  /** transaction note shown in the customer's app */
  note?: string;
  /** our reference (bill number), ≤ 35 characters by the spec */
  ref?: string;
  /** merchant category code: 5411 grocery stores */
  mcc?: string;
}

const VPA = /^[\w.-]{2,256}@[A-Za-z][\w.-]{1,63}$/;

export function isValidVpa(vpa: string): boolean {
  return VPA.test(vpa);
}

/** 24550 → "245.50": integer arithmetic, never a float. */
export function upiAmount(paise: Paise): string {
  if (!Number.isSafeInteger(paise) || paise <= 0) throw new RangeError(`a UPI amount must be positive paise: ${paise}`);
  return `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`;
}

export function upiPayLink(p: UpiPayment): string {
  if (!isValidVpa(p.vpa)) throw new RangeError(`not a UPI id: ${p.vpa}`);
  const fields: Array<[string, string | undefined]> = [
    ['pa', p.vpa],
    ['pn', p.payeeName.slice(0, 50)],
    ['mc', p.mcc],
    ['tr', p.ref?.slice(0, 35)],
    ['tn', p.note?.slice(0, 50)],
    ['am', p.amountPaise === undefined ? undefined : upiAmount(p.amountPaise)],
    ['cu', 'INR'],
  ];
  const query = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `upi://pay?${query}`;
}

/** Reads a upi://pay link back (tests and the QR decoder check the amount with it). */
export function parseUpiLink(link: string): Record<string, string> | undefined {
  const m = /^upi:\/\/pay\?(.*)$/.exec(link);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const part of (m[1] ?? '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1));
  }
  return out;
}
