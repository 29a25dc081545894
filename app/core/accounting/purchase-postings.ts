import type { PurchaseTotals } from '../purchasing/types';
import { balanced, cr, dr, signed, type Balanced } from './posting';

/**
 * A purchase bill: the goods at cost into STOCK, input tax the shop may claim, the round-off, and
 * what is owed to the supplier on CREDITORS with the supplier as party. A composition shop cannot
 * claim input tax, so its tax is part of the goods' cost (stockPaise already includes it).
 */
export function postingsForPurchase(t: PurchaseTotals, supplierId: string): Balanced {
  return balanced([
    dr('STOCK', t.stockPaise),
    dr('INPUT_CGST', t.itc.cgst),
    dr('INPUT_SGST', t.itc.sgst),
    dr('INPUT_IGST', t.itc.igst),
    dr('INPUT_CESS', t.itc.cess),
    // Rounding the bill up is an expense on the round-off account; rounding down is income.
    signed('ROUND_OFF', t.roundOffPaise),
    cr('CREDITORS', t.totalPaise, supplierId),
  ]);
}

/** A purchase return (debit note): the supplier owes us back; goods leave STOCK, input tax is reversed. */
export function postingsForPurchaseReturn(t: PurchaseTotals, supplierId: string): Balanced {
  return balanced([
    dr('CREDITORS', t.totalPaise, supplierId),
    signed('ROUND_OFF', -t.roundOffPaise),
    cr('STOCK', t.stockPaise),
    cr('INPUT_CGST', t.itc.cgst),
    cr('INPUT_SGST', t.itc.sgst),
    cr('INPUT_IGST', t.itc.igst),
    cr('INPUT_CESS', t.itc.cess),
  ]);
}
