import { gstinRefusal } from '../gst/gstin';
import { isStateCode } from '../gst/states';
import { message, type Message } from '../i18n/fail';
import { isValidVpa } from '../payments/upi';

export type GstRegistration = 'regular' | 'composition' | 'unregistered';

/** The identity fields as typed; any may be missing while the set-up is half-way. */
export interface IdentityDraft {
  name?: string;
  stateCode?: string;
  phone?: string;
  registration?: GstRegistration;
  gstin?: string | null;
  upiVpa?: string | null;
  upiPayee?: string;
}

/** The PAN inside a GSTIN (its characters 3 to 12), shown so the owner can see it is theirs. */
export function panOfGstin(gstin: string): string {
  return gstin.slice(2, 12);
}

export const normalGstin = (gstin: string | null | undefined): string | null => {
  const g = (gstin ?? '').replace(/\s+/g, '').toUpperCase();
  return g === '' ? null : g;
};

export const normalVpa = (vpa: string | null | undefined): string | null => {
  const v = (vpa ?? '').trim();
  return v === '' ? null : v;
};

/**
 * The first problem with the identity fields given, in the order the set-up asks for them, or
 * undefined. A field not given is not checked; `complete` asks for the ones a shop must have.
 */
export function identityRefusal(d: IdentityDraft, complete: boolean): Message | undefined {
  if (d.name !== undefined || complete) {
    if ((d.name ?? '').trim() === '') return message('shop.nameEmpty');
  }
  if (d.stateCode !== undefined || complete) {
    if (!isStateCode(d.stateCode ?? '')) return message('shop.stateUnknown');
  }
  const phone = (d.phone ?? '').replace(/[\s-]/g, '');
  if (phone !== '' && !/^(\+91|0)?[6-9]\d{9}$|^0\d{9,11}$/.test(phone)) return message('shop.phoneShape', { phone: d.phone ?? '' });
  if (d.registration !== undefined && d.registration !== 'unregistered') {
    const gstin = normalGstin(d.gstin);
    if (gstin === null) {
      if (complete || d.gstin !== undefined) return message('shop.gstinNeeded');
    } else {
      const refusal = gstinRefusal(gstin);
      if (refusal) return refusal;
      if (d.stateCode !== undefined && gstin.slice(0, 2) !== d.stateCode)
        return message('shop.gstinOtherState', { gstin, gstinState: gstin.slice(0, 2), state: d.stateCode });
    }
  }
  const vpa = normalVpa(d.upiVpa);
  if (vpa !== null) {
    if (!isValidVpa(vpa)) return message('shop.vpaShape', { vpa });
    if (d.upiPayee !== undefined && d.upiPayee.trim() === '') return message('shop.payeeEmpty');
  }
  return undefined;
}

/** The owner's name and PIN (4 to 8 digits; one digit repeated or a run like 123456 is refused). */
export function ownerRefusal(owner: { name?: string; pin?: string }, complete: boolean): Message | undefined {
  if (owner.name !== undefined || complete) {
    if ((owner.name ?? '').trim() === '') return message('shop.ownerNameEmpty');
  }
  if (owner.pin !== undefined || complete) {
    const pin = owner.pin ?? '';
    if (!/^\d{4,8}$/.test(pin)) return message('shop.pinShape');
    if (isEasyPin(pin)) return message('shop.pinTooEasy');
  }
  return undefined;
}

function isEasyPin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - (digits[i] ?? 0) + 10) % 10));
  return steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9));
}

/** The name the customer's UPI app shows: the payee name the owner gave, else the shop's name. */
export const payeeNameOf = (shop: { name: string; upiPayee: string }): string => shop.upiPayee.trim() || shop.name;

/** The shop's name as documents print it: the demo shop says DEMO wherever its name appears. */
export const shopTitleOf = (shop: { name: string; demo: boolean }): string => (shop.demo ? `DEMO · ${shop.name}` : shop.name);

/** The heading of a document or report: the shop's title, with its legal name when that differs. */
export const shopHeadingOf = (shop: { name: string; legalName: string; demo: boolean }): string =>
  shop.legalName && shop.legalName !== shop.name ? `${shopTitleOf(shop)} (${shop.legalName})` : shopTitleOf(shop);
