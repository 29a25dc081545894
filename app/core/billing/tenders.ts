import { formatInr } from '../format/inr';
import { fail } from '../i18n/fail';
import type { TenderMethod } from '../contract/vocabulary';
import { sum, type Paise } from '../money';

export interface TenderInput {
  method: TenderMethod;
  /** the part of the bill this tender pays */
  amountPaise: Paise;
  /** cash only: what the customer handed over (change = tendered − amount) */
  tenderedPaise?: Paise | undefined;
  /** UPI reference / card slip number */
  reference?: string | undefined;
}

export interface Payment {
  method: TenderMethod;
  amountPaise: Paise;
  tenderedPaise: Paise;
  changePaise: Paise;
  reference: string | null;
}

/** Checks split tenders against the payable amount and works out the change. */
export function settleTenders(payable: Paise, tenders: readonly TenderInput[], hasCustomer: boolean): Payment[] {
  for (const t of tenders) {
    if (!Number.isSafeInteger(t.amountPaise) || t.amountPaise <= 0) {
      fail('TENDER_MISMATCH', 'billing.paymentNotPositive', {}, { method: t.method });
    }
    if (t.tenderedPaise !== undefined && t.method !== 'cash') {
      fail('TENDER_MISMATCH', 'billing.changeOnlyCash');
    }
    if (t.tenderedPaise !== undefined && (!Number.isSafeInteger(t.tenderedPaise) || t.tenderedPaise < t.amountPaise)) {
      fail('TENDER_MISMATCH', 'billing.cashShort');
    }
    if (t.method === 'credit' && !hasCustomer) {
      fail('CUSTOMER_REQUIRED', 'billing.creditNeedsCustomer');
    }
  }
  const paid = sum(tenders.map((t) => t.amountPaise));
  if (paid !== payable) {
    fail('TENDER_MISMATCH', 'billing.paymentsDiffer', { paid: formatInr(paid), payable: formatInr(payable) }, { paidPaise: paid, payablePaise: payable });
  }
  return tenders.map((t) => {
    const tendered = t.tenderedPaise ?? t.amountPaise;
    return { method: t.method, amountPaise: t.amountPaise, tenderedPaise: tendered, changePaise: tendered - t.amountPaise, reference: t.reference ?? null };
  });
}
