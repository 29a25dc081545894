import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { mulberry32 } from '../app/core/testing/random';
import { importPrivateKey, signDeviceToken } from '../sync-server';

/**
 * One client process of the sync-relay benchmark (bench/sync-relay.ts spawns a few, as the shops'
 * devices are other machines): shops [from, to) × 3 real y-websocket providers on each shop's staff
 * document; the counter writes every 2–4 s (seeded), the tablet and the phone observe. A shop's 3
 * clients live in the same process, so send and receive are timed on one clock.
 */
export type ToClients = { type: 'start' } | { type: 'measure' } | { type: 'stop' };
export type FromClients =
  | { type: 'connected'; ms: number }
  | { type: 'result'; samples: number[]; cpuSeconds: number; loopDelayMs: { p50: number; p99: number; max: number }; rssBytes: number };

const WRITE_EVERY_MS: [number, number] = [2_000, 4_000];
const CONNECT_BATCH = 50;

interface Shop {
  writer: Y.Doc;
  providers: WebsocketProvider[];
  sent: Map<number, number>;
  seq: number;
}

/** Resolves once the message is handed to the IPC channel (a large one takes a while). */
const send = (message: FromClients) => new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

async function main(): Promise<void> {
  const relayUrl = process.env.RELAY_URL ?? '';
  const [from, to] = [Number(process.env.SHOP_FROM), Number(process.env.SHOP_TO)];
  const key = importPrivateKey(process.env.SHOP_KEY_PEM ?? '');
  const now = Math.floor(Date.now() / 1000);
  process.setMaxListeners(4 * (to - from) + 100);
  const shops: Shop[] = [];
  const samples: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let measuring = false;

  const started = performance.now();
  for (let first = from; first < to; first += CONNECT_BATCH) {
    const synced: Array<Promise<void>> = [];
    for (let i = first; i < Math.min(to, first + CONNECT_BATCH); i++) {
      const shopId = `shop${i}`;
      const shop: Shop = { writer: new Y.Doc(), providers: [], sent: new Map(), seq: 0 };
      const open = (doc: Y.Doc, role: 'counter' | 'manager' | 'owner', dev: string) => {
        const token = signDeviceToken(key, { shop: shopId, dev, role, iat: now, exp: now + 86_400, jti: `${shopId}-${dev}` });
        const provider = new WebsocketProvider(relayUrl, `shop/${shopId}/staff`, doc, {
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
          params: { token },
        });
        shop.providers.push(provider);
        synced.push(new Promise((resolve) => provider.once('sync', () => resolve())));
      };
      open(shop.writer, 'counter', 'counter');
      for (const [role, dev] of [
        ['manager', 'tab1'],
        ['owner', 'ph1'],
      ] as const) {
        const doc = new Y.Doc();
        const figures = doc.getMap<number>('today');
        figures.observe(() => {
          const sentAt = shop.sent.get(figures.get('tick') ?? -1);
          if (measuring && sentAt !== undefined) samples.push(performance.now() - sentAt);
        });
        open(doc, role, dev);
      }
      shops.push(shop);
    }
    await Promise.all(synced);
  }
  await send({ type: 'connected', ms: performance.now() - started });

  const loop = monitorEventLoopDelay({ resolution: 10 });
  let cpuBefore = 0;
  process.on('message', (message: ToClients) => {
    if (message.type === 'start') {
      const random = mulberry32(from + 1);
      for (const shop of shops) {
        const tick = (timer?: NodeJS.Timeout) => {
          if (timer) timers.delete(timer);
          shop.seq++;
          shop.sent.set(shop.seq, performance.now());
          shop.sent.delete(shop.seq - 5);
          shop.writer.getMap<number>('today').set('tick', shop.seq);
          const next: NodeJS.Timeout = setTimeout(() => tick(next), WRITE_EVERY_MS[0] + random() * (WRITE_EVERY_MS[1] - WRITE_EVERY_MS[0]));
          timers.add(next);
        };
        const first: NodeJS.Timeout = setTimeout(() => tick(first), random() * WRITE_EVERY_MS[1]);
        timers.add(first);
      }
    } else if (message.type === 'measure') {
      cpuBefore = cpuSeconds();
      loop.enable();
      measuring = true;
    } else {
      measuring = false;
      loop.disable();
      for (const timer of timers) clearTimeout(timer);
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      void send({
        type: 'result',
        samples,
        cpuSeconds: cpuSeconds() - cpuBefore,
        loopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
        rssBytes: process.memoryUsage().rss,
      }).then(() => {
        for (const shop of shops) for (const provider of shop.providers) provider.destroy();
        process.disconnect?.();
        setTimeout(() => process.exit(0), 200);
      });
    }
  });
}

void main();
