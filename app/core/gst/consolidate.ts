import { fail } from '../i18n/fail';
import { sum, type Paise } from '../money';
import { addHeads, ZERO, type Heads } from './heads';
import type { ReturnInvoice } from './return-docs';

/**
 * The consolidated tax invoice for the day (CGST s.31(3)(b), rule 46 proviso): bills under ₹200 to
 * buyers who are not registered and did not ask for an invoice may be given a slip, and one tax
 * invoice at the end of the day covers them all, by HSN and rate.
 */
export const SMALL_BILL_LIMIT: Paise = 200 * 100;

/** Whether a bill may be given a slip instead of a tax invoice. */
export function isSmallB2cBill(b: { payablePaise: Paise; hasCustomer: boolean; supply: 'intra' | 'inter'; docType: string }): boolean {
  return !b.hasCustomer && b.supply === 'intra' && b.docType === 'tax_invoice' && b.payablePaise < SMALL_BILL_LIMIT;
}

export function consolidate(slips: readonly ReturnInvoice[]) {
  const live = slips.filter((s) => s.status === 'posted');
  if (live.length === 0) fail('INVALID_INPUT', 'gst.noSlips');
  const rows = new Map<string, Heads & { hsn: string; gstRateBp: number; cessRateBp: number; qtyMilli: number }>();
  for (const s of live) {
    for (const l of s.lines) {
      const key = `${l.hsn}|${l.gstRateBp}|${l.cessRateBp}`;
      const r = rows.get(key) ?? { hsn: l.hsn, gstRateBp: l.gstRateBp, cessRateBp: l.cessRateBp, qtyMilli: 0, ...ZERO };
      rows.set(key, { ...r, ...addHeads(r, l), qtyMilli: r.qtyMilli + l.qtyMilli });
    }
  }
  const list = [...rows.values()].sort((a, b) => a.hsn.localeCompare(b.hsn) || a.gstRateBp - b.gstRateBp || a.cessRateBp - b.cessRateBp);
  const totals = list.reduce<Heads>((h, r) => addHeads(h, r), ZERO);
  return { bills: live.length, invoiceIds: live.map((s) => s.id), rows: list, totals: { ...totals, valuePaise: sum(live.map((s) => s.valuePaise)) } };
}
