import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { generateShopKeyPair, signDeviceToken } from '../sync-server';
import { REGISTRATION_SECRET, startRelayProcess, type RelayProcess } from '../tests/sync/support/relay-process';
import { startPostgres, startRedis } from '../tests/sync/support/servers';
import type { Benchmark, Outcome } from './lib/result';
import { summarize } from './lib/stats';

/**
 * One standalone relay process (`sync-server/main.ts` on PostgreSQL + Redis, as in the cloud)
 * serving 2,000 shops' staff documents, each with 3 real y-websocket clients: the counter writes,
 * the manager's tablet and the owner's phone read. The clients live in this process, the relay in
 * its own, so its memory is its own.
 */
const ROOMS = Number(process.env.SYNC_BENCH_ROOMS ?? 2_000);
const WARMUP_MS = 10_000;
const MEASURE_MS = Number(process.env.SYNC_BENCH_SECONDS ?? 60) * 1000;
/** each counter writes every 2–4 s (seeded), so about ROOMS / 3 updates a second reach the relay */
const WRITE_EVERY_MS: [number, number] = [2_000, 4_000];
const CONNECT_BATCH = 100;
const TARGET = { p95Ms: 250, p99Ms: 250, maxRssBytes: 1.5 * 2 ** 30 };

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Shop {
  writer: Y.Doc;
  providers: WebsocketProvider[];
  sent: Map<number, number>;
  seq: number;
}

interface RelayFigures {
  rss: number;
  cpuSeconds: number;
  relayP99: number;
  snapshot: Record<string, unknown>;
}

async function relayFigures(relay: RelayProcess): Promise<RelayFigures> {
  const snapshot = (await (await fetch(`${relay.http}/metrics.json`)).json()) as Record<string, unknown> & {
    memoryBytes: number;
    cpuSeconds: number;
    fanOutMs: { p99: number };
  };
  return { rss: snapshot.memoryBytes, cpuSeconds: snapshot.cpuSeconds, relayP99: snapshot.fanOutMs.p99, snapshot };
}

const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

async function registerAll(relay: RelayProcess, publicKey: string): Promise<void> {
  const ids = Array.from({ length: ROOMS }, (_, i) => `shop${i}`);
  for (let i = 0; i < ids.length; i += 50) {
    await Promise.all(
      ids.slice(i, i + 50).map(async (id) => {
        const res = await fetch(`${relay.http}/shops/${id}/register`, { method: 'POST', body: JSON.stringify({ publicKey, secret: REGISTRATION_SECRET }) });
        if (res.status !== 201) throw new Error(`registering ${id}: ${res.status}`);
      }),
    );
  }
}

