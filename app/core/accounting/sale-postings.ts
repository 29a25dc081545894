import type { PricedBill } from '../billing/types';
import type { Payment } from '../billing/tenders';
import type { SystemAccount } from './chart';
import { balanced, cr, dr, signed, type Balanced } from './posting';
import type { TenderMethod } from '../contract/vocabulary';

const TENDER_ACCOUNT: Record<TenderMethod, SystemAccount> = {
  cash: 'CASH',
  upi: 'UPI_CLEARING',
  card: 'CARD_CLEARING',
  credit: 'DEBTORS',
};

/**
 * The journal of a counter sale: tenders against sales and output tax, round-off, and the
 * perpetual-inventory pair (COGS against stock at cost).
 */
export function postingsForSale(bill: PricedBill, payments: readonly Payment[], customerId: string | null): Balanced {
  const t = bill.totals;
  return balanced([
    ...payments.map((p) => dr(TENDER_ACCOUNT[p.method], p.amountPaise, p.method === 'credit' ? customerId : null)),
    cr('SALES', t.taxable),
    cr('OUTPUT_CGST', t.cgst),
    cr('OUTPUT_SGST', t.sgst),
    cr('OUTPUT_IGST', t.igst),
    cr('OUTPUT_CESS', t.cess),
    // Rounding up is income on the round-off account; rounding down is a debit to it.
    signed('ROUND_OFF', -t.roundOff),
    dr('COGS', t.cost),
    cr('STOCK', t.cost),
  ]);
}
