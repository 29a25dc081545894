import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exportPrivateKey, generateShopKeyPair } from '../sync-server';
import { REGISTRATION_SECRET, startRelayProcess, type RelayProcess } from '../tests/sync/support/relay-process';
import { startPostgres, startRedis } from '../tests/sync/support/servers';
import type { Benchmark, Outcome } from './lib/result';
import { summarize } from './lib/stats';
import type { FromClients, ToClients } from './sync-relay-clients';

/**
 * One standalone relay process (`sync-server/main.ts` on PostgreSQL + Redis, as in the cloud)
 * serving 2,000 shops' staff documents, each with 3 real y-websocket clients: the counter writes
 * every 2–4 s, the manager's tablet and the owner's phone read. The clients run in CLIENT_PROCESSES
 * processes of their own (bench/sync-relay-clients.ts), the relay in its own, so its memory and CPU
 * are its own.
 */
const ROOMS = Number(process.env.SYNC_BENCH_ROOMS ?? 2_000);
const CLIENT_PROCESSES = 2;
const WARMUP_MS = 10_000;
const MEASURE_MS = Number(process.env.SYNC_BENCH_SECONDS ?? 60) * 1000;
const TARGET = { p95Ms: 250, p99Ms: 250, maxRssBytes: 1.5 * 2 ** 30 };
const CLIENT_SCRIPT = fileURLToPath(new URL('./sync-relay-clients.ts', import.meta.url));

interface RelayFigures {
  rss: number;
  cpuSeconds: number;
  snapshot: Record<string, unknown> & { fanOutMs: { p99: number }; eventLoopDelayMs: unknown };
}

async function relayFigures(relay: RelayProcess): Promise<RelayFigures> {
  const snapshot = (await (await fetch(`${relay.http}/metrics.json`)).json()) as RelayFigures['snapshot'] & { memoryBytes: number; cpuSeconds: number };
  return { rss: snapshot.memoryBytes, cpuSeconds: snapshot.cpuSeconds, snapshot };
}

async function registerAll(relay: RelayProcess, publicKey: string): Promise<void> {
  for (let i = 0; i < ROOMS; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, ROOMS - i) }, async (_, j) => {
        const res = await fetch(`${relay.http}/shops/shop${i + j}/register`, {
          method: 'POST',
          body: JSON.stringify({ publicKey, secret: REGISTRATION_SECRET }),
        });
        if (res.status !== 201) throw new Error(`registering shop${i + j}: ${res.status}`);
      }),
    );
  }
}

interface ClientProcess {
  child: ChildProcess;
  next(type: FromClients['type']): Promise<FromClients>;
  tell(message: ToClients): void;
}

function startClients(relayUrl: string, from: number, to: number, keyPem: string, nodeArgs: string[]): ClientProcess {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', CLIENT_SCRIPT], {
    env: { ...process.env, RELAY_URL: relayUrl, SHOP_FROM: String(from), SHOP_TO: String(to), SHOP_KEY_PEM: keyPem },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: FromClients[] = [];
  const waiting: Array<() => void> = [];
  child.on('message', (message: FromClients) => {
    inbox.push(message);
    for (const wake of waiting.splice(0)) wake();
  });
  // Messages may still arrive after 'exit'; 'close' comes after the IPC channel too has closed.
  let closed: number | null | undefined;
  child.once('close', (code) => {
    closed = code;
    for (const wake of waiting.splice(0)) wake();
  });
  return {
    child,
    tell: (message) => child.send(message),
    next: async (type) => {
      for (;;) {
        const found = inbox.findIndex((m) => m.type === type);
        if (found >= 0) return inbox.splice(found, 1)[0] as FromClients;
        if (closed !== undefined) throw new Error(`a client process ended (${closed}) before saying ${type}`);
        await new Promise<void>((wake) => waiting.push(wake));
      }
    },
  };
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
  const clients: ClientProcess[] = [];
  try {
    const keys = generateShopKeyPair();
    await registerAll(relay, keys.publicKey);
    const per = Math.ceil(ROOMS / CLIENT_PROCESSES);
    const connectStarted = performance.now();
    for (let p = 0; p < CLIENT_PROCESSES; p++) {
      clients.push(startClients(relay.url, p * per, Math.min(ROOMS, (p + 1) * per), exportPrivateKey(keys.privateKey), []));
    }
    await Promise.all(clients.map((c) => c.next('connected')));
    const connectMs = performance.now() - connectStarted;
    await new Promise((r) => setTimeout(r, 2_000));
    const connected = await relayFigures(relay);

    for (const c of clients) c.tell({ type: 'start' });
    await new Promise((r) => setTimeout(r, WARMUP_MS));
    const before = await relayFigures(relay);
    for (const c of clients) c.tell({ type: 'measure' });
    let peakRss = connected.rss;
    const sampler = setInterval(() => {
      relayFigures(relay)
        .then((m) => (peakRss = Math.max(peakRss, m.rss)))
        .catch(() => undefined);
    }, 2_000);
    await new Promise((r) => setTimeout(r, MEASURE_MS));
    clearInterval(sampler);
    const loaded = await relayFigures(relay);
    for (const c of clients) c.tell({ type: 'stop' });
    const results = await Promise.all(clients.map((c) => c.next('result')));
    peakRss = Math.max(peakRss, loaded.rss);

    const samples = results.flatMap((r) => (r.type === 'result' ? r.samples : []));
    const figures = summarize(samples);
    const stopStarted = performance.now();
    await relay.stop('SIGTERM');
    const shutdownMs = performance.now() - stopStarted;
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
    const share = (seconds: number) => Math.round((seconds / (MEASURE_MS / 1000)) * 100) / 100;
    return {
      measures: `a counter's change to its shop's staff document → the same change observed by the shop's other 2 clients (tablet, phone); ${ROOMS} shops × 3 y-websocket clients (in ${CLIENT_PROCESSES} client processes) on one relay process (PostgreSQL + Redis), each counter writing every 2–4 s, ${MEASURE_MS / 1000} s measured after ${WARMUP_MS / 1000} s of warm-up`,
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
        relayOwnFanOutP99Ms: loaded.snapshot.fanOutMs.p99,
        cpuShareWhileMeasured: {
          relay: share(loaded.cpuSeconds - before.cpuSeconds),
          clientProcesses: results.map((r) => (r.type === 'result' ? share(r.cpuSeconds) : 0)),
          note: 'CPU-seconds per second (1 = one core busy)',
        },
        eventLoopDelayMs: {
          relayLast20s: loaded.snapshot.eventLoopDelayMs,
          clientProcesses: results.map((r) => (r.type === 'result' ? r.loopDelayMs : null)),
          note: 'how late each process ran its timers (10 ms resolution): a process starved of CPU lags here',
        },
        clientProcessRssMiB: results.map((r) => (r.type === 'result' ? mib(r.rssBytes) : 0)),
        relayCounters: loaded.snapshot,
        gracefulShutdownMs: Math.round(shutdownMs),
        relayLogTail: relay.log().slice(-2_000),
        note: 'everything shares the machine’s 2 cores with whatever else runs (see the load averages); relayOwnFanOutP99Ms is receive → handed to every socket inside the relay',
      },
    };
  } finally {
    for (const c of clients) c.child.kill('SIGKILL');
    await relay.stop('SIGKILL');
    await stopServers();
  }
}

export const syncRelay: Benchmark = {
  name: 'sync-relay',
  title: 'Sync relay: 2,000 shops × 3 clients on one process',
  run,
};
