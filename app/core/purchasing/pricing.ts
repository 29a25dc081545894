import { lineAmount } from '../billing/pricing';
import { AppError } from '../contract/errors';
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
export function purchaseLineProblem(l: PurchaseLineInput, billDate: string): string | null {
  const { product: p } = l;
  if (!Number.isSafeInteger(l.qtyMilli) || l.qtyMilli <= 0) return `Quantity of ${p.name} must be more than zero`;
  if (!Number.isSafeInteger(l.freeMilli) || l.freeMilli < 0) return `Free quantity of ${p.name} cannot be negative`;
  if (!p.loose && (l.qtyMilli % MILLI !== 0 || l.freeMilli % MILLI !== 0)) return `${p.name} comes in whole pieces`;
  if (!Number.isSafeInteger(l.unitCostPaise) || l.unitCostPaise < 0) return `Cost of ${p.name} cannot be negative`;
  if (!Number.isSafeInteger(l.discountPaise) || l.discountPaise < 0 || l.discountPaise > lineAmount(l.qtyMilli, l.unitCostPaise))
    return `Discount on ${p.name} must be between zero and the line amount`;
  if (l.mrpPaise !== null && (!Number.isSafeInteger(l.mrpPaise) || l.mrpPaise < 0)) return `MRP of ${p.name} cannot be negative`;
  for (const [what, d] of [
    ['Manufacture date', l.mfgDate],
    ['Expiry date', l.expiryDate],
  ] as const)
    if (d !== null && !ISO.test(d)) return `${what} of ${p.name} must be YYYY-MM-DD`;
  if (l.mfgDate && l.expiryDate && l.expiryDate < l.mfgDate) return `${p.name}: expiry ${l.expiryDate} is before manufacture ${l.mfgDate}`;
  if (l.mfgDate && l.mfgDate > billDate) return `${p.name}: manufacture date ${l.mfgDate} is after the bill date`;
  if (l.expiryDate && l.expiryDate < billDate) return `${p.name}: the batch expired on ${l.expiryDate}, before it was received`;
  return null;
}

/**
 * Prices a supplier's bill: prices are before tax (exclusive), tax per line and head by the
 * supplier's state, round-off to the rupee when the shop rounds. Free goods add stock at no cost,
 * which lowers the lot's cost per unit.
 */
export function pricePurchase(inputs: readonly PurchaseLineInput[], supplierState: string, shop: PurchaseShop, billDate: string): PricedPurchase {
  if (inputs.length === 0) throw new AppError('INVALID_INPUT', 'A purchase bill needs at least one line');
  inputs.forEach((l, i) => {
    const problem = purchaseLineProblem(l, billDate);
    if (problem) throw new AppError('INVALID_INPUT', problem, { line: i + 1, productId: l.product.id });
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
