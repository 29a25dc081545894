import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { SYNC_DOCUMENT, SYNC_KEYS, type OutboxCommand } from '../app/core/contract/sync-documents';
import { demoBarcode } from '../app/host/demo/demo-shop';
import { connect, waitFor, type Client } from '../tests/sync/support/clients';
import { REGISTRATION_SECRET, startRelayProcess } from '../tests/sync/support/relay-process';
import { startPostgres, startRedis } from '../tests/sync/support/servers';
import { billCommand, pushCommands, recordedAmong, recordedCommands, startSyncedShop, type SyncedShop, type TestDevice } from '../tests/sync/host/support';
import { demoUser, makeTestHost } from '../tests/support/test-host';
import type { Benchmark, Outcome } from './lib/result';
import { summarize } from './lib/stats';
import type { FromCounter, ToCounter } from './sync-devices-counter';

/**
 * The counter host with its embedded relay (real SQLite, HTTP on 127.0.0.1) and a tablet as a real
 * y-websocket client: a bill the tablet queues → posted by the counter and its outcome back on the
 * tablet, over the LAN relay and through a standalone cloud relay (PostgreSQL + Redis) the counter
 * bridges to; 1,000 commands queued offline applied after reconnect; the counter's own post-bill
 * latency alone and while a device catches up.
 */
const LAN_SAMPLES = 200;
const CLOUD_SAMPLES = 100;
const BACKLOG = 1_000;
/**
 * The counter bills through catch-ups of this many commands, in rounds, each after a window of
 * bills alone: alone and during alternate, so a machine whose load drifts weighs on both alike.
 */
const CATCHUP = 300;
const ROUNDS = 4;
/** the counter bills at a steady pace, far faster than a cashier, so that a catch-up meets enough of them for a p95 */
const COUNTER_EVERY_MS = 12;
const COUNTER_ALONE = 60;
/** sent from each reconnect on; those sent before the last backlog command was applied are the catch-up's */
const COUNTER_DURING = 180;
const WARMUP_BILLS = 30;
/** "the counter quiet": no request for longer than the applier counts as the counter serving (250 ms > its 150 ms) */
const COUNTER_QUIET_MS = 250;
/** "unchanged": the counter's p95 while a device catches up at most this times its p95 alone, same run, same pace */
const UNCHANGED_RATIO = 1.2;
const MIN_BILLS_DURING = 60;
const TARGET = { p95Ms: 100, cloudP95Ms: 250, backlogMs: 2_000 };
const COUNTER_SCRIPT = fileURLToPath(new URL('./sync-devices-counter.ts', import.meta.url));

const outcomeOf = (staff: Client, id: string) => staff.doc.getMap(SYNC_KEYS.staff.outcomes).get(id);

/** Each bill alone: queued in the outbox → its outcome seen in the tablet's copy of the staff document. */
async function roundTrips(outbox: Client, staff: Client, commands: OutboxCommand[]): Promise<number[]> {
  const samples: number[] = [];
  for (const command of commands) {
    const started = performance.now();
    const seen = new Promise<void>((resolve) => {
      const check = () => {
        if (!outcomeOf(staff, command.id)) return;
        staff.doc.off('update', check);
        resolve();
      };
      staff.doc.on('update', check);
    });
    pushCommands(outbox.doc, [command]);
    await seen;
    samples.push(performance.now() - started);
  }
  return samples;
}

interface CounterProcess {
  /** posts n bills back to back over HTTP and answers when each was sent and how long it took */
  bills(n: number, everyMs: number): Promise<Array<{ sentAt: number; ms: number }>>;
  stop(): void;
}

