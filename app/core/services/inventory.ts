import type { AreaHandlers } from './handler';

export const inventoryHandlers = {
  'inventory.movesFor': (deps, p) => deps.store.stock.movesFor(p.refId),
  'inventory.onHand': (deps, p) => deps.store.stock.onHand(p.productIds),
} satisfies AreaHandlers<'inventory'>;
