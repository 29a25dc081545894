import type { Paise } from '../money';

/**
 * Which GSTR-1 table a bill belongs to: to a GSTIN → b2b; inter-state to an unregistered buyer
 * with an invoice value over ₹1,00,000 → b2cl (Notification 12/2024-CT, from 01-08-2024); the rest
 * → b2cs. A credit note follows its bill (cdnr, cdnur, or netted in b2cs).
 *
 * The table is worked out once, when the document is posted, and kept on it with its buyer
 * (`gstSnapshotOf`): returns read the stored table, so editing a customer later moves nothing.
 */
export const B2CL_THRESHOLD: Paise = 1_00_000 * 100;
export const INVOICE_CLASSES = ['b2b', 'b2cl', 'b2cs'] as const;
export type InvoiceClass = (typeof INVOICE_CLASSES)[number];

export function invoiceClassOf(inv: { customerGstin: string | null; supply: 'intra' | 'inter'; valuePaise: Paise }): InvoiceClass {
  if (inv.customerGstin) return 'b2b';
  return inv.supply === 'inter' && inv.valuePaise > B2CL_THRESHOLD ? 'b2cl' : 'b2cs';
}

/** The buyer as a document names them: what the customer file said when it was posted. */
export interface Buyer {
  name: string;
  gstin: string | null;
  stateCode: string | null;
}

export interface GstSnapshot {
  /** null for a walk-in customer */
  buyer: Buyer | null;
  gstClass: InvoiceClass;
}

/** What a bill keeps of its buyer and its GSTR-1 table, fixed at posting. */
export function gstSnapshotOf(
  customer: { name: string; gstin: string | null; stateCode: string | null } | null,
  bill: { supply: 'intra' | 'inter'; payablePaise: Paise },
): GstSnapshot {
  const buyer = customer ? { name: customer.name, gstin: customer.gstin || null, stateCode: customer.stateCode } : null;
  return { buyer, gstClass: invoiceClassOf({ customerGstin: buyer?.gstin ?? null, supply: bill.supply, valuePaise: bill.payablePaise }) };
}
