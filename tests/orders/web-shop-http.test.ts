import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { consoleOtpProvider } from '../../app/host/web-shop/otp-provider';
import { makeTestHost, type TestHost } from '../support/test-host';
import { ATTA } from '../support/demo-catalog';

let host: TestHost;
let http: HttpServer;
const codes = new Map<string, string>();

const SETTINGS = {
  deliveryArea: 'Within 3 km of Sadar Bazar',
  slots: [{ id: 'eve', label: 'Today 5–7 pm', labelHi: 'आज शाम 5–7' }],
  minOrderPaise: 10000,
  deliveryFeePaise: 2000,
  freeDeliveryFromPaise: 50000,
};

beforeAll(async () => {
  host = makeTestHost();
  host.store.webOrders.saveSettings(JSON.stringify(SETTINGS), new Date().toISOString());
  http = await startHttpServer(host, { port: 0, otpProvider: consoleOtpProvider((phone, code) => codes.set(phone, code)) });
});
afterAll(async () => {
  await http?.close();
  host?.dispose();
});

const post = (path: string, body: unknown, lang = 'en') =>
  fetch(`${http.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sk-lang': lang }, body: JSON.stringify(body) });

async function verified(phone: string): Promise<string> {
  expect((await post('/shop/api/otp', { phone })).status).toBe(200);
  const code = codes.get(phone);
  const r = await post('/shop/api/otp/verify', { phone, code });
  expect(r.status).toBe(200);
  return ((await r.json()) as { result: { phoneToken: string } }).result.phoneToken;
}

let keyCount = 0;
const key = () => `test-order-key-${String(++keyCount).padStart(12, '0')}`;

const order = (phoneToken: string, over: Record<string, unknown> = {}) => ({
  idempotencyKey: key(),
  name: 'Meena Verma',
  phone: '9826012345',
  phoneToken,
  fulfilment: 'delivery',
  address: '12 Gandhi Nagar, near the temple',
  slot: 'eve',
  payment: 'upi',
  lines: [{ productId: ATTA, qty: 2, pricePaise: 28500 }],
  ...over,
});

describe('the web catalog snapshot', () => {
  it('is the counter’s catalog with ETag, gzip and brotli, and a 304 for a phone that has it', async () => {
    const r = await fetch(`${http.url}/shop/snapshot.json`, { headers: { 'accept-encoding': 'identity' } });
    expect(r.status).toBe(200);
    const etag = r.headers.get('etag') ?? '';
    const snap = (await r.json()) as { shop: { name: string; settings: typeof SETTINGS }; products: Array<{ id: string; p: number; m: number; s: string }> };
    expect(snap.shop.settings.minOrderPaise).toBe(10000);
    expect(snap.products.find((p) => p.id === ATTA)).toMatchObject({ p: 28500, m: 30500, s: 'in' });
    const again = await fetch(`${http.url}/shop/snapshot.json`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // fetch decodes by itself; read the raw bytes over node:http to see the encodings.
    const { request } = await import('node:http');
    const raw = (enc: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((done) => {
        request(`${http.url}/shop/snapshot.json`, { headers: { 'accept-encoding': enc } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => done({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
        }).end();
      });
    const br = await raw('gzip, br');
    expect(br.encoding).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(snap);
    const gz = await raw('gzip');
    expect(gz.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(snap);
  });

  it('search uses the counter’s Hinglish matching: "aata" and "आटा" find the atta', async () => {
    for (const q of ['aata', 'आटा', 'ashirvad']) {
      const ids = ((await (await fetch(`${http.url}/shop/search.json?q=${encodeURIComponent(q)}`)).json()) as { result: string[] }).result;
      expect(ids, q).toContain(ATTA);
    }
  });

  it('a product URL carries Open Graph title, price and address for WhatsApp’s preview (when the catalog is built)', async () => {
    const r = await fetch(`${http.url}/shop/p/${ATTA}`);
    if (r.status === 404) return expect(await r.text()).toContain('npm run build');
    const html = await r.text();
    expect(html).toContain('og:title" content="Aashirvaad Atta 5kg');
    expect(html).toMatch(/og:description" content="₹285\.00/);
  });
});

describe('orders from the web catalog', () => {
  let token = '';
  beforeAll(async () => {
    token = await verified('9826012345');
  });

  it('a delivery order is priced at the counter’s prices with the fee, holds nothing until accepted, and its page needs its key', async () => {
    const body = order(token);
    const r = await post('/shop/api/orders', body);
    expect(r.status).toBe(201);
    const placed = (await r.json()) as {
      result: { order: { id: string; totalPaise: number; feePaise: number; status: string }; upi: { link: string; vpa: string; qrSvg: string } };
    };
    expect(placed.result.order).toMatchObject({ status: 'placed', feePaise: 0, totalPaise: 57000 });
    expect(placed.result.upi.link).toContain('am=570.00');
    expect(placed.result.upi.vpa).toBe('sharmastore@upi');
    expect(placed.result.upi.qrSvg).toContain('<svg');
    const page = await fetch(`${http.url}/shop/api/orders/${placed.result.order.id}?k=${body.idempotencyKey}`);
    expect(page.status).toBe(200);
    const etag = page.headers.get('etag') ?? '';
    expect((await fetch(`${http.url}/shop/api/orders/${placed.result.order.id}?k=${body.idempotencyKey}`, { headers: { 'if-none-match': etag } })).status).toBe(
      304,
    );
    expect((await fetch(`${http.url}/shop/api/orders/${placed.result.order.id}?k=wrong-key-wrong-key-wrong`)).status).toBe(404);
    // A replay answers the same order; the same key with other items is refused.
    const replay = await post('/shop/api/orders', body);
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as { result: { order: { id: string } } }).result.order.id).toBe(placed.result.order.id);
    const tampered = await post('/shop/api/orders', { ...body, lines: [{ productId: ATTA, qty: 3, pricePaise: 28500 }] });
    expect(tampered.status).toBe(409);
    expect(host.store.webOrders.list(['placed'], 10)).toHaveLength(1);
  });

  it('refuses a tampered price, more than the stock, a small order and a bad phone, in the customer’s words', async () => {
    const cheap = await post('/shop/api/orders', order(token, { lines: [{ productId: ATTA, qty: 1, pricePaise: 100 }] }), 'hi');
    expect(cheap.status).toBe(422);
    expect(((await cheap.json()) as { error: { message: string } }).error.message).toBe('कीमत: Aashirvaad Atta 5kg अब ₹285.00 का है; कार्ट देखें');
    const many = await post('/shop/api/orders', order(token, { lines: [{ productId: ATTA, qty: 31, pricePaise: 28500 }] }));
    expect(many.status).toBe(409);
    expect(((await many.json()) as { error: { message: string } }).error.message).toBe('Quantity: only 30 of Aashirvaad Atta 5kg left');
    const small = await post('/shop/api/orders', order(token, { lines: [{ productId: 'prod-demo-004', qty: 1, pricePaise: 2800 }] }));
    expect(((await small.json()) as { error: { message: string } }).error.message).toBe('Cart: the smallest order is ₹100.00');
    const phone = await post('/shop/api/otp', { phone: '12345' });
    expect(phone.status).toBe(400);
    const said = ((await phone.json()) as { error: { message: string } }).error.message;
    expect(said).toMatch(/^Phone/);
    expect(said).not.toMatch(/phone\b|\[|zod/);
    const huge = await post(
      '/shop/api/orders',
      order(token, { lines: Array.from({ length: 61 }, (_, i) => ({ productId: `p${i}`, qty: 1, pricePaise: 100 })) }),
    );
    expect(huge.status).toBe(400);
    const junk = await fetch(`${http.url}/shop/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(40_000) });
    expect(junk.status).toBe(400);
    const noToken = await post('/shop/api/orders', order('not-a-real-token-not-a-real'));
    expect(noToken.status).toBe(401);
    expect(host.store.webOrders.list(['placed'], 10)).toHaveLength(1);
  });

  it('an unknown shop address or order answers 404, never the staff app', async () => {
    const r = await fetch(`${http.url}/shop/nope/other`);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain('<div id="root"');
  });

  it('100 orders from one phone: five an hour are taken, the rest refused with 429 and nothing written', async () => {
    const phone = '9893099999';
    const t = await verified(phone);
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++)
      statuses.push((await post('/shop/api/orders', order(t, { phone, lines: [{ productId: 'prod-demo-002', qty: 1, pricePaise: 15500 }] }))).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(95);
    // OTPs too: three codes a quarter hour.
    const sends = [];
    for (let i = 0; i < 4; i++) sends.push((await post('/shop/api/otp', { phone: '9000000001' })).status);
    expect(sends).toEqual([200, 200, 200, 429]);
  });
});
