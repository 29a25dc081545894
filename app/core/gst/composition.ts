import { divHalfUp, type Paise } from '../money';
import type { GstSummaryRow } from './return-docs';

/**
 * A composition trader's tax (CMP-08, quarterly): 1% of the turnover of goods, half CGST and half
 * SGST, each rounded half-up; the turnover is the bills of supply net of their credit notes.
 */
export const COMPOSITION_RATE_BP = 100;

export function compositionTax(summary: readonly GstSummaryRow[]) {
  let turnoverPaise: Paise = 0;
  for (const r of summary) if (r.docType === 'bill_of_supply') turnoverPaise += (r.doc === 'invoice' ? 1 : -1) * r.taxablePaise;
  const half = divHalfUp(turnoverPaise * (COMPOSITION_RATE_BP / 2), 10000);
  return { turnoverPaise, cgstPaise: half, sgstPaise: half };
}
