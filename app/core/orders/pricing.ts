import type { OrderIn, OrderLine, WebShopSettings } from '../contract/areas/orders';
import { formatInr } from '../format';
import { fail } from '../i18n/fail';

/** What the counter knows of a product when an order is priced: its own price, MRP and what is free to sell. */
export interface OrderProduct {
  id: string;
  name: string;
  nameHi: string | null;
  pricePaise: number;
  mrpPaise: number | null;
  /** on hand less what accepted orders hold, in milli-units */
  availableMilli: number;
}

export interface PricedOrder {
  lines: OrderLine[];
  itemsPaise: number;
  feePaise: number;
  totalPaise: number;
}

/** The fee a delivery pays: nothing for pickup, nothing above the free-delivery amount. */
export function deliveryFee(settings: WebShopSettings, fulfilment: OrderIn['fulfilment'], itemsPaise: number): number {
  if (fulfilment === 'pickup') return 0;
  if (settings.freeDeliveryFromPaise !== null && itemsPaise >= settings.freeDeliveryFromPaise) return 0;
  return settings.deliveryFeePaise;
}

/**
 * Prices an order at the counter's prices. A line whose price the customer saw differs from the
 * counter's is refused (the page reloads the catalog and shows the new price), as is one above
 * the stock free to sell; a price is never above MRP. Nothing the client says about money is used.
 */
export function priceOrder(order: OrderIn, products: ReadonlyMap<string, OrderProduct>, settings: WebShopSettings): PricedOrder {
  if (!settings.enabled) fail('INVALID_INPUT', 'orders.closed');
  if (order.fulfilment === 'delivery' && !settings.delivery) fail('INVALID_INPUT', 'orders.noDelivery');
  if (order.fulfilment === 'pickup' && !settings.pickup) fail('INVALID_INPUT', 'orders.noPickup');
  if (order.payment === 'cod' && !settings.cashOnDelivery) fail('INVALID_INPUT', 'orders.noCod');
  if (order.fulfilment === 'delivery') {
    if (order.address.length < 8) fail('INVALID_INPUT', 'orders.addressShort');
    if (settings.slots.length > 0 && !settings.slots.some((s) => s.id === order.slot)) fail('INVALID_INPUT', 'orders.slotUnknown');
  }
  const seen = new Set<string>();
  const lines: OrderLine[] = [];
  for (const line of order.lines) {
    if (seen.has(line.productId)) fail('INVALID_INPUT', 'orders.lineTwice');
    seen.add(line.productId);
    const p = products.get(line.productId);
    if (!p) fail('NOT_FOUND', 'orders.productGone');
    const price = p.mrpPaise !== null ? Math.min(p.pricePaise, p.mrpPaise) : p.pricePaise;
    if (line.pricePaise !== price) fail('INVALID_INPUT', 'orders.priceChanged', { product: p.name, price: formatInr(price) });
    if (line.qty * 1000 > p.availableMilli)
      fail('INSUFFICIENT_STOCK', 'orders.aboveStock', { product: p.name, available: Math.max(0, Math.floor(p.availableMilli / 1000)) });
    lines.push({ productId: p.id, name: p.name, nameHi: p.nameHi, qty: line.qty, pricePaise: price, mrpPaise: p.mrpPaise, amountPaise: price * line.qty });
  }
  const itemsPaise = lines.reduce((sum, l) => sum + l.amountPaise, 0);
  if (itemsPaise < settings.minOrderPaise) fail('INVALID_INPUT', 'orders.belowMinimum', { minimum: formatInr(settings.minOrderPaise) });
  const feePaise = deliveryFee(settings, order.fulfilment, itemsPaise);
  return { lines, itemsPaise, feePaise, totalPaise: itemsPaise + feePaise };
}
