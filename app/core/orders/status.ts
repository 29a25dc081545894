import type { OrderStatus } from '../contract/areas/orders';

/** Where an order may go next; cancelled, delivered and collected are final. */
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ['accepted', 'cancelled'],
  accepted: ['packed', 'cancelled'],
  packed: ['out', 'ready', 'cancelled'],
  out: ['delivered', 'cancelled'],
  ready: ['collected', 'cancelled'],
  delivered: [],
  collected: [],
  cancelled: [],
};

export const canMove = (from: OrderStatus, to: OrderStatus) => NEXT[from].includes(to);

/** The statuses whose lines hold stock back from the catalog and from other orders. */
export const HOLDS_STOCK: readonly OrderStatus[] = ['accepted', 'packed', 'out', 'ready'];

/** An address as a rate limit counts it: case, spaces and punctuation do not make a new one. */
export const addressKey = (address: string) => address.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The steps a customer's page shows for this order's way of fulfilment. */
export const stepsFor = (fulfilment: 'pickup' | 'delivery'): OrderStatus[] =>
  fulfilment === 'delivery' ? ['placed', 'accepted', 'packed', 'out', 'delivered'] : ['placed', 'accepted', 'packed', 'ready', 'collected'];
