import { AppError } from '../contract/errors';
import { MILLI } from '../format/qty';
import { taxOn, taxableOf, untaxed, type Supply } from '../gst';
import { divHalfUp, roundToRupee, spreadByWeight, sum, type Paise } from '../money';
import type { BillTotals, CartLine, PricedBill, PricedLine } from './types';

export interface PricingShop {
  stateCode: string;
  composition: boolean;
  roundOff: boolean;
}

/** Rule "line amount": qty (milli-units) × unit price, half-up to the paisa. */
export function lineAmount(qtyMilli: number, unitPricePaise: Paise): Paise {
  return divHalfUp(qtyMilli * unitPricePaise, MILLI);
}

function checkLine(line: CartLine, index: number): void {
  const { product, qtyMilli, unitPricePaise, discountPaise } = line;
  const where = { line: index + 1, productId: product.id, name: product.name };
  if (!Number.isSafeInteger(qtyMilli) || qtyMilli <= 0) {
    throw new AppError('INVALID_QUANTITY', `Quantity of ${product.name} must be more than zero`, where);
  }
  if (!product.loose && qtyMilli % MILLI !== 0) {
    throw new AppError('INVALID_QUANTITY', `${product.name} is sold in whole pieces`, where);
  }
  if (!Number.isSafeInteger(unitPricePaise) || unitPricePaise < 0) {
    throw new AppError('INVALID_INPUT', `Price of ${product.name} cannot be negative`, where);
  }
  if (product.mrpPaise !== null && unitPricePaise > product.mrpPaise) {
    throw new AppError('PRICE_ABOVE_MRP', `${product.name}: price ${unitPricePaise / 100} is above MRP ${product.mrpPaise / 100}`, { ...where, mrpPaise: product.mrpPaise, unitPricePaise });
  }
  if (!Number.isSafeInteger(discountPaise) || discountPaise < 0 || discountPaise > lineAmount(qtyMilli, unitPricePaise)) {
    throw new AppError('INVALID_DISCOUNT', `Discount on ${product.name} must be between zero and the line amount`, where);
  }
}

/**
 * Prices a cart: amounts, discounts (line, then the bill discount spread by gross),
 * GST per line by place of supply, invoice value and round-off. Pure; throws AppError on bad input.
 */
export function priceBill(cart: readonly CartLine[], billDiscountPaise: Paise, shop: PricingShop, placeOfSupply: string): PricedBill {
  if (cart.length === 0) throw new AppError('INVALID_INPUT', 'A bill needs at least one line');
  cart.forEach(checkLine);
  const supply: Supply = placeOfSupply === shop.stateCode ? 'intra' : 'inter';
  if (shop.composition && supply === 'inter') {
    throw new AppError('INVALID_INPUT', 'A composition shop cannot make inter-state supplies');
  }
  const amounts = cart.map((l) => lineAmount(l.qtyMilli, l.unitPricePaise));
  const afterLineDiscount = cart.map((l, i) => (amounts[i] ?? 0) - l.discountPaise);
  const grossBeforeBill = sum(afterLineDiscount);
  if (!Number.isSafeInteger(billDiscountPaise) || billDiscountPaise < 0 || billDiscountPaise > grossBeforeBill) {
    throw new AppError('INVALID_DISCOUNT', 'The bill discount must be between zero and the bill amount');
  }
  const billShares = grossBeforeBill > 0 ? spreadByWeight(billDiscountPaise, afterLineDiscount) : cart.map(() => 0);

  const lines: PricedLine[] = cart.map((l, i) => {
    const gross = (afterLineDiscount[i] ?? 0) - (billShares[i] ?? 0);
    const rates = { gstBp: l.product.gstRateBp, cessBp: l.product.cessRateBp };
    const tax = shop.composition ? untaxed(gross) : taxOn(taxableOf(gross, rates, 'inclusive'), rates, supply);
    return {
      lineNo: i + 1,
      product: l.product,
      qtyMilli: l.qtyMilli,
      unitPricePaise: l.unitPricePaise,
      amount: amounts[i] ?? 0,
      discountPaise: l.discountPaise,
      billDiscountPaise: billShares[i] ?? 0,
      costPaise: lineAmount(l.qtyMilli, l.product.costPaise),
      ...tax,
    };
  });

  const total = (pick: (l: PricedLine) => number) => sum(lines.map(pick));
  const value = total((l) => l.total);
  const payable = shop.roundOff ? roundToRupee(value) : value;
  const totals: BillTotals = {
    amount: total((l) => l.amount),
    discount: total((l) => l.discountPaise + l.billDiscountPaise),
    taxable: total((l) => l.taxable),
    cgst: total((l) => l.cgst),
    sgst: total((l) => l.sgst),
    igst: total((l) => l.igst),
    cess: total((l) => l.cess),
    value,
    roundOff: payable - value,
    payable,
    cost: total((l) => l.costPaise),
  };
  return { docType: shop.composition ? 'bill_of_supply' : 'tax_invoice', supply, placeOfSupply, lines, totals };
}