async function run(): Promise<Outcome> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const stopServers = () => Promise.all([postgres.stop(), redis.stop()]);
  // Every client here comes from 127.0.0.1, so the per-IP caps are lifted; the per-shop ones stay.
  const relay = await startRelayProcess(
    {
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      SYNC_LIMIT_MAX_CONNECTIONS_PER_IP: '100000',
      SYNC_LIMIT_UPGRADES_PER_SECOND_PER_IP: '100000',
      SYNC_LIMIT_UPGRADE_BURST_PER_IP: '100000',
    },
    0,
    process.env.SYNC_BENCH_RELAY_NODE_ARGS?.split(' ').filter(Boolean),
  ).catch(async (e: unknown) => {
    await stopServers();
    throw e;
  });
  const shops: Shop[] = [];
  const samples: number[] = [];
  let measuring = false;
  const timers: NodeJS.Timeout[] = [];
  process.setMaxListeners(4 * ROOMS + 100);
  try {
    const keys = generateShopKeyPair();
    await registerAll(relay, keys.publicKey);
    const now = Math.floor(Date.now() / 1000);
    const token = (shop: string, role: 'counter' | 'manager' | 'owner', dev: string) =>
      signDeviceToken(keys.privateKey, { shop, dev, role, iat: now, exp: now + 86_400, jti: `${shop}-${dev}` });

    const connectStarted = performance.now();
    for (let first = 0; first < ROOMS; first += CONNECT_BATCH) {
      const batch: Array<Promise<void>> = [];
      for (let i = first; i < Math.min(ROOMS, first + CONNECT_BATCH); i++) {
        const shopId = `shop${i}`;
        const shop: Shop = { writer: new Y.Doc(), providers: [], sent: new Map(), seq: 0 };
        const open = (doc: Y.Doc, role: 'counter' | 'manager' | 'owner', dev: string) => {
          const provider = new WebsocketProvider(relay.url, `shop/${shopId}/staff`, doc, {
            WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
            disableBc: true,
            params: { token: token(shopId, role, dev) },
          });
          shop.providers.push(provider);
          batch.push(new Promise((resolve) => provider.once('sync', () => resolve())));
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
      await Promise.all(batch);
    }
    const connectMs = performance.now() - connectStarted;
    await new Promise((r) => setTimeout(r, 2_000));
    const connected = await relayFigures(relay);

    const random = seeded(42);
    for (const shop of shops) {
      const tick = () => {
        shop.seq++;
        shop.sent.set(shop.seq, performance.now());
        shop.sent.delete(shop.seq - 5);
        shop.writer.getMap<number>('today').set('tick', shop.seq);
        timers.push(setTimeout(tick, WRITE_EVERY_MS[0] + random() * (WRITE_EVERY_MS[1] - WRITE_EVERY_MS[0])));
      };
      timers.push(setTimeout(tick, random() * WRITE_EVERY_MS[1]));
    }
    await new Promise((r) => setTimeout(r, WARMUP_MS));
    const before = await relayFigures(relay);
    const benchCpuBefore = cpuSeconds();
    const clientLoop = monitorEventLoopDelay({ resolution: 10 });
    clientLoop.enable();
    measuring = true;
    let peakRss = connected.rss;
    const sampler = setInterval(() => {
      relayFigures(relay)
        .then((m) => (peakRss = Math.max(peakRss, m.rss)))
        .catch(() => undefined);
    }, 2_000);
    await new Promise((r) => setTimeout(r, MEASURE_MS));
    measuring = false;
    clearInterval(sampler);
    for (const timer of timers) clearTimeout(timer);
    const loaded = await relayFigures(relay);
    const benchCpu = cpuSeconds() - benchCpuBefore;
    clientLoop.disable();
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    peakRss = Math.max(peakRss, loaded.rss);

    const figures = summarize(samples);
    const stopStarted = performance.now();
    for (const shop of shops) for (const provider of shop.providers) provider.destroy();
    await relay.stop('SIGTERM');
    const shutdownMs = performance.now() - stopStarted;
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
    return {
      measures: `a counter's change to its shop's staff document → the same change observed by the shop's other 2 clients (tablet, phone); ${ROOMS} shops × 3 y-websocket clients on one relay process (PostgreSQL + Redis), each counter writing every 2–4 s, ${MEASURE_MS / 1000} s measured after ${WARMUP_MS / 1000} s of warm-up`,
      target: TARGET,
      pass: figures.p99 <= TARGET.p99Ms && peakRss <= TARGET.maxRssBytes,
      samples: samples.length,
      figures,
      details: {
        goals: 'p99 fan-out ≤ 250 ms and relay memory (RSS) ≤ 1.5 GiB; both decide pass',
        rooms: ROOMS,
        connections: ROOMS * 3,
        connectAllMs: Math.round(connectMs),
        relayRssMiB: { afterConnect: mib(connected.rss), peakUnderLoad: mib(peakRss), afterLoad: mib(loaded.rss) },
        relayOwnFanOutP99Ms: loaded.relayP99,
        eventLoopDelayMs: {
          relayLast20s: loaded.snapshot.eventLoopDelayMs,
          clients: { p50: ms(clientLoop.percentile(50)), p99: ms(clientLoop.percentile(99)), max: ms(clientLoop.max) },
          note: 'how late each process ran its timers: a process starved of CPU lags here',
        },
        cpuShareWhileMeasured: {
          relay: Math.round(((loaded.cpuSeconds - before.cpuSeconds) / (MEASURE_MS / 1000)) * 100) / 100,
          clients: Math.round((benchCpu / (MEASURE_MS / 1000)) * 100) / 100,
          note: 'CPU-seconds per second (1 = one core busy)',
        },
        relayCounters: loaded.snapshot,
        benchProcessRssMiB: mib(process.memoryUsage().rss),
        gracefulShutdownMs: Math.round(shutdownMs),
        note: 'clients and relay share the 2 cores; the relay’s own fan-out (receive → handed to the sockets) is relayOwnFanOutP99Ms',
      },
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const shop of shops) for (const provider of shop.providers) provider.destroy();
    await relay.stop('SIGKILL');
    await stopServers();
  }
}

export const syncRelay: Benchmark = {
  name: 'sync-relay',
  title: 'Sync relay: 2,000 shops × 3 clients on one process',
  run,
};
