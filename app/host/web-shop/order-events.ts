import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredOrder } from '../../core/services/orders/ports';
import type { EventBus } from '../event-bus';
import type { BaseHeaders } from '../transports/http-api';

/** Streams open at once for the whole shop and for one order (a customer with a few tabs). */
export const ORDER_STREAM_LIMITS = { total: 500, perOrder: 4, heartbeatMs: 25_000 } as const;

const FINAL = new Set(['delivered', 'collected', 'cancelled']);

export interface OrderStreams {
  /** Opens a stream for an order the caller has already found by its key; false when the limits are full. */
  open(req: IncomingMessage, res: ServerResponse, base: BaseHeaders, order: StoredOrder): boolean;
  count(): number;
  close(): void;
}

/**
 * Server-sent events for customers' order pages: one `status` event with the order's page data
 * each time the counter moves it, so a phone learns within a moment without polling. The page
 * falls back to polling with the order's ETag when a proxy or an old browser drops the stream.
 */
export function createOrderStreams(
  events: EventBus,
  reread: (id: string) => StoredOrder | undefined,
  replyOf: (order: StoredOrder) => unknown,
  limits: { total: number; perOrder: number; heartbeatMs: number } = ORDER_STREAM_LIMITS,
): OrderStreams {
  const open = new Map<string, Set<{ res: ServerResponse; version: number }>>();
  let total = 0;
  const drop = (id: string, entry: { res: ServerResponse; version: number }) => {
    const set = open.get(id);
    if (!set?.delete(entry)) return;
    total -= 1;
    if (set.size === 0) open.delete(id);
    if (!entry.res.writableEnded) entry.res.end();
  };
  const push = (id: string) => {
    const set = open.get(id);
    if (!set) return;
    const order = reread(id);
    if (!order) return;
    const frame = `event: status\nid: ${order.version}\ndata: ${JSON.stringify(replyOf(order))}\n\n`;
    for (const entry of [...set]) {
      if (entry.version === order.version) continue;
      entry.version = order.version;
      entry.res.write(frame);
      if (FINAL.has(order.status)) drop(id, entry);
    }
  };
  const unsubscribe = events.subscribe((e) => {
    if (e.event !== 'data.changed' || !e.payload.areas.includes('orders')) return;
    for (const id of [...open.keys()]) push(id);
  });
  const heartbeat = setInterval(() => {
    for (const set of open.values()) for (const entry of set) entry.res.write(': keep-alive\n\n');
  }, limits.heartbeatMs);
  heartbeat.unref();

  return {
    open(req, res, base, order) {
      const set = open.get(order.id) ?? new Set();
      if (total >= limits.total || set.size >= limits.perOrder) return false;
      const entry = { res, version: order.version };
      set.add(entry);
      open.set(order.id, set);
      total += 1;
      res.writeHead(200, {
        ...base,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      // The first frame is the order as it stands, so a page needs no separate read; retry tells the browser how soon to come back.
      res.write(`retry: 3000\nevent: status\nid: ${order.version}\ndata: ${JSON.stringify(replyOf(order))}\n\n`);
      if (FINAL.has(order.status)) {
        drop(order.id, entry);
        return true;
      }
      req.on('close', () => drop(order.id, entry));
      res.on('error', () => drop(order.id, entry));
      return true;
    },
    count: () => total,
    close() {
      unsubscribe();
      clearInterval(heartbeat);
      for (const [id, set] of open) for (const entry of [...set]) drop(id, entry);
    },
  };
}
