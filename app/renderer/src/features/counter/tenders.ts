import type { ParamsIn } from '../../../../core/contract';
import { parseRupees } from '../../../../core/format';

type Tender = ParamsIn<'billing.postInvoice'>['tenders'][number];

/** What the cashier typed in the payment panel (rupees, possibly empty). */
export interface TenderInputs {
  cash: string;
  upi: string;
  card: string;
  credit: string;
}

export const EMPTY_TENDERS: TenderInputs = { cash: '', upi: '', card: '', credit: '' };

export interface TenderPlan {
  tenders: Tender[];
  changePaise: number;
  /** still unpaid (when cash received is short) */
  remainingPaise: number;
  error: string | null;
}

/**
 * Split tenders from the panel: UPI, card and khata pay what they say; cash covers the rest,
 * and cash received above that is change. Nothing typed means exact cash.
 */
export function planTenders(payablePaise: number, inputs: TenderInputs): TenderPlan {
  const amounts = { cash: 0, upi: 0, card: 0, credit: 0 };
  for (const key of Object.keys(amounts) as Array<keyof TenderInputs>) {
    const text = inputs[key].trim();
    if (text === '') continue;
    const v = parseRupees(text);
    if (v === undefined || v < 0) return { tenders: [], changePaise: 0, remainingPaise: payablePaise, error: `“${text}” is not an amount` };
    amounts[key] = v;
  }
  const nonCash = amounts.upi + amounts.card + amounts.credit;
  if (nonCash > payablePaise) return { tenders: [], changePaise: 0, remainingPaise: 0, error: 'UPI, card and khata together are more than the bill' };
  const cashPart = payablePaise - nonCash;
  const received = inputs.cash.trim() === '' ? cashPart : amounts.cash;
  const tenders: Tender[] = [];
  if (amounts.upi > 0) tenders.push({ method: 'upi', amountPaise: amounts.upi });
  if (amounts.card > 0) tenders.push({ method: 'card', amountPaise: amounts.card });
  if (amounts.credit > 0) tenders.push({ method: 'credit', amountPaise: amounts.credit });
  if (cashPart > 0) tenders.push({ method: 'cash', amountPaise: cashPart, tenderedPaise: Math.max(received, cashPart) });
  const remainingPaise = Math.max(0, cashPart - received);
  return {
    tenders,
    changePaise: Math.max(0, received - cashPart),
    remainingPaise,
    error: remainingPaise > 0 ? 'Cash received is less than the cash to pay' : null,
  };
}
