import type { OrderIn, OrderStatus, OrderView } from '../../contract/areas/orders';
import { fail } from '../../i18n/fail';
import { priceOrder } from '../../orders/pricing';
import { addressKey, canMove } from '../../orders/status';
import type { ServiceDeps } from '../ports';
import { orderProducts, webShopSettings } from './settings';
import type { StoredOrder } from './ports';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'ids' | 'secrets'>;

export const ORDER_LIMITS = { perPhonePerHour: 5, perAddressPerHour: 10 } as const;

export const viewOf = (o: StoredOrder): OrderView => ({
  id: o.id,
  number: o.number,
  status: o.status,
  reason: o.reason,
  name: o.name,
  phone: o.phone,
  fulfilment: o.fulfilment,
  address: o.address,
  slot: o.slot,
  slotLabel: o.slotLabel,
  slotLabelHi: o.slotLabelHi,
  payment: o.payment,
  lines: o.lines,
  itemsPaise: o.itemsPaise,
  feePaise: o.feePaise,
  totalPaise: o.totalPaise,
  billNumber: o.billNumber,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
  version: o.version,
});

/** What makes two posts the same order: a replay with other items under one key is refused. */
const requestOf = (o: OrderIn) =>
  JSON.stringify([o.name, o.phone, o.fulfilment, o.address, o.slot, o.payment, o.lines.map((l) => [l.productId, l.qty, l.pricePaise])]);

/**
 * Puts a customer's order in the inbox: one transaction checks the phone's OTP token, the key,
 * the rate limits and the stock, and prices it at the counter's prices. A replay of the same key
 * answers the order already placed. An order the cloud relay took (`relayId`) had its phone
 * verified there, and comes to the counter over the shop's signed channel.
 */
export function placeOrder(deps: Deps, input: OrderIn, relayId: string | null = null): { order: StoredOrder; replay: boolean } {
  const repo = deps.store.webOrders;
  const requestHash = deps.secrets.hashToken(requestOf(input));
  // The key is the customer's secret: its hash finds a replay and opens the order's page.
  const keyHash = deps.secrets.hashToken(input.idempotencyKey);
  return deps.store.transaction(() => {
    const before = repo.byKey(keyHash);
    if (before) {
      if (before.requestHash !== requestHash) fail('DUPLICATE', 'orders.keyReused');
      return { order: before, replay: true };
    }
    const now = deps.clock.now();
    const at = now.toISOString();
    const otp = repo.otp(input.phone);
    if (relayId === null && (!otp || otp.tokenHash !== deps.secrets.hashToken(input.phoneToken) || (otp.tokenExpiresAt ?? '') <= at))
      fail('UNAUTHENTICATED', 'orders.phoneUnverified');
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    const place = addressKey(input.address);
    if (repo.countSince('phone', input.phone, hourAgo) >= ORDER_LIMITS.perPhonePerHour) fail('RATE_LIMITED', 'orders.tooManyOrders');
    if (input.fulfilment === 'delivery' && repo.countSince('address', place, hourAgo) >= ORDER_LIMITS.perAddressPerHour)
      fail('RATE_LIMITED', 'orders.tooManyOrders');
    const settings = webShopSettings(deps);
    const priced = priceOrder(
      input,
      orderProducts(
        deps,
        input.lines.map((l) => l.productId),
      ),
      settings,
    );
    const slot = input.fulfilment === 'delivery' ? settings.slots.find((s) => s.id === input.slot) : undefined;
    const order: StoredOrder = {
      id: deps.ids.newId('word'),
      number: repo.nextNumber(),
      idempotencyKey: keyHash,
      requestHash,
      viewKeyHash: keyHash,
      name: input.name,
      phone: input.phone,
      fulfilment: input.fulfilment,
      address: input.fulfilment === 'delivery' ? input.address : '',
      addressKey: input.fulfilment === 'delivery' ? place : '',
      slot: input.fulfilment === 'delivery' ? input.slot : '',
      slotLabel: slot?.label ?? '',
      slotLabelHi: slot?.labelHi ?? '',
      payment: input.payment,
      lang: input.lang,
      ...priced,
      status: 'placed',
      reason: null,
      billNumber: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
      relayId,
    };
    repo.add(order);
    return { order, replay: false };
  });
}

/** The counter moves an order on; accepting holds its stock (re-checked), cancelling lets it go. */
export function moveOrder(deps: Deps, id: string, to: OrderStatus, reason: string | null, billNumber?: string | null): StoredOrder {
  const repo = deps.store.webOrders;
  return deps.store.transaction(() => {
    const order = repo.byId(id);
    if (!order) fail('NOT_FOUND', 'orders.notFound');
    if (!canMove(order.status, to)) fail('INVALID_INPUT', 'orders.cannotMove', { number: order.number, status: order.status, next: to });
    if (to === 'cancelled' && !reason?.trim()) fail('INVALID_INPUT', 'orders.reasonNeeded');
    if (to === 'accepted') {
      const products = orderProducts(
        deps,
        order.lines.map((l) => l.productId),
      );
      for (const l of order.lines) {
        const p = products.get(l.productId);
        const available = p?.availableMilli ?? 0;
        if (l.qty * 1000 > available)
          fail('INSUFFICIENT_STOCK', 'orders.aboveStock', { product: l.name, available: Math.max(0, Math.floor(available / 1000)) });
      }
    }
    repo.move(id, to, to === 'cancelled' ? (reason?.trim() ?? null) : order.reason, deps.clock.now().toISOString(), billNumber);
    const moved = repo.byId(id);
    if (!moved) fail('NOT_FOUND', 'orders.notFound');
    return moved;
  });
}

/** Orders the counter still has to act on, newest first. */
export const openOrders = (deps: Pick<ServiceDeps, 'store'>, limit = 200) =>
  deps.store.webOrders.list(['placed', 'accepted', 'packed', 'out', 'ready'], limit).map(viewOf);
