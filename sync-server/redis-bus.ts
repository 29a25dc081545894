import { randomBytes } from 'node:crypto';
import { ControlMessageSchema, decodeBusMessage, encodeBusMessage, type BusMessage, type ControlMessage, type RoomBus } from './bus';

export interface RedisBusOptions {
  url: string;
  /** channel prefix, so several deployments can share one Redis */
  prefix?: string;
  log?: (message: string) => void;
}

/**
 * The bus on Redis pub/sub: one channel per room (`<prefix>room:<name>`) and one control channel
 * (`<prefix>control`) for revocations. Two connections: a subscriber (Redis puts it in pub/sub
 * mode) and a publisher. ioredis reconnects and re-subscribes by itself; `onReconnect` lets the
 * relay re-announce its rooms, because pub/sub does not replay what was sent during the gap.
 */
export async function createRedisBus(options: RedisBusOptions): Promise<RoomBus> {
  const prefix = options.prefix ?? 'sk:sync:';
  const controlChannel = `${prefix}control`;
  const processId = randomBytes(8).toString('hex');
  const log = options.log ?? ((m: string) => console.error(m));
  // Loaded here, not with the relay's modules: the shop's host embeds the relay without Redis.
  const { Redis } = await import('ioredis');
  const settings = { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000) };
  // Auto-pipelining sends the publishes of one tick in one write: one syscall for many rooms' updates.
  const publisher = new Redis(options.url, { ...settings, enableAutoPipelining: true });
  const subscriber = new Redis(options.url, settings);
  const rooms = new Map<string, (message: BusMessage) => void>();
  const controlHandlers: Array<(message: ControlMessage) => void> = [];
  const reconnectHandlers: Array<() => void> = [];
  let readyOnce = false;
  const counts = { published: 0, received: 0, errors: 0 };

  for (const [name, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    client.on('error', (e: Error) => {
      counts.errors++;
      log(`[relay] redis ${name}: ${e.message}`);
    });
  }
  subscriber.on('ready', () => {
    if (readyOnce) for (const handler of reconnectHandlers) handler();
    readyOnce = true;
  });
  subscriber.on('messageBuffer', (channelBytes: Buffer, frame: Buffer) => {
    const channel = channelBytes.toString();
    if (channel === controlChannel) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(frame.toString('utf8'));
      } catch {
        return;
      }
      const message = ControlMessageSchema.safeParse(parsed);
      if (message.success) for (const handler of controlHandlers) handler(message.data);
      return;
    }
    const handler = rooms.get(channel.slice(prefix.length + 5));
    const message = decodeBusMessage(frame);
    if (!handler || !message || message.from === processId || (message.to !== null && message.to !== processId)) return;
    counts.received++;
    handler(message);
  });

  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(controlChannel);

  const send = (channel: string, frame: Buffer | string) => {
    counts.published++;
    publisher.publish(channel, frame).catch((e: Error) => log(`[relay] redis publish: ${e.message}`));
  };

  return {
    processId,
    join: async (room, onMessage) => {
      rooms.set(room, onMessage);
      await subscriber.subscribe(`${prefix}room:${room}`);
    },
    leave: async (room) => {
      rooms.delete(room);
      await subscriber.unsubscribe(`${prefix}room:${room}`);
    },
    publish: (room, kind, payload, to = null) => send(`${prefix}room:${room}`, encodeBusMessage(kind, processId, to, payload)),
    publishControl: (message) => send(controlChannel, JSON.stringify(message)),
    onControl: (handler) => void controlHandlers.push(handler),
    onReconnect: (handler) => void reconnectHandlers.push(handler),
    stats: () => ({ ...counts }),
    close: async () => {
      rooms.clear();
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