/** The counter's screens as their own process posting bills to the host over HTTP (bench/sync-devices-counter.ts). */
async function startCounter(shop: SyncedShop, productId: string): Promise<CounterProcess> {
  const host = shop.host;
  const device = 'bench-counter-01';
  const user = await demoUser(host, 'staff');
  const { token } = await host.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: device, deviceName: 'Counter' });
  const { totals } = await host.client(token, { device }).call('billing.quote', { lines: [{ productId, qtyMilli: 1000 }] });
  const child = spawn(process.execPath, ['--import', 'tsx', COUNTER_SCRIPT], {
    env: {
      ...process.env,
      HOST_URL: shop.http.url,
      COUNTER_TOKEN: token,
      COUNTER_DEVICE: device,
      PRODUCT_ID: productId,
      PAYABLE_PAISE: String(totals.payablePaise),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<FromCounter>((resolve, reject) => {
      const gone = (code: number | null) => reject(new Error(`the counter process ended (${code})`));
      child.once('exit', gone);
      child.once('message', (message: FromCounter) => {
        child.off('exit', gone);
        resolve(message);
      });
    });
  await next();
  return {
    async bills(n, everyMs) {
      const answer = next();
      child.send({ type: 'bills', n, everyMs } satisfies ToCounter);
      const reply = await answer;
      if (reply.type !== 'bills') throw new Error('the counter process answered out of turn');
      return reply.samples;
    },
    stop: () => void child.kill('SIGKILL'),
  };
}

async function commandsFor(device: TestDevice, productId: string, n: number, version: number): Promise<OutboxCommand[]> {
  const one = await billCommand(device, productId, new Date().toISOString(), version);
  return Array.from({ length: n }, () => ({ ...one, id: crypto.randomUUID() }));
}

async function run(): Promise<Outcome> {
  const host = makeTestHost({ clock: { now: () => new Date() } as never });
  let shop: SyncedShop | null = null;
  let counter: CounterProcess | null = null;
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const relay = await startRelayProcess({ DATABASE_URL: postgres.url, REDIS_URL: redis.url });
  try {
    shop = await startSyncedShop({}, host);
    const tablet = await shop.device('manager', 'bench-tablet-01');
    const product = await tablet.client.call('catalog.byBarcode', { barcode: demoBarcode(1) });
    const catalog = shop.open(SYNC_DOCUMENT.catalog(shop.sync.shopId), tablet.token);
    await catalog.synced();
    const version = Number(catalog.doc.getMap(SYNC_KEYS.catalog.meta).get('version') ?? 0);

    // LAN: the tablet on the counter's own relay
    const outbox = shop.open(shop.outboxName(tablet), tablet.token);
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    await Promise.all([outbox.synced(), staff.synced()]);
    await roundTrips(outbox, staff, await commandsFor(tablet, product.id, 20, version));
    const lan = summarize(await roundTrips(outbox, staff, await commandsFor(tablet, product.id, LAN_SAMPLES, version)));

    /** n commands made offline, then the tablet reconnects: until the counter has applied them all, and until the tablet saw every outcome */
    const catchUp = async (n: number, meanwhile: () => void = () => {}, quietMs = 0) => {
      const offline = new Y.Doc();
      const commands = await commandsFor(tablet, product.id, n, version);
      pushCommands(offline, commands);
      // Made on the tablet long before it reconnects: the bench's own quote for them is not the counter serving.
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      const recordedBefore = recordedCommands(host);
      const started = performance.now();
      const late = shop?.open(shop.outboxName(tablet), tablet.token, offline);
      meanwhile();
      await waitFor('the backlog applied', () => recordedCommands(host) >= recordedBefore + n, 120_000);
      const appliedMs = performance.now() - started;
      await waitFor('every outcome on the tablet', () => commands.every((c) => outcomeOf(staff, c.id)), 120_000);
      const seenMs = performance.now() - started;
      const ids = commands.map((c) => c.id);
      if (recordedAmong(host, ids) !== n) throw new Error('the backlog was not applied exactly once');
      late?.destroy();
      return { appliedMs, seenMs, startedAt: performance.timeOrigin + started, endedAt: performance.timeOrigin + started + appliedMs };
    };

    // 1,000 commands made offline, applied after reconnect while the counter is quiet (the goal of ≤ 2 s)
    counter = await startCounter(shop, product.id);
    await counter.bills(WARMUP_BILLS, 0);
    const backlog = await catchUp(BACKLOG, undefined, COUNTER_QUIET_MS);

    // The counter's post-bill alone, then at the same pace while a device catches up, in rounds
    const aloneMs: number[] = [];
    const duringMs: number[] = [];
    const busy: Array<Awaited<ReturnType<typeof catchUp>>> = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      aloneMs.push(...(await counter.bills(COUNTER_ALONE, COUNTER_EVERY_MS)).map((b) => b.ms));
      let during: Promise<Array<{ sentAt: number; ms: number }>> = Promise.resolve([]);
      const caughtUp = await catchUp(CATCHUP, () => {
        during = counter?.bills(COUNTER_DURING, COUNTER_EVERY_MS) ?? during;
      });
      busy.push(caughtUp);
      // The bills sent before the last command was applied met the applier's batches; the rest billed alone again.
      duringMs.push(...(await during).filter((b) => b.sentAt < caughtUp.endedAt).map((b) => b.ms));
    }
    const alone = summarize(aloneMs);
    const whileCatchingUp = summarize(duringMs);

    // Cloud: the counter bridges to a standalone relay; the tablet reaches only that
    const owner = await shop.device('owner', 'bench-owner-01');
    await owner.client.call('sync.setCloud', { relayUrl: relay.url, secret: REGISTRATION_SECRET });
    await waitFor('the bridge connected', () => shop?.sync.cloud.cloudStatus().connected === true, 30_000);
    const target = await tablet.client.call('sync.target', {});
    if (!target?.cloud) throw new Error('no cloud target');
    const cloudOutbox = connect(target.cloud.url, shop.outboxName(tablet), target.cloud.token);
    const cloudStaff = connect(target.cloud.url, SYNC_DOCUMENT.staff(shop.sync.shopId), target.cloud.token);
    await Promise.all([cloudOutbox.synced(), cloudStaff.synced()]);
    await roundTrips(cloudOutbox, cloudStaff, await commandsFor(tablet, product.id, 10, version));
    const cloud = summarize(await roundTrips(cloudOutbox, cloudStaff, await commandsFor(tablet, product.id, CLOUD_SAMPLES, version)));
    cloudOutbox.destroy();
    cloudStaff.destroy();

    const counterRatio = whileCatchingUp.p95 / alone.p95;
    const counterUnchanged = whileCatchingUp.n >= MIN_BILLS_DURING && counterRatio <= UNCHANGED_RATIO;
    const pass = lan.p95 <= TARGET.p95Ms && cloud.p95 <= TARGET.cloudP95Ms && backlog.appliedMs <= TARGET.backlogMs && counterUnchanged;
    return {
      measures: `a bill queued in the tablet's outbox → posted by the counter and its outcome seen in the tablet's copy of the staff document (round trip), ${LAN_SAMPLES} bills one at a time over the counter's embedded relay (loopback)`,
      target: { p95Ms: TARGET.p95Ms },
      pass,
      samples: LAN_SAMPLES,
      figures: lan,
      details: {
        goals:
          'LAN p95 ≤ 100 ms; through the cloud relay p95 ≤ 250 ms; 1,000 queued commands applied ≤ 2 s after reconnect while the counter bills; the counter unchanged meanwhile: its post-bill p95 while the device catches up ≤ 1.2 × its p95 alone (same run, same pace, ≥ 60 bills during the catch-up); all decide pass',
        viaCloudRelay: {
          measures: `the same round trip with the tablet on a standalone relay (PostgreSQL + Redis) the counter bridges to, ${CLOUD_SAMPLES} bills`,
          figures: cloud,
        },
        backlog: {
          commands: BACKLOG,
          appliedMs: Math.round(backlog.appliedMs),
          allOutcomesOnTabletMs: Math.round(backlog.seenMs),
          counter: `quiet: its last request ${COUNTER_QUIET_MS} ms or more before the reconnect`,
        },
        backlogWhileCounterBills: {
          commands: `${ROUNDS} × ${CATCHUP}`,
          appliedMs: busy.map((b) => Math.round(b.appliedMs)),
          allOutcomesOnTabletMs: busy.map((b) => Math.round(b.seenMs)),
          counter: `bills posted over HTTP from the counter's own process, one every ${COUNTER_EVERY_MS} ms from each reconnect on: ${whileCatchingUp.n} sent before their backlog was applied (the counter goes first: each of its bills holds the host's thread for its whole time, its fsync included)`,
        },
        counterPostBill: {
          measures: `billing.postInvoice over HTTP from the counter’s own process, sent → answered, one bill every ${COUNTER_EVERY_MS} ms (or as soon as the one before is answered); ${ROUNDS} rounds of ${COUNTER_ALONE} bills alone, then a device's catch-up of ${CATCHUP} commands; whileDeviceCatchesUp: the bills sent from the reconnect until the last command of its backlog was applied`,
          alone,
          whileDeviceCatchesUp: whileCatchingUp,
          p95Ratio: Math.round(counterRatio * 100) / 100,
          unchanged: counterUnchanged,
          goal: `p95 while catching up ≤ ${UNCHANGED_RATIO} × p95 alone, over ≥ ${MIN_BILLS_DURING} bills`,
        },
        note: 'everything (host, relay, PostgreSQL, Redis, clients) shares the machine’s 2 cores with whatever else runs (see the load averages)',
      },
    };
  } finally {
    counter?.stop();
    await shop?.stop();
    host.dispose();
    await relay.stop('SIGKILL');
    await Promise.all([postgres.stop(), redis.stop()]);
  }
}

export const syncDevices: Benchmark = {
  name: 'sync-devices',
  title: 'Sync: tablet bill → counter (LAN and cloud relay), 1,000-command catch-up, counter while catching up',
  run,
};
