import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, signMessage } from '../../sync-server';
import { connect, makeShop, sleep, waitFor, type Client } from './support/clients';
import { REGISTRATION_SECRET, startRelayProcess, type RelayProcess } from './support/relay-process';
import { startPostgres, startRedis, type Throwaway } from './support/servers';

/**
 * Two real relay processes (`sync-server/main.ts`) on one PostgreSQL and one Redis: clients of one
 * shop on different processes converge, a process killed mid-flight loses nothing, a revocation
 * said to one process closes the device's connections on the other, SIGTERM is graceful.
 */
const shop = makeShop('kirana7');
let postgres: Throwaway;
let redis: Throwaway;
let env: Record<string, string>;
let a: RelayProcess;
let b: RelayProcess;
const clients: Client[] = [];
const open = (relay: RelayProcess, room: string, token?: string) => {
  const client = connect(relay.url, room, token);
  clients.push(client);
  return client;
};
const commands = (client: Client) => client.doc.getArray<{ id: string }>('commands');

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url };
  [a, b] = await Promise.all([startRelayProcess(env), startRelayProcess(env)]);
  const res = await fetch(`${a.http}/shops/${shop.id}/register`, {
    method: 'POST',
    body: JSON.stringify({ publicKey: shop.keys.publicKey, secret: REGISTRATION_SECRET }),
  });
  expect(res.status).toBe(201);
}, 90_000);
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

describe('two relay processes on Redis and PostgreSQL', () => {
  it('clients of one shop on different processes converge', async () => {
    const counterOnA = open(a, `shop/${shop.id}/catalog`, shop.token('counter', 'counter'));
    const tabletOnB = open(b, `shop/${shop.id}/catalog`, shop.token('manager', 'tab1'));
    const phoneOnA = open(a, `shop/${shop.id}/device/tab1/outbox`, shop.token('counter', 'counter'));
    const tabOutboxOnA = open(a, `shop/${shop.id}/device/tab1/outbox`, shop.token('manager', 'tab1'));
    const tabOutboxOnB = open(b, `shop/${shop.id}/device/tab1/outbox`, shop.token('manager', 'tab1'));
    await Promise.all([counterOnA, tabletOnB, phoneOnA, tabOutboxOnA, tabOutboxOnB].map((c) => c.synced()));
    counterOnA.doc.getMap('products').set('p1', { name: 'Amul Butter 100g', pricePaise: 5600 });
    await waitFor('the catalog on B', () => tabletOnB.doc.getMap('products').has('p1'));
    // The same device writing from two tabs, one on each process, at once.
    for (let i = 0; i < 50; i++) {
      commands(tabOutboxOnA).push([{ id: `a${i}` }]);
      commands(tabOutboxOnB).push([{ id: `b${i}` }]);
    }
    await waitFor('100 commands everywhere', () => [tabOutboxOnA, tabOutboxOnB, phoneOnA].every((c) => commands(c).length === 100));
    expect(commands(phoneOnA).toJSON()).toEqual(commands(tabOutboxOnB).toJSON());
    expect(
      new Set(
        commands(phoneOnA)
          .toJSON()
          .map((c) => c.id),
      ).size,
    ).toBe(100);
  });

  it('a process killed mid-flight and restarted loses nothing; its clients reconnect by themselves', async () => {
    const writerOnA = open(a, `shop/${shop.id}/device/ph1/outbox`, shop.token('owner', 'ph1'));
    const counterOnB = open(b, `shop/${shop.id}/device/ph1/outbox`, shop.token('counter', 'counter'));
    await Promise.all([writerOnA.synced(), counterOnB.synced()]);
    for (let i = 0; i < 20; i++) commands(writerOnA).push([{ id: `before${i}` }]);
    // Killed right away: some of these are in no row yet (A batches writes for 50 ms).
    await a.stop('SIGKILL');
    for (let i = 0; i < 10; i++) commands(writerOnA).push([{ id: `offline${i}` }]);
    a = await startRelayProcess(env, a.port);
    await waitFor('the writer back', () => writerOnA.provider.synced, 15_000);
    await waitFor('30 commands at the counter', () => commands(counterOnB).length === 30, 15_000);

    for (const client of clients.splice(0)) client.destroy();
    await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
    [a, b] = await Promise.all([startRelayProcess(env), startRelayProcess(env)]);
    const fresh = open(b, `shop/${shop.id}/device/ph1/outbox`, shop.token('counter', 'counter'));
    await fresh.synced();
    expect(commands(fresh).length).toBe(30);
    const other = open(a, `shop/${shop.id}/device/tab1/outbox`, shop.token('counter', 'counter'));
    await other.synced();
    expect(commands(other).length).toBe(100);
  }, 60_000);

  it('a revocation told to one process closes the device’s connections on the other at once', async () => {
    const onB = open(b, `shop/${shop.id}/staff`, shop.token('manager', 'stolen'));
    await onB.synced();
    const res = await fetch(`${a.http}/shops/${shop.id}/revocations`, {
      method: 'POST',
      body: JSON.stringify(signMessage(shop.keys.privateKey, { shop: shop.id, devices: [{ device: 'stolen', at: Math.floor(Date.now() / 1000) }] })),
    });
    expect(res.status).toBe(200);
    const started = performance.now();
    expect((await onB.closed).code).toBe(CloseCode.revoked);
    expect(performance.now() - started).toBeLessThan(1_000);
    const again = open(b, `shop/${shop.id}/staff`, shop.token('manager', 'stolen', { iatOffset: -1 }));
    expect((await again.closed).code).toBe(CloseCode.revoked);
  });

  it('SIGTERM: clients get 1001 (they reconnect elsewhere), what they sent is written, the process exits 0', async () => {
    const onB = open(b, `shop/${shop.id}/staff`, shop.token('counter', 'counter'));
    const onA = open(a, `shop/${shop.id}/staff`, shop.token('owner', 'ph1'));
    await Promise.all([onB.synced(), onA.synced()]);
    onB.doc.getMap('today').set('salesPaise', 987_650);
    await waitFor('the figure on A', () => onA.doc.getMap('today').get('salesPaise') === 987_650);
    const health = await fetch(`${b.http}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', connections: 1 });
    const metrics = await (await fetch(`${b.http}/metrics`)).text();
    expect(metrics).toMatch(/^sk_sync_connections 1$/m);
    expect(metrics).toMatch(/^sk_sync_fanout_ms\{quantile="0.95"\} [\d.]+$/m);
    const closes = onB.closes.length;
    expect(await b.stop('SIGTERM')).toBe(0);
    await waitFor('the close', () => onB.closes.length > closes);
    expect(onB.closes[closes]).toBe(CloseCode.goingAway);
    expect(onB.provider.shouldConnect).toBe(true);
    expect(b.log()).toMatch(/stopped/);

    for (const client of clients.splice(0)) client.destroy();
    await a.stop('SIGTERM');
    a = await startRelayProcess(env);
    b = await startRelayProcess(env);
    const reader = open(a, `shop/${shop.id}/staff`, shop.token('accountant', 'acc1'));
    await reader.synced();
    expect(reader.doc.getMap('today').get('salesPaise')).toBe(987_650);
    await sleep(10);
  }, 60_000);
});
