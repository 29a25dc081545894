import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { consoleOtpProvider } from '../../app/host/web-shop/otp-provider';
import { orderProducts } from '../../app/core/services/orders/settings';
import { ORDER_STREAM_LIMITS } from '../../app/host/web-shop/order-events';
import { makeTestHost, type TestHost } from '../support/test-host';
import { ATTA } from '../support/demo-catalog';

let host: TestHost;
let http: HttpServer;
let cashier: ApiClient;
const codes = new Map<string, string>();

beforeAll(async () => {
  host = makeTestHost({ clock: { now: () => new Date() } as never });
  cashier = await host.as('staff');
  http = await startHttpServer(host, { port: 0, otpProvider: consoleOtpProvider((phone, code) => codes.set(phone, code)) });
});
afterAll(async () => {
  await http?.close();
  host?.dispose();
});

const post = (path: string, body: unknown) =>
  fetch(`${http.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

let n = 0;
async function placeOrder(qty = 2) {
  const phone = `98270${String(10000 + ++n)}`;
  await post('/shop/api/otp', { phone });
  const verify = await post('/shop/api/otp/verify', { phone, code: codes.get(phone) });
  const phoneToken = ((await verify.json()) as { result: { phoneToken: string } }).result.phoneToken;
  const idempotencyKey = `stream-test-key-${String(n).padStart(10, '0')}`;
  const r = await post('/shop/api/orders', {
    idempotencyKey,
    name: 'Meena',
    phone,
    phoneToken,
    fulfilment: 'pickup',
    address: '',
    slot: '',
    payment: 'cod',
    lines: [{ productId: ATTA, qty, pricePaise: 28500 }],
  });
  expect(r.status).toBe(201);
  const id = ((await r.json()) as { result: { order: { id: string } } }).result.order.id;
  return { id, key: idempotencyKey };
}

interface Frame {
  event: string;
  data: { result: { order: { status: string; version: number; reason: string | null } } };
}

/** Reads server-sent events off a fetch body, frame by frame. */
function frames(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    async next(): Promise<Frame | null> {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const raw = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const event = /^event: (.+)$/m.exec(raw)?.[1];
          const data = /^data: (.+)$/m.exec(raw)?.[1];
          if (event && data) return { event, data: JSON.parse(data) as Frame['data'] };
          continue;
        }
        const chunk = await reader.read();
        if (chunk.done) return null;
        buffered += decoder.decode(chunk.value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe('the customer’s order page, live', () => {
  it('gets each status the counter sets as a server-sent event within a moment, and the stream ends at a final status', async () => {
    const { id, key } = await placeOrder();
    const res = await fetch(`${http.url}/shop/api/orders/${id}/events?k=${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const stream = frames(res.body as ReadableStream<Uint8Array>);
    expect((await stream.next())?.data.result.order.status).toBe('placed');

    const waits: number[] = [];
    for (const to of ['accepted', 'packed', 'ready'] as const) {
      const started = performance.now();
      await cashier.call('orders.move', { id, to });
      const frame = await stream.next();
      waits.push(performance.now() - started);
      expect(frame).toMatchObject({ event: 'status', data: { result: { order: { status: to } } } });
    }
    // Pushed, not polled: far below the page's 4 s poll even on a loaded machine.
    expect(Math.max(...waits)).toBeLessThan(2000);
    await cashier.call('orders.move', { id, to: 'collected' });
    expect((await stream.next())?.data.result.order.status).toBe('collected');
    expect(await stream.next()).toBeNull();
  });

  it('a cancelled order says why, ends its stream, and its held stock is free again', async () => {
    const { id, key } = await placeOrder(3);
    const available = () => orderProducts(host.deps, [ATTA]).get(ATTA)?.availableMilli;
    const before = available();
    await cashier.call('orders.move', { id, to: 'accepted' });
    expect(available()).toBe((before ?? 0) - 3000);
    const res = await fetch(`${http.url}/shop/api/orders/${id}/events?k=${key}`);
    const stream = frames(res.body as ReadableStream<Uint8Array>);
    expect((await stream.next())?.data.result.order.status).toBe('accepted');
    await cashier.call('orders.move', { id, to: 'cancelled', reason: 'Out of stock today' });
    expect((await stream.next())?.data.result.order).toMatchObject({ status: 'cancelled', reason: 'Out of stock today' });
    expect(await stream.next()).toBeNull();
    expect(available()).toBe(before);
  });

  it('needs the order’s key, and refuses more streams than one order may hold (the page then polls)', async () => {
    const { id, key } = await placeOrder();
    expect((await fetch(`${http.url}/shop/api/orders/${id}/events?k=not-the-key-not-the-key`)).status).toBe(404);
    const held = [];
    for (let i = 0; i < ORDER_STREAM_LIMITS.perOrder; i++) {
      const r = await fetch(`${http.url}/shop/api/orders/${id}/events?k=${key}`);
      expect(r.status).toBe(200);
      held.push(frames(r.body as ReadableStream<Uint8Array>));
    }
    const refused = await fetch(`${http.url}/shop/api/orders/${id}/events?k=${key}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    await held[0]?.cancel();
    // A closed page frees its place.
    await expect
      .poll(async () => {
        const again = await fetch(`${http.url}/shop/api/orders/${id}/events?k=${key}`);
        await again.body?.cancel();
        return again.status;
      })
      .toBe(200);
    await Promise.all(held.slice(1).map((s) => s.cancel()));
  });
});
