import type { Paise } from '../money';

/**
 * Which GSTR-1 table a bill belongs to: to a GSTIN → b2b; inter-state to an unregistered buyer
 * with an invoice value over ₹1,00,000 → b2cl (Notification 12/2024-CT, from 01-08-2024); the rest
 * → b2cs. A credit note follows its bill (cdnr, cdnur, or netted in b2cs).
 */
export const B2CL_THRESHOLD: Paise = 1_00_000 * 100;
export type InvoiceClass = 'b2b' | 'b2cl' | 'b2cs';

export function invoiceClassOf(inv: { customerGstin: string | null; supply: 'intra' | 'inter'; valuePaise: Paise }): InvoiceClass {
  if (inv.customerGstin) return 'b2b';
  return inv.supply === 'inter' && inv.valuePaise > B2CL_THRESHOLD ? 'b2cl' : 'b2cs';
}
