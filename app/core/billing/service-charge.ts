import { taxOn, taxableOf, untaxed, type Supply } from '../gst';
import type { Paise } from '../money';
import type { PricedLine, SaleProduct } from './types';

/** A charge for a service the shop supplies with the goods on the bill (the delivery of a web order). */
export interface ServiceCharge {
  /** the service's own row in products (never stocked, never on sale at the counter) */
  id: string;
  name: string;
  nameHi: string;
  /** tax included, as counter prices are */
  amountPaise: Paise;
}

/** The delivery fee's row in products: the bill's lines name a product, and this one is never sold alone. */
export const DELIVERY_CHARGE = { id: 'svc-delivery', name: 'Delivery charge', nameHi: 'डिलीवरी शुल्क' } as const;

/** Whether a product row is a service charge's (the delivery fee): kept out of reports about goods. */
export const isServiceCharge = (productId: string): boolean => productId === DELIVERY_CHARGE.id;

/** Rows about goods only: a ranking or a stock figure has no place for the delivery fee. */
export const goodsOnly = <R extends { productId: string }>(rows: readonly R[]): R[] => rows.filter((r) => !isServiceCharge(r.productId));

/**
 * The principal supply of a composite supply (CGST Act s.2(90)): the goods line carrying the
 * largest taxable value; of equal ones, the higher rate, then the first line.
 */
export function principalLine(lines: readonly PricedLine[]): PricedLine | undefined {
  let best: PricedLine | undefined;
  for (const l of lines) {
    if (!best || l.taxable > best.taxable || (l.taxable === best.taxable && l.product.gstRateBp > best.product.gstRateBp)) best = l;
  }
  return best;
}

/**
 * A charge as a bill line. Delivery by the seller with the goods is a composite supply whose
 * principal supply is the goods (s.2(30), s.8(a)): the charge is taxed at the principal line's
 * GST and cess rates and filed under its HSN, with the tax inside the amount like a counter price.
 * One unit (quantity 1, UQC NOS); no cost, no stock.
 */
export function chargeLine(charge: ServiceCharge, principal: PricedLine, lineNo: number, supply: Supply, composition: boolean): PricedLine {
  const rates = { gstBp: principal.product.gstRateBp, cessBp: principal.product.cessRateBp };
  const product: SaleProduct = {
    id: charge.id,
    name: charge.name,
    nameHi: charge.nameHi,
    hsn: principal.product.hsn,
    unit: 'pcs',
    loose: false,
    gstRateBp: rates.gstBp,
    cessRateBp: rates.cessBp,
    mrpPaise: null,
    pricePaise: charge.amountPaise,
    costPaise: 0,
  };
  const tax = composition ? untaxed(charge.amountPaise) : taxOn(taxableOf(charge.amountPaise, rates, 'inclusive'), rates, supply);
  return {
    lineNo,
    product,
    qtyMilli: 1000,
    unitPricePaise: charge.amountPaise,
    amount: charge.amountPaise,
    discountPaise: 0,
    billDiscountPaise: 0,
    costPaise: 0,
    ...tax,
  };
}
