import { isValidDocNumber } from '../billing/numbering';
import { financialYearOf } from '../calendar/fy';
import { formatDate } from '../format/date';
import { gstinProblem } from './gstin';
import { hsnProblem } from './hsn-digits';
import { creditNoteDeadline } from './period';
import type { GstSummaryRow, ReturnCreditNote, ReturnInvoice } from './return-docs';
import { isStateCode } from './states';

/**
 * What the GST portal (or its offline tool) would reject in a return, found before filing: the
 * shop's GSTIN, buyers' GSTINs (format, state, checksum), missing or short HSN codes, document
 * numbers over 16 characters or with other characters, a number used twice in a year, places of
 * supply, tax heads that do not fit the supply, credit notes before their bill or after the
 * deadline. Warnings are what the portal takes but an accountant would ask about.
 */
export interface ReturnIssue {
  severity: 'error' | 'warning';
  code: string;
  document: string | null;
  message: string;
}

export interface ValidationInput {
  shop: { gstin: string | null; stateCode: string; composition: boolean; fyStartMonth: number };
  hsnDigits: 4 | 6;
  /** the whole documents read for the return (b2b, b2cl and their credit notes) */
  documents: readonly ReturnInvoice[];
  notes: readonly ReturnCreditNote[];
  summary: readonly GstSummaryRow[];
  /** every number issued in the period, and how many times in its financial year */
  numbers: ReadonlyArray<{ kind: 'Invoice' | 'Credit note'; number: string; fy: string; uses: number }>;
}

const GSTIN_WORDS = {
  format: 'is not in the GSTIN format',
  state: 'starts with a state code that does not exist',
  checksum: 'has a wrong check character (a typing mistake)',
} as const;

export function validateReturn(input: ValidationInput): ReturnIssue[] {
  const issues: ReturnIssue[] = [];
  const add = (severity: ReturnIssue['severity'], code: string, document: string | null, message: string) => issues.push({ severity, code, document, message });
  const { shop } = input;
  if (shop.composition)
    add('error', 'COMPOSITION', null, 'A composition shop does not file GSTR-1 or GSTR-3B: it files CMP-08 each quarter and GSTR-4 each year');
  const shopProblem = shop.gstin ? gstinProblem(shop.gstin) : 'format';
  if (!shop.gstin) add('error', 'SHOP_GSTIN', null, 'The shop has no GSTIN: set it in the shop settings');
  else if (shopProblem) add('error', 'SHOP_GSTIN', null, `The shop's GSTIN ${shop.gstin} ${GSTIN_WORDS[shopProblem]}`);

  for (const n of input.numbers) {
    if (!isValidDocNumber(n.number))
      add(
        'error',
        'DOC_NUMBER',
        n.number,
        `${n.kind} number ${n.number} has ${n.number.length} characters; the portal takes at most 16 letters, digits, '-' and '/'`,
      );
    if (n.uses > 1) add('error', 'DUPLICATE_NUMBER', n.number, `${n.kind} number ${n.number} is used ${n.uses} times in financial year ${n.fy}`);
  }
  const buyer = (gstin: string | null, document: string) => {
    const problem = gstin ? gstinProblem(gstin) : undefined;
    if (gstin && problem) add('error', 'BAD_GSTIN', document, `The buyer's GSTIN ${gstin} ${GSTIN_WORDS[problem]}; correct it in the customer's record`);
  };
  for (const i of input.documents) {
    if (i.status !== 'posted' || i.docType !== 'tax_invoice') continue;
    buyer(i.customerGstin, i.number);
    const computed = i.lines.reduce((s, l) => s + l.taxablePaise + l.cgstPaise + l.sgstPaise + l.igstPaise + l.cessPaise, 0);
    if (Math.abs(i.valuePaise - computed) > 100)
      add('warning', 'VALUE_MISMATCH', i.number, `Invoice value ₹${i.valuePaise / 100} differs from its lines (₹${computed / 100}) by more than the round-off`);
  }
  for (const n of input.notes) {
    if (n.docType !== 'tax_invoice') continue;
    buyer(n.invoice.customerGstin, n.number);
    if (n.date < n.invoice.date)
      add(
        'error',
        'CN_BEFORE_INVOICE',
        n.number,
        `Credit note dated ${formatDate(n.date)} is before its bill ${n.invoice.number} of ${formatDate(n.invoice.date)}`,
      );
    const deadline = creditNoteDeadline(financialYearOf(n.invoice.date, shop.fyStartMonth).to);
    if (n.date > deadline)
      add('error', 'CN_TOO_LATE', n.number, `A credit note for bill ${n.invoice.number} had to be issued by ${formatDate(deadline)} (s.34(2))`);
  }

  // The rest is checked once per summary row: one issue per product and day, not per bill line.
  const once = new Set<string>();
  const addOnce = (key: string, ...args: Parameters<typeof add>) => {
    if (once.has(key)) return;
    once.add(key);
    add(...args);
  };
  for (const r of input.summary) {
    if (r.docType !== 'tax_invoice') continue;
    const problem = hsnProblem(r.hsn, input.hsnDigits);
    if (problem)
      addOnce(
        `hsn|${r.hsn}|${r.name}`,
        'error',
        'HSN',
        null,
        `${r.name}: HSN ${r.hsn || '(none)'} — ${problem}; fix it in the product and the return's HSN summary`,
      );
    if (!isStateCode(r.pos)) addOnce(`pos|${r.pos}`, 'error', 'BAD_POS', null, `Place of supply ${r.pos} is not a state code`);
    else if ((r.pos === shop.stateCode) !== (r.supply === 'intra'))
      addOnce(
        `supply|${r.pos}|${r.supply}`,
        'error',
        'SUPPLY_MISMATCH',
        null,
        `A ${r.supply}-state supply with place of supply ${r.pos} from state ${shop.stateCode}`,
      );
    if ((r.supply === 'intra' && r.igstPaise !== 0) || (r.supply === 'inter' && (r.cgstPaise !== 0 || r.sgstPaise !== 0))) {
      addOnce(
        `heads|${r.date}|${r.name}`,
        'error',
        'TAX_HEADS',
        null,
        `${r.name} on ${formatDate(r.date)}: ${r.supply === 'intra' ? 'IGST on an intra-state supply' : 'CGST/SGST on an inter-state supply'}`,
      );
    }
  }
  return issues;
}
