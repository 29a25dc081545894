import { lineAmount } from '../billing/pricing';
import { formatDate } from '../format/date';
import { fail, failWith, message, type Message } from '../i18n/fail';
import { MILLI } from '../format/qty';
import { taxOn, type Supply } from '../gst';
import { divHalfUp, roundToRupee, sum } from '../money';
import type { PricedPurchase, PricedPurchaseLine, PurchaseLineInput, PurchaseTotals } from './types';

export interface PurchaseShop {
  stateCode: string;
  composition: boolean;
  roundOff: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Everything wrong with one typed line, as one message (or null). */
export function purchaseLineProblem(l: PurchaseLineInput, billDate: string): Message | null {
  const product = l.product.name;
  if (!Number.isSafeInteger(l.qtyMilli) || l.qtyMilli <= 0) return message('purchasing.qtyNotPositive', { product });
  if (!Number.isSafeInteger(l.freeMilli) || l.freeMilli < 0) return message('purchasing.freeNegative', { product });
  if (!l.product.loose && (l.qtyMilli % MILLI !== 0 || l.freeMilli % MILLI !== 0)) return message('purchasing.wholePieces', { product });
  if (!Number.isSafeInteger(l.unitCostPaise) || l.unitCostPaise < 0) return message('purchasing.costNegative', { product });
  if (!Number.isSafeInteger(l.discountPaise) || l.discountPaise < 0 || l.discountPaise > lineAmount(l.qtyMilli, l.unitCostPaise))
    return message('purchasing.discountRange', { product });
  if (l.mrpPaise !== null && (!Number.isSafeInteger(l.mrpPaise) || l.mrpPaise < 0)) return message('purchasing.mrpNegative', { product });
  for (const d of [l.mfgDate, l.expiryDate]) if (d !== null && !ISO.test(d)) return message('purchasing.badDate', { product });
  if (l.mfgDate && l.expiryDate && l.expiryDate < l.mfgDate)
    return message('purchasing.expiryBeforeMfg', { product, expiry: formatDate(l.expiryDate), mfg: formatDate(l.mfgDate) });
  if (l.mfgDate && l.mfgDate > billDate) return message('purchasing.mfgAfterBill', { product, mfg: formatDate(l.mfgDate), bill: formatDate(billDate) });
  if (l.expiryDate && l.expiryDate < billDate) return message('purchasing.expiredOnArrival', { product, expiry: formatDate(l.expiryDate) });
  return null;
}

/**
 * Prices a supplier's bill: prices are before tax (exclusive), tax per line and head by the
 * supplier's state, round-off to the rupee when the shop rounds. Free goods add stock at no cost,
 * which lowers the lot's cost per unit.
 */
export function pricePurchase(inputs: readonly PurchaseLineInput[], supplierState: string, shop: PurchaseShop, billDate: string): PricedPurchase {
  if (inputs.length === 0) fail('INVALID_INPUT', 'purchasing.emptyBill');
  inputs.forEach((l, i) => {
    const problem = purchaseLineProblem(l, billDate);
    if (problem) failWith('INVALID_INPUT', problem, { line: i + 1, productId: l.product.id });
  });
  const supply: Supply = supplierState === shop.stateCode ? 'intra' : 'inter';
  const lines: PricedPurchaseLine[] = inputs.map((input, i) => {
    const amount = lineAmount(input.qtyMilli, input.unitCostPaise);
    const tax = taxOn(amount - input.discountPaise, { gstBp: input.product.gstRateBp, cessBp: input.product.cessRateBp }, supply);
    const stockValuePaise = shop.composition ? tax.total : tax.taxable;
    return { lineNo: i + 1, input, amount, ...tax, stockValuePaise, lotUnitCostPaise: divHalfUp(stockValuePaise * MILLI, input.qtyMilli + input.freeMilli) };
  });
  return { supply, lines, totals: purchaseTotals(lines, shop) };
}

/** Totals of priced lines; shared by bills and returns. */
export function purchaseTotals(
  lines: ReadonlyArray<Pick<PricedPurchaseLine, 'taxable' | 'cgst' | 'sgst' | 'igst' | 'cess' | 'total' | 'stockValuePaise'>>,
  shop: Pick<PurchaseShop, 'composition' | 'roundOff'>,
): PurchaseTotals {
  const total = (pick: (l: (typeof lines)[number]) => number) => sum(lines.map(pick));
  const valuePaise = total((l) => l.total);
  const payable = shop.roundOff ? roundToRupee(valuePaise) : valuePaise;
  const heads = { cgst: total((l) => l.cgst), sgst: total((l) => l.sgst), igst: total((l) => l.igst), cess: total((l) => l.cess) };
  return {
    taxablePaise: total((l) => l.taxable),
    ...heads,
    valuePaise,
    roundOffPaise: payable - valuePaise,
    totalPaise: payable,
    stockPaise: total((l) => l.stockValuePaise),
    itc: shop.composition ? { cgst: 0, sgst: 0, igst: 0, cess: 0 } : heads,
  };
}

/** A purchase document's tax and totals under the names its row and the API give them (all paise). */
export function purchaseTotalsInPaise(t: PurchaseTotals) {
  return {
    taxablePaise: t.taxablePaise,
    cgstPaise: t.cgst,
    sgstPaise: t.sgst,
    igstPaise: t.igst,
    cessPaise: t.cess,
    roundOffPaise: t.roundOffPaise,
    totalPaise: t.totalPaise,
  };
}
