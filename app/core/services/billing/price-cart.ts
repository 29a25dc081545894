import { priceBill } from '../../billing/pricing';
import { LIMITS } from '../../contract/schemas';
import { formatInr } from '../../format/inr';
import { lineWithin } from '../../money';
import type { ServiceCharge } from '../../billing/service-charge';
import type { CartLine, PricedBill } from '../../billing/types';
import type { Params } from '../../contract/index';
import { localDate } from '../../calendar/fy';
import { fail, message } from '../../i18n/fail';
import type { Issue } from '../../inventory/fefo';
import { costedBill, issueLines } from '../../inventory/sale-issue';
import { withRatesOn } from '../../gst/rates';
import { found, requirePermission } from '../guards';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { Customer } from '../customers/ports';
import type { Shop } from '../shop/ports';

export interface PricedCart {
  shop: Shop;
  customer: Customer | null;
  bill: PricedBill;
  /** which lots each line takes, and at what cost (first expiry, first out) */
  issues: Issue[];
}

/**
 * The cart as the shop prices it: catalogue prices unless a manager overrides them, GST by place
 * of supply. Shared by billing.quote (the open bill on screen) and billing.postInvoice.
 * Stock comes from the lots first to expire; a line may never be priced above the MRP printed on
 * the lots it takes, so the catalogue price is brought down to an older lot's lower MRP.
 * `charges` are services billed with the goods (a web order's delivery), never sent by a screen.
 */
export function priceCart(
  deps: ServiceDeps,
  p: Params<'billing.quote'>,
  ctx: CallContext,
  on: string = localDate(deps.clock.now()),
  charges: readonly ServiceCharge[] = [],
): PricedCart {
  const { store } = deps;
  const shop = store.shop.get();
  // GST rates in force on the bill's date by HSN (the rate table), else each product's own rate.
  const products = withRatesOn(store.catalog.saleProducts(p.lines.map((l) => l.productId)), store.gst.rateTable(), on);
  const requested = p.lines.map((l) => {
    const product = products.get(l.productId);
    if (!product) fail('NOT_FOUND', 'notFound.product', {}, { productId: l.productId });
    return { line: l, product };
  });
  const settings = store.stock.settings();
  const lots = store.stock.lotBalances(requested.map((r) => r.product.id));
  const levels = store.stock.levelsOf(requested.map((r) => r.product.id));
  const positions = new Map(
    requested.map(({ product }) => [product.id, { lots: lots.get(product.id) ?? [], ...(levels.get(product.id) ?? { qtyMilli: 0, valuePaise: 0 }) }]),
  );
  const issues = issueLines(
    requested.map(({ line, product }) => ({
      productId: product.id,
      name: product.name,
      qtyMilli: line.qtyMilli,
      fallbackUnitCostPaise: product.costPaise,
      preferBatchId: line.batchId ?? null,
    })),
    positions,
    settings.valuation,
    settings.negativeStock,
  );
  const cart: CartLine[] = requested.map(({ line: l, product: catalogue }, i) => {
    const lotMrp = issues[i]?.mrpPaise ?? null;
    const mrpPaise = lotMrp !== null && (catalogue.mrpPaise === null || lotMrp < catalogue.mrpPaise) ? lotMrp : catalogue.mrpPaise;
    const product = { ...catalogue, mrpPaise };
    const listPrice = mrpPaise !== null ? Math.min(catalogue.pricePaise, mrpPaise) : catalogue.pricePaise;
    const unitPricePaise = l.unitPricePaise ?? listPrice;
    const discountPaise = l.discountPaise ?? 0;
    if ((l.unitPricePaise !== undefined && l.unitPricePaise !== listPrice && l.unitPricePaise !== catalogue.pricePaise) || discountPaise > 0) {
      requirePermission(ctx, 'price.override', message('billing.needsManagerForPrice', { product: product.name }));
    }
    return { product, qtyMilli: l.qtyMilli, unitPricePaise, discountPaise };
  });
  if (p.billDiscountPaise > 0) requirePermission(ctx, 'price.override', message('billing.needsManagerForBillDiscount'));
  // Both change the tax on the bill: GST on top of the price, or IGST instead of CGST + SGST.
  if (p.pricing === 'exclusive') requirePermission(ctx, 'tax.override', message('billing.needsManagerForPricing'));
  if (p.placeOfSupply !== undefined && p.placeOfSupply !== shop.stateCode) {
    requirePermission(ctx, 'tax.override', message('billing.needsManagerForPlaceOfSupply', { state: p.placeOfSupply }));
  }
  // A bill is at most LIMITS.amountPaise (₹10 crore): said before any sum could leave the exact range.
  const tooLarge = () => fail('INVALID_INPUT', 'billing.billTooLarge', { max: formatInr(LIMITS.amountPaise) });
  if (!cart.every((l) => lineWithin(l.qtyMilli, l.unitPricePaise, LIMITS.amountPaise))) tooLarge();
  const customer = p.customerId ? found(store.customers.get(p.customerId), 'Customer') : null;
  const bill = costedBill(priceBill(cart, p.billDiscountPaise, shop, p.placeOfSupply ?? shop.stateCode, p.pricing, charges), issues);
  if (Math.abs(bill.totals.payable) > LIMITS.amountPaise) tooLarge();
  return { shop, customer, bill, issues };
}
