import { priceBill } from '../billing/pricing';
import type { CartLine, PricedBill } from '../billing/types';
import type { Params } from '../contract';
import { localDate } from '../calendar/fy';
import { AppError } from '../contract/errors';
import { withRatesOn } from '../gst/rates';
import { found, requirePermission } from './guards';
import type { CallContext } from './handler';
import type { Customer, ServiceDeps, Shop } from './ports';

export interface PricedCart {
  shop: Shop;
  customer: Customer | null;
  bill: PricedBill;
}

/**
 * The cart as the shop prices it: catalogue prices unless a manager overrides them, GST by place
 * of supply. Shared by billing.quote (the open bill on screen) and billing.postInvoice.
 */
export function priceCart(deps: ServiceDeps, p: Params<'billing.quote'>, ctx: CallContext): PricedCart {
  const { store } = deps;
  const shop = store.shop.get();
  // GST rates in force today by HSN (the rate table), else each product's own rate.
  const products = withRatesOn(store.catalog.saleProducts(p.lines.map((l) => l.productId)), store.gst.rateTable(), localDate(deps.clock.now()));
  const cart: CartLine[] = p.lines.map((l) => {
    const product = products.get(l.productId);
    if (!product) throw new AppError('NOT_FOUND', `Product ${l.productId} not found`, { productId: l.productId });
    const unitPricePaise = l.unitPricePaise ?? product.pricePaise;
    const discountPaise = l.discountPaise ?? 0;
    if (unitPricePaise !== product.pricePaise || discountPaise > 0) {
      requirePermission(ctx, 'price.override', `Only a manager or the owner can change the price of ${product.name} or give a discount`);
    }
    return { product, qtyMilli: l.qtyMilli, unitPricePaise, discountPaise };
  });
  if (p.billDiscountPaise > 0) requirePermission(ctx, 'price.override', 'Only a manager or the owner can give a bill discount');
  const customer = p.customerId ? found(store.customers.get(p.customerId), 'Customer') : null;
  const bill = priceBill(cart, p.billDiscountPaise, shop, p.placeOfSupply ?? shop.stateCode, p.pricing);
  return { shop, customer, bill };
}
