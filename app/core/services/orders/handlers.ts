import { ORDER_STATUSES } from '../../contract/areas/orders';
import type { AreaHandlers } from '../handler';
import { billOrder } from './bill';
import { moveOrder, openOrders, viewOf } from './place';
import { webShopSettings } from './settings';

export const ordersHandlers = {
  'orders.list': (deps, p) => (p.which === 'open' ? openOrders(deps, p.limit) : deps.store.webOrders.list(ORDER_STATUSES, p.limit).map(viewOf)),
  'orders.move': (deps, p) => viewOf(moveOrder(deps, p.id, p.to, p.reason ?? null)),
  'orders.bill': billOrder,
  'orders.settings': (deps) => webShopSettings(deps),
  'orders.saveSettings': (deps, p) => {
    deps.store.webOrders.saveSettings(JSON.stringify(p), deps.clock.now().toISOString());
    return webShopSettings(deps);
  },
} satisfies AreaHandlers<'orders'>;
