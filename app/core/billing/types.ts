import type { Unit } from '../format/qty';
import type { LineTax, Supply } from '../gst';
import type { Paise } from '../money';

/** What billing needs to know about a product at the moment of sale (a snapshot). */
export interface SaleProduct {
  id: string;
  name: string;
  nameHi: string | null;
  hsn: string;
  unit: Unit;
  /** sold by weight/volume in milli-units; otherwise whole pieces */
  loose: boolean;
  gstRateBp: number;
  cessRateBp: number;
  /** printed MRP per unit; null for goods without one (loose staples) */
  mrpPaise: Paise | null;
  pricePaise: Paise;
  costPaise: Paise;
}

export interface CartLine {
  product: SaleProduct;
  qtyMilli: number;
  unitPricePaise: Paise;
  discountPaise: Paise;
}

export interface PricedLine extends LineTax {
  lineNo: number;
  product: SaleProduct;
  qtyMilli: number;
  unitPricePaise: Paise;
  /** qty × unit price, before any discount */
  amount: Paise;
  discountPaise: Paise;
  /** this line's share of the bill discount */
  billDiscountPaise: Paise;
  /** cost of the goods sold on this line, for COGS and stock value */
  costPaise: Paise;
}

export type DocType = 'tax_invoice' | 'bill_of_supply';

export interface BillTotals {
  amount: Paise;
  discount: Paise;
  taxable: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
  cess: Paise;
  /** Σ line totals */
  value: Paise;
  roundOff: Paise;
  payable: Paise;
  cost: Paise;
}

export interface PricedBill {
  docType: DocType;
  supply: Supply;
  placeOfSupply: string;
  lines: PricedLine[];
  totals: BillTotals;
}
