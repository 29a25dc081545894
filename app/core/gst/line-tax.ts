import { divHalfUp, type Paise } from '../money';

/**
 * Tax on one invoice line, by the rules in gst-conventions.md. Rates are basis points
 * (18% = 1800); every head is rounded half-up per line.
 */
export type Supply = 'intra' | 'inter';
export type Pricing = 'inclusive' | 'exclusive';

export interface TaxRates {
  gstBp: number;
  /** ad-valorem compensation cess */
  cessBp: number;
}

export interface LineTax {
  taxable: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
  cess: Paise;
  /** taxable + all heads */
  total: Paise;
}

/** Rule "taxable from gross": inclusive prices carry GST and cess inside them. */
export function taxableOf(gross: Paise, rates: TaxRates, pricing: Pricing): Paise {
  if (pricing === 'exclusive') return gross;
  return divHalfUp(gross * 10000, 10000 + rates.gstBp + rates.cessBp);
}

/** Rule "tax heads per line": CGST = SGST = half-up(taxable × rate/2); IGST = half-up(taxable × rate). */
export function taxOn(taxable: Paise, rates: TaxRates, supply: Supply): LineTax {
  const half = supply === 'intra' ? divHalfUp(taxable * rates.gstBp, 20000) : 0;
  const igst = supply === 'inter' ? divHalfUp(taxable * rates.gstBp, 10000) : 0;
  const cess = divHalfUp(taxable * rates.cessBp, 10000);
  return { taxable, cgst: half, sgst: half, igst, cess, total: taxable + 2 * half + igst + cess };
}

/** A composition shop's bill of supply carries no tax: the whole gross is the value. */
export function untaxed(gross: Paise): LineTax {
  return { taxable: gross, cgst: 0, sgst: 0, igst: 0, cess: 0, total: gross };
}

export function lineTax(gross: Paise, rates: TaxRates, supply: Supply, pricing: Pricing): LineTax {
  return taxOn(taxableOf(gross, rates, pricing), rates, supply);
}
