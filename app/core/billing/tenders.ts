import { AppError } from '../contract/errors';
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
      throw new AppError('TENDER_MISMATCH', `A ${t.method} payment must be more than zero`);
    }
    if (t.tenderedPaise !== undefined && t.method !== 'cash') {
      throw new AppError('TENDER_MISMATCH', 'Only cash is tendered with change');
    }
    if (t.tenderedPaise !== undefined && (!Number.isSafeInteger(t.tenderedPaise) || t.tenderedPaise < t.amountPaise)) {
      throw new AppError('TENDER_MISMATCH', 'Cash handed over is less than the cash part of the bill');
    }
    if (t.method === 'credit' && !hasCustomer) {
      throw new AppError('CUSTOMER_REQUIRED', 'Choose the customer before putting a bill on khata (credit)');
    }
  }
  const paid = sum(tenders.map((t) => t.amountPaise));
  if (paid !== payable) {
    throw new AppError('TENDER_MISMATCH', `Payments add up to ${paid / 100} but the bill is ${payable / 100}`, { paidPaise: paid, payablePaise: payable });
  }
  return tenders.map((t) => {
    const tendered = t.tenderedPaise ?? t.amountPaise;
    return { method: t.method, amountPaise: t.amountPaise, tenderedPaise: tendered, changePaise: tendered - t.amountPaise, reference: t.reference ?? null };
  });
}
