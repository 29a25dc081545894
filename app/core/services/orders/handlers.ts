import { ORDER_STATUSES } from '../../contract/areas/orders';
import { fail } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';
import { billOrder } from './bill';
import { moveOrder, openOrders, viewOf } from './place';
import { webShopSettings } from './settings';

export const ordersHandlers = {
  'orders.list': (deps, p) => (p.which === 'open' ? openOrders(deps, p.limit) : deps.store.webOrders.list(ORDER_STATUSES, p.limit).map(viewOf)),
  'orders.move': (deps, p) => viewOf(moveOrder(deps, p.id, p.to, p.reason ?? null)),
  'orders.bill': billOrder,
  'orders.printSlip': async (deps, p) => {
    const order = deps.store.webOrders.byId(p.id);
    if (!order) fail('NOT_FOUND', 'orders.notFound');
    const shop = deps.store.shop.get();
    if (shop.printer.kind === 'none') return { status: 'disabled', error: null } as const;
    const slot = webShopSettings(deps).slots.find((s) => s.id === order.slot);
    const slotLabel = slot ? (order.lang === 'hi' ? slot.labelHi || slot.label : slot.label) : null;
    const outcome = await deps.printer.printPackingSlip({ order: viewOf(order), shop, slotLabel });
    return { status: outcome.ok ? 'printed' : 'failed', error: outcome.error } as const;
  },
  'orders.settings': (deps) => webShopSettings(deps),
  'orders.saveSettings': (deps, p) => {
    deps.store.webOrders.saveSettings(JSON.stringify(p), deps.clock.now().toISOString());
    return webShopSettings(deps);
  },
} satisfies AreaHandlers<'orders'>;
