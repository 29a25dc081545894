import { formatInr } from '../format/inr';
import { addHeads, minusTax, taxOf, ZERO, type Heads, type TaxOnly } from './heads';
import { isNilLine, type GstSummaryRow } from './return-docs';
import type { ReturnIssue } from './validate';

/**
 * The GSTR-3B summary from the same rows as GSTR-1 (the portal locks 3B's outward figures to
 * GSTR-1): 3.1 outward supplies, 3.2 inter-state supplies to unregistered buyers by place of
 * supply, and 4 ITC from the purchase documents: 4(A)(5) "all other ITC" is the month's purchase
 * bills less the debit notes sent back against them, plus the GST on expense bills. The same
 * figure must be in the books' input GST accounts; a difference (a hand journal into INPUT_*, say)
 * is reported, not silently filed. No document is marked reverse charge (a kirana's inward
 * supplies are from registered distributors), so 3.1(d) and 4(A)(3) stay zero.
 */
export interface Gstr3bInput {
  summary: readonly GstSummaryRow[];
  /** purchase bills and debit notes dated in the month */
  purchases: ReadonlyArray<Heads & { kind: 'bill' | 'return' }>;
  /** GST on the month's expense bills */
  expenseTax: TaxOnly;
  /** Σ debits and Σ credits on INPUT_IGST/CGST/SGST/CESS in the month */
  inputDebits: TaxOnly;
  inputCredits: TaxOnly;
}

const NO_TAX = taxOf(ZERO);
const addTax = (a: TaxOnly, b: TaxOnly): TaxOnly => taxOf(addHeads({ ...a, taxablePaise: 0 }, { ...b, taxablePaise: 0 }));
const sameTax = (a: TaxOnly, b: TaxOnly) =>
  a.igstPaise === b.igstPaise && a.cgstPaise === b.cgstPaise && a.sgstPaise === b.sgstPaise && a.cessPaise === b.cessPaise;

export function itcFromDocuments(input: Pick<Gstr3bInput, 'purchases' | 'expenseTax' | 'inputDebits' | 'inputCredits'>) {
  let bills: Heads = ZERO;
  let debitNotes: Heads = ZERO;
  for (const d of input.purchases) {
    if (d.kind === 'bill') bills = addHeads(bills, d);
    else debitNotes = addHeads(debitNotes, d);
  }
  const available = addTax(minusTax(taxOf(bills), taxOf(debitNotes)), input.expenseTax);
  const books = minusTax(input.inputDebits, input.inputCredits);
  const issues: ReturnIssue[] = [];
  if (!sameTax(available, books)) {
    const d = minusTax(books, available);
    issues.push({
      severity: 'warning',
      code: 'ITC_BOOKS',
      document: null,
      message: `The input GST accounts differ from the purchase bills, debit notes and expense bills by IGST ${formatInr(d.igstPaise)}, CGST ${formatInr(d.cgstPaise)}, SGST ${formatInr(d.sgstPaise)}, cess ${formatInr(d.cessPaise)}: check journals posted to input GST`,
    });
  }
  return {
    itc: {
      available,
      reverseCharge: NO_TAX,
      reversed: NO_TAX,
      net: available,
      documents: {
        bills: taxOf(bills),
        billsTaxablePaise: bills.taxablePaise,
        debitNotes: taxOf(debitNotes),
        debitNotesTaxablePaise: debitNotes.taxablePaise,
        expenses: input.expenseTax,
      },
      books,
    },
    issues,
  };
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
  const { itc, issues } = itcFromDocuments(input);
  return {
    outward: { taxable, zeroRated: ZERO, nilExempt, reverseCharge: ZERO, nonGst: ZERO },
    interStateUnregistered: [...unregisteredInter.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([placeOfSupply, h]) => ({ placeOfSupply, taxablePaise: h.taxablePaise, igstPaise: h.igstPaise })),
    itc,
    payable: minusTax(taxOf(taxable), itc.net),
    issues,
  };
}
