import { addHeads, minusTax, taxOf, ZERO, type Heads, type TaxOnly } from './heads';
import { isNilLine, type GstSummaryRow } from './return-docs';

/**
 * The GSTR-3B summary from the same rows as GSTR-1 (the portal locks 3B's outward figures to
 * GSTR-1), with input tax credit from the books' input GST accounts: 3.1 outward supplies, 3.2
 * inter-state supplies to unregistered buyers by place of supply, 4 ITC. Inward supplies under
 * reverse charge and ITC by purchase document come with the purchasing merge.
 */
export interface Gstr3bInput {
  summary: readonly GstSummaryRow[];
  /** Σ debits and Σ credits on INPUT_IGST/CGST/SGST/CESS in the month */
  inputDebits: TaxOnly;
  inputCredits: TaxOnly;
}

export function buildGstr3b(input: Gstr3bInput) {
  let taxable: Heads = ZERO;
  let nilExempt: Heads = ZERO;
  const unregisteredInter = new Map<string, Heads>();
  for (const r of input.summary) {
    if (r.docType !== 'tax_invoice') continue;
    const sign = r.doc === 'invoice' ? 1 : -1;
    if (isNilLine(r)) {
      nilExempt = addHeads(nilExempt, r, sign);
      continue;
    }
    taxable = addHeads(taxable, r, sign);
    if (r.supply === 'inter' && r.class !== 'b2b') unregisteredInter.set(r.pos, addHeads(unregisteredInter.get(r.pos) ?? ZERO, r, sign));
  }
  const net = minusTax(input.inputDebits, input.inputCredits);
  return {
    outward: { taxable, zeroRated: ZERO, nilExempt, reverseCharge: ZERO, nonGst: ZERO },
    interStateUnregistered: [...unregisteredInter.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([placeOfSupply, h]) => ({ placeOfSupply, taxablePaise: h.taxablePaise, igstPaise: h.igstPaise })),
    itc: { available: input.inputDebits, reversed: input.inputCredits, net },
    payable: minusTax(taxOf(taxable), net),
  };
}
