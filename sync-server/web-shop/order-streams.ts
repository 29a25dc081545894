import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RoomBus } from '../bus';
import type { InboxOrder } from './store';

/** Open streams at once: per order (a customer's few tabs), per IP address, and for the whole process. */
export const RELAY_ORDER_STREAM_LIMITS = { total: 5_000, perIp: 20, perOrder: 4, heartbeatMs: 25_000, maxBufferedBytes: 64 << 10 };
export type RelayOrderStreamLimits = typeof RELAY_ORDER_STREAM_LIMITS;

const FINAL = new Set(['delivered', 'collected', 'cancelled', 'refused']);

interface Entry {
  res: ServerResponse;
  ip: string;
  /** the last frame's data: a message repeated over the bus is not sent twice */
  last: string;
}

export interface RelayOrderStreams {
  /** Opens a stream for an order already found by its key; false when a limit is full (the page then polls). */
  open(req: IncomingMessage, res: ServerResponse, order: InboxOrder): boolean;
  /** The counter sent this order a status: streams here and, through the bus, on every other relay process follow. */
  changed(shopId: string, id: string): void;
  count(): number;
  close(): void;
}

const dataOf = (o: InboxOrder) => JSON.stringify({ ok: true, result: { id: o.id, status: o.status, order: o.view } });

/**
 * Server-sent events for customers' order pages on the relay: the order as the counter last sent
 * it, then one `status` event each time the counter sends another. The counter may post to any
 * relay process and the page may hold its stream on another: a change is told to the others on the
 * Redis bus's control channel, and each re-reads the order from PostgreSQL (the bus carries ids only).
 */
export function createRelayOrderStreams(options: {
  read: (shopId: string, id: string) => Promise<InboxOrder | null>;
  bus?: RoomBus | null;
  log: (message: string) => void;
  limits?: RelayOrderStreamLimits;
}): RelayOrderStreams {
  const limits = options.limits ?? RELAY_ORDER_STREAM_LIMITS;
  const open = new Map<string, Set<Entry>>();
  const perIp = new Map<string, number>();
  let total = 0;
  const keyOf = (shopId: string, id: string) => `${shopId}\u0000${id}`;

  const drop = (key: string, entry: Entry) => {
    const set = open.get(key);
    if (!set?.delete(entry)) return;
    total -= 1;
    const left = (perIp.get(entry.ip) ?? 1) - 1;
    if (left > 0) perIp.set(entry.ip, left);
    else perIp.delete(entry.ip);
    if (set.size === 0) open.delete(key);
    if (!entry.res.writableEnded) entry.res.end();
  };
  /** A phone that stops reading is dropped rather than buffered for without end. */
  const write = (key: string, entry: Entry, frame: string) => {
    if (entry.res.writableLength > limits.maxBufferedBytes) return drop(key, entry);
    entry.res.write(frame);
  };

  const push = async (shopId: string, id: string) => {
    const key = keyOf(shopId, id);
    if (!open.has(key)) return;
    const order = await options.read(shopId, id);
    const set = open.get(key);
    if (!order || !set) return;
    const data = dataOf(order);
    for (const entry of [...set]) {
      if (entry.last === data) continue;
      entry.last = data;
      write(key, entry, `event: status\ndata: ${data}\n\n`);
      if (FINAL.has(order.status)) drop(key, entry);
    }
  };
  const pushSafely = (shopId: string, id: string) =>
    void push(shopId, id).catch((e: unknown) => options.log(`[relay web shop] order stream: ${e instanceof Error ? e.message : String(e)}`));

  options.bus?.onControl((message) => {
    if (message.type === 'order-status') pushSafely(message.shopId, message.orderId);
  });
  const heartbeat = setInterval(() => {
    for (const [key, set] of open) for (const entry of [...set]) write(key, entry, ': keep-alive\n\n');
  }, limits.heartbeatMs);
  heartbeat.unref();

  return {
    open(req, res, order) {
      const key = keyOf(order.shopId, order.id);
      const ip = req.socket.remoteAddress ?? 'unknown';
      const set = open.get(key) ?? new Set<Entry>();
      if (total >= limits.total || set.size >= limits.perOrder || (perIp.get(ip) ?? 0) >= limits.perIp) return false;
      const data = dataOf(order);
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      // The first frame is the order as it stands; retry tells the browser how soon to come back.
      res.write(`retry: 3000\nevent: status\ndata: ${data}\n\n`);
      if (FINAL.has(order.status)) {
        res.end();
        return true;
      }
      const entry: Entry = { res, ip, last: data };
      set.add(entry);
      open.set(key, set);
      perIp.set(ip, (perIp.get(ip) ?? 0) + 1);
      total += 1;
      req.on('close', () => drop(key, entry));
      res.on('error', () => drop(key, entry));
      // A status sent between the read above and now would otherwise wait for the next one.
      pushSafely(order.shopId, order.id);
      return true;
    },
    changed(shopId, id) {
      pushSafely(shopId, id);
      options.bus?.publishControl({ type: 'order-status', shopId, orderId: id });
    },
    count: () => total,
    close() {
      clearInterval(heartbeat);
      for (const [key, set] of open) for (const entry of [...set]) drop(key, entry);
    },
  };
}
