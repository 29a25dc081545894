import type { LineTax, Supply } from '../gst';
import type { Paise } from '../money';

/** What purchasing needs of a product. */
export interface PurchaseProduct {
  id: string;
  name: string;
  loose: boolean;
  gstRateBp: number;
  cessRateBp: number;
}

/** One line of a supplier's bill as typed at goods receipt. Costs are before tax, per base unit. */
export interface PurchaseLineInput {
  product: PurchaseProduct;
  qtyMilli: number;
  /** free goods that came with the line: stock rises, the bill does not */
  freeMilli: number;
  unitCostPaise: Paise;
  discountPaise: Paise;
  batchNo: string;
  mfgDate: string | null;
  expiryDate: string | null;
  mrpPaise: Paise | null;
}

export interface PricedPurchaseLine extends LineTax {
  lineNo: number;
  input: PurchaseLineInput;
  /** qty × unit cost, before the discount */
  amount: Paise;
  /** what the goods add to stock: the taxable value, plus the tax when the shop cannot claim it */
  stockValuePaise: Paise;
  /** stock value per base unit over paid and free goods */
  lotUnitCostPaise: Paise;
}

export interface PurchaseTotals {
  taxablePaise: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
  cess: Paise;
  valuePaise: Paise;
  roundOffPaise: Paise;
  totalPaise: Paise;
  /** Σ stock values: what the STOCK account gains (or loses on a return) */
  stockPaise: Paise;
  /** input tax credit the shop may claim (zero for a composition shop) */
  itc: { cgst: Paise; sgst: Paise; igst: Paise; cess: Paise };
}

export interface PricedPurchase {
  supply: Supply;
  lines: PricedPurchaseLine[];
  totals: PurchaseTotals;
}
