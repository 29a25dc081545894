import { request } from 'node:http';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSnapshot } from '../../app/core/services/orders/settings';
import { createPostgresRegistry, createRedisBus, generateShopKeyPair, signMessage, type Relay, type RoomBus } from '../../sync-server';
import { startPostgres, startRedis, type Throwaway } from '../sync/support/servers';
import { publishCatalog, startWebShopRelay, webShopPool, type WebShopRelay } from '../sync/support/web-shop-relay';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * The customer's order page on the cloud relay is streamed: two relay processes on one PostgreSQL
 * and one Redis bus, the counter sends a status to one and the stream held on the other carries it.
 * Hostile callers: no stream without the order's key, a cap per IP address, a client that vanishes.
 */
let postgres: Throwaway;
let redis: Throwaway;
let pool: pg.Pool;
const relays: Relay[] = [];
const buses: RoomBus[] = [];
const bases: string[] = [];
const routes: Array<WebShopRelay['requests']> = [];
let host: TestHost;
const keys = generateShopKeyPair();
const SHOP = 'shop-stream';
const SLUG = 'stream-kirana';
const otpCodes = new Map<string, string>();

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  pool = await webShopPool(postgres.url, 6);
  const registry = createPostgresRegistry(pool);
  await registry.register(SHOP, keys.publicKey);
  for (let i = 0; i < 2; i++) {
    const bus = await createRedisBus({ url: redis.url, log: () => undefined });
    buses.push(bus);
    const started = await startWebShopRelay(pool, registry, {
      otp: ({ phone, code }) => void otpCodes.set(phone, code),
      bus,
      streamLimits: { total: 100, perIp: 3, perOrder: 4, heartbeatMs: 25_000, maxBufferedBytes: 64 << 10 },
    });
    routes.push(started.requests);
    relays.push(started.relay);
    bases.push(started.base);
  }
  host = makeTestHost();
  const published = await publishCatalog(bases[0] ?? '', SHOP, SLUG, catalogSnapshot(host.deps), keys.privateKey);
  expect(published.status).toBe(200);
}, 120_000);
afterAll(async () => {
  for (const relay of relays) await relay.close();
  for (const bus of buses) await bus.close();
  await pool?.end();
  await Promise.all([postgres?.stop(), redis?.stop()]);
  host?.dispose();
});

const post = (base: string, path: string, body: unknown) =>
  fetch(`${base}/${SLUG}/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** An order placed on the first relay: its id and the key the customer's page holds. */
async function placeOrder(phone: string): Promise<{ id: string; key: string }> {
  const base = bases[0] ?? '';
  expect((await post(base, 'otp', { phone })).status).toBe(200);
  const verified = (await (await post(base, 'otp/verify', { phone, code: otpCodes.get(phone) })).json()) as { result: { phoneToken: string } };
  const key = `stream-key-${phone}-0000`;
  const r = await post(base, 'orders', {
    idempotencyKey: key,
    name: 'Meena',
    phone,
    phoneToken: verified.result.phoneToken,
    fulfilment: 'pickup',
    payment: 'cod',
    lines: [{ productId: 'prod-demo-001', qty: 1, pricePaise: 28500 }],
  });
  expect(r.status).toBe(202);
  return { id: ((await r.json()) as { result: { id: string } }).result.id, key };
}

const sendStatus = (base: string, id: string, status: string) =>
  fetch(`${base}/shops/${SHOP}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(
      signMessage(keys.privateKey, { shop: SHOP, at: Date.now(), orders: [{ id, status, view: { order: { status, version: status.length } } }] }),
    ),
  });

/** Reads an event stream's `status` frames as they come, each with the time it arrived. */
async function follow(url: string) {
  const controller = new AbortController();
  const r = await fetch(url, { signal: controller.signal });
  const frames: Array<{ status: string; at: number }> = [];
  if (r.status === 200 && r.body) {
    const reader = r.body.getReader();
    void (async () => {
      let text = '';
      for (;;) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) return;
        text += Buffer.from(value ?? new Uint8Array()).toString('utf8');
        let cut = text.indexOf('\n\n');
        while (cut >= 0) {
          const data = /^data: (.*)$/m.exec(text.slice(0, cut))?.[1];
          if (data) frames.push({ status: (JSON.parse(data) as { result: { status: string } }).result.status, at: Date.now() });
          text = text.slice(cut + 2);
          cut = text.indexOf('\n\n');
        }
      }
    })();
  }
  return { status: r.status, type: r.headers.get('content-type'), frames, stop: () => controller.abort() };
}

describe('the order page on the relay is streamed', () => {
  it('a status sent to one relay process reaches a stream held on another within a second', async () => {
    const { id, key } = await placeOrder('9826011111');
    const stream = await follow(`${bases[1]}/${SLUG}/api/orders/${id}/events?k=${key}`);
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
    await expect.poll(() => stream.frames.map((f) => f.status)).toEqual(['received']);
    for (const status of ['placed', 'accepted', 'packed']) {
      const sent = Date.now();
      expect((await sendStatus(bases[0] ?? '', id, status)).status).toBe(200);
      await expect.poll(() => stream.frames.at(-1)?.status, { timeout: 2_000, interval: 20 }).toBe(status);
      expect((stream.frames.at(-1)?.at ?? Infinity) - sent).toBeLessThan(1_000);
    }
    // Said once each: the bus's echo to the sending process is not a second frame.
    expect(stream.frames.map((f) => f.status)).toEqual(['received', 'placed', 'accepted', 'packed']);
    await sendStatus(bases[0] ?? '', id, 'collected');
    await expect.poll(() => stream.frames.at(-1)?.status).toBe('collected');
    await expect.poll(() => routes[1]?.streams.count()).toBe(0);
    stream.stop();
  });

  it('no stream without the order’s key; a fourth stream from one address is 429', async () => {
    const { id, key } = await placeOrder('9826022222');
    expect((await fetch(`${bases[1]}/${SLUG}/api/orders/${id}/events?k=not-the-key`)).status).toBe(404);
    expect((await fetch(`${bases[1]}/${SLUG}/api/orders/${id}/events`)).status).toBe(404);
    const open = [];
    for (let i = 0; i < 3; i++) open.push(await follow(`${bases[1]}/${SLUG}/api/orders/${id}/events?k=${key}`));
    expect(open.map((s) => s.status)).toEqual([200, 200, 200]);
    const refused = await fetch(`${bases[1]}/${SLUG}/api/orders/${id}/events?k=${key}`, { headers: { 'x-sk-lang': 'hi' } });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/हर कुछ सेकंड/);
    for (const s of open) s.stop();
    await expect.poll(() => routes[1]?.streams.count()).toBe(0);
  });

  it('a client that vanishes mid-stream costs nothing: the relay keeps answering and the next status still flows', async () => {
    const { id, key } = await placeOrder('9826033333');
    const url = new URL(`${bases[1]}/${SLUG}/api/orders/${id}/events?k=${key}`);
    await new Promise<void>((done) => {
      const req = request(url, (res) => res.once('data', () => (req.destroy(), done())));
      req.end();
    });
    const stream = await follow(url.href);
    expect((await sendStatus(bases[0] ?? '', id, 'placed')).status).toBe(200);
    await expect.poll(() => stream.frames.at(-1)?.status).toBe('placed');
    expect((await fetch(`${bases[1]}/sync/health`)).status).toBe(200);
    stream.stop();
  });
});
