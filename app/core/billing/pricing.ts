import { formatInr } from '../format/inr';
import { MILLI } from '../format/qty';
import { taxOn, taxableOf, untaxed, type Pricing, type Supply } from '../gst';
import { fail } from '../i18n/fail';
import { divHalfUp, roundToRupee, spreadByWeight, sum, type Paise } from '../money';
import { chargeLine, principalLine, type ServiceCharge } from './service-charge';
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

/** The price a buyer pays for one unit, tax included: what MRP caps (an exclusive price has tax added on top). */
function unitPriceWithTax(line: CartLine, pricing: Pricing, composition: boolean): Paise {
  if (pricing === 'inclusive' || composition) return line.unitPricePaise;
  return taxOn(line.unitPricePaise, { gstBp: line.product.gstRateBp, cessBp: line.product.cessRateBp }, 'intra').total;
}

function checkLine(line: CartLine, index: number, pricing: Pricing, composition: boolean): void {
  const { product, qtyMilli, unitPricePaise, discountPaise } = line;
  const where = { line: index + 1, productId: product.id, name: product.name };
  if (!Number.isSafeInteger(qtyMilli) || qtyMilli <= 0) {
    fail('INVALID_QUANTITY', 'billing.qtyNotPositive', { product: product.name }, where);
  }
  if (!product.loose && qtyMilli % MILLI !== 0) {
    fail('INVALID_QUANTITY', 'billing.wholePieces', { product: product.name }, where);
  }
  if (!Number.isSafeInteger(unitPricePaise) || unitPricePaise < 0) {
    fail('INVALID_INPUT', 'billing.priceNegative', { product: product.name }, where);
  }
  const withTax = unitPriceWithTax(line, pricing, composition);
  if (product.mrpPaise !== null && withTax > product.mrpPaise) {
    fail(
      'PRICE_ABOVE_MRP',
      withTax !== unitPricePaise ? 'billing.priceWithTaxAboveMrp' : 'billing.priceAboveMrp',
      { product: product.name, price: formatInr(withTax), mrp: formatInr(product.mrpPaise) },
      { ...where, mrpPaise: product.mrpPaise, unitPricePaise },
    );
  }
  if (!Number.isSafeInteger(discountPaise) || discountPaise < 0 || discountPaise > lineAmount(qtyMilli, unitPricePaise)) {
    fail('INVALID_DISCOUNT', 'billing.lineDiscountRange', { product: product.name }, where);
  }
}

/**
 * Prices a cart: amounts, discounts (line, then the bill discount spread by gross),
 * GST per line by place of supply, invoice value and round-off. Prices include tax (MRP goods at
 * the counter) unless `pricing` is 'exclusive' (a B2B quote): then tax is added on top.
 * Service charges (a web order's delivery) follow the goods as lines of their own, taxed with the
 * principal supply (service-charge.ts). Pure; refuses bad input with an AppError.
 */
export function priceBill(
  cart: readonly CartLine[],
  billDiscountPaise: Paise,
  shop: PricingShop,
  placeOfSupply: string,
  pricing: Pricing = 'inclusive',
  charges: readonly ServiceCharge[] = [],
): PricedBill {
  if (cart.length === 0) fail('INVALID_INPUT', 'billing.emptyBill');
  cart.forEach((l, i) => checkLine(l, i, pricing, shop.composition));
  const supply: Supply = placeOfSupply === shop.stateCode ? 'intra' : 'inter';
  if (shop.composition && supply === 'inter') {
    fail('INVALID_INPUT', 'billing.compositionInterState');
  }
  const amounts = cart.map((l) => lineAmount(l.qtyMilli, l.unitPricePaise));
  const afterLineDiscount = cart.map((l, i) => (amounts[i] ?? 0) - l.discountPaise);
  const grossBeforeBill = sum(afterLineDiscount);
  if (!Number.isSafeInteger(billDiscountPaise) || billDiscountPaise < 0 || billDiscountPaise > grossBeforeBill) {
    fail('INVALID_DISCOUNT', 'billing.billDiscountRange');
  }
  const billShares = grossBeforeBill > 0 ? spreadByWeight(billDiscountPaise, afterLineDiscount) : cart.map(() => 0);

  const goods: PricedLine[] = cart.map((l, i) => {
    const gross = (afterLineDiscount[i] ?? 0) - (billShares[i] ?? 0);
    const rates = { gstBp: l.product.gstRateBp, cessBp: l.product.cessRateBp };
    const tax = shop.composition ? untaxed(gross) : taxOn(taxableOf(gross, rates, pricing), rates, supply);
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

  const principal = principalLine(goods);
  const lines = principal
    ? [...goods, ...charges.filter((c) => c.amountPaise > 0).map((c, i) => chargeLine(c, principal, goods.length + i + 1, supply, shop.composition))]
    : goods;
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

/** A bill's totals under the names the invoice row and the API give them (all paise); cost stays apart, as only the books see it. */
export function totalsInPaise(t: BillTotals) {
  return {
    amountPaise: t.amount,
    discountPaise: t.discount,
    taxablePaise: t.taxable,
    cgstPaise: t.cgst,
    sgstPaise: t.sgst,
    igstPaise: t.igst,
    cessPaise: t.cess,
    valuePaise: t.value,
    roundOffPaise: t.roundOff,
    payablePaise: t.payable,
  };
}

/** A priced line's money under its API names: what a quote shows of a line, and where an invoice line row starts. */
export function lineMoneyInPaise(l: PricedLine) {
  return {
    lineNo: l.lineNo,
    productId: l.product.id,
    unitPricePaise: l.unitPricePaise,
    mrpPaise: l.product.mrpPaise,
    amountPaise: l.amount,
    discountPaise: l.discountPaise,
    billDiscountPaise: l.billDiscountPaise,
    taxablePaise: l.taxable,
    totalPaise: l.total,
  };
}

/**
 * A priced line under the names the invoice line row and the API give it (all paise); cost stays
 * apart, as only the books see it. One literal (the same keys as lineMoneyInPaise, then the rest):
 * built by spreading that one, each bill's lines cost more than their own inserts (bench/ post-bill).
 */
export function lineInPaise(l: PricedLine) {
  const { product } = l;
  return {
    lineNo: l.lineNo,
    productId: product.id,
    unitPricePaise: l.unitPricePaise,
    mrpPaise: product.mrpPaise,
    amountPaise: l.amount,
    discountPaise: l.discountPaise,
    billDiscountPaise: l.billDiscountPaise,
    taxablePaise: l.taxable,
    totalPaise: l.total,
    name: product.name,
    nameHi: product.nameHi,
    hsn: product.hsn,
    unit: product.unit,
    qtyMilli: l.qtyMilli,
    gstRateBp: product.gstRateBp,
    cessRateBp: product.cessRateBp,
    cgstPaise: l.cgst,
    sgstPaise: l.sgst,
    igstPaise: l.igst,
    cessPaise: l.cess,
  };
}
