import { narrationFor } from '../../../app/core/accounting/narration';
import type { Lang } from '../../../app/core/contract/vocabulary';

/** The document behind an entry, by its ref: bills, credit notes and vouchers have numbers. */
export const DOCUMENT = `
  CASE e.ref_type WHEN 'invoice' THEN 'invoice' WHEN 'credit_note' THEN 'credit_note' WHEN 'voucher' THEN 'voucher' WHEN 'opening' THEN 'opening' ELSE 'other' END AS docType,
  e.ref_id AS docId,
  CASE e.ref_type WHEN 'invoice' THEN (SELECT number FROM invoices WHERE id = e.ref_id)
    WHEN 'credit_note' THEN (SELECT number FROM credit_notes WHERE id = e.ref_id)
    WHEN 'voucher' THEN (SELECT number FROM vouchers WHERE id = e.ref_id) END AS docNumber`;

export interface DocRow {
  docType: 'invoice' | 'credit_note' | 'voucher' | 'opening' | 'other';
  docId: string;
  docNumber: string | null;
}
export const documentOf = (r: DocRow) => ({ type: r.docType, id: r.docId, number: r.docNumber });

export const NARRATION = 'e.narration, e.narration_key AS narrationKey, e.narration_params AS narrationParams';

/** The stored narration and, for the books' own, its words. */
export interface NarrationRow {
  narration: string;
  narrationKey: string | null;
  narrationParams: string | null;
}
export const said = (r: NarrationRow, lang: Lang = 'en') => narrationFor(r.narration, r.narrationKey, r.narrationParams, lang);
