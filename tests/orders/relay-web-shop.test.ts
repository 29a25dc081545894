import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSnapshot } from '../../app/core/services/orders/settings';
import { createPostgresRegistry, generateShopKeyPair, signMessage, type Relay, type ShopKeyPair } from '../../sync-server';
import { startPostgres, type Throwaway } from '../sync/support/servers';
import { publishCatalog, startWebShopRelay, webShopPool } from '../sync/support/web-shop-relay';
import { makeTestHost, type TestHost } from '../support/test-host';
import { ATTA } from '../support/demo-catalog';

let postgres: Throwaway;
let pool: pg.Pool;
let relay: Relay;
let base = '';
let host: TestHost;
const keys: Record<'a' | 'b', ShopKeyPair> = { a: generateShopKeyPair(), b: generateShopKeyPair() };
const SHOP = { a: 'shop-sharma', b: 'shop-gupta' } as const;
const otpCodes = new Map<string, string>();
const tokens = new Map<string, string>();

beforeAll(async () => {
  postgres = await startPostgres();
  pool = await webShopPool(postgres.url, 4);
  const registry = createPostgresRegistry(pool);
  for (const shop of ['a', 'b'] as const) await registry.register(SHOP[shop], keys[shop].publicKey);
  ({ relay, base } = await startWebShopRelay(pool, registry, { otp: ({ slug, phone, code }) => void otpCodes.set(`${slug}:${phone}`, code) }));
  host = makeTestHost();
}, 120_000);
afterAll(async () => {
  await relay?.close();
  await pool?.end();
  await postgres?.stop();
  host?.dispose();
});

const publish = (shop: 'a' | 'b', slug: string, snapshot: unknown, signer: ShopKeyPair = keys[shop]) =>
  publishCatalog(base, SHOP[shop], slug, snapshot, signer.privateKey);
const signedCall = (shop: 'a' | 'b', what: 'inbox' | 'orders', message: Record<string, unknown>, signer: ShopKeyPair = keys[shop]) =>
  fetch(`${base}/shops/${SHOP[shop]}/${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(signMessage(signer.privateKey, { shop: SHOP[shop], at: Date.now(), ...message })),
  });
const customerPost = (slug: string, path: string, body: unknown, lang = 'en') =>
  fetch(`${base}/${slug}/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sk-lang': lang }, body: JSON.stringify(body) });

/** The phone verified on that shop's slug with the relay's own OTP: the token an order carries. */
async function tokenFor(slug: string, phone: string): Promise<string> {
  const known = tokens.get(`${slug}:${phone}`);
  if (known) return known;
  expect((await customerPost(slug, 'otp', { phone })).status).toBe(200);
  const r = await customerPost(slug, 'otp/verify', { phone, code: otpCodes.get(`${slug}:${phone}`) });
  const token = ((await r.json()) as { result: { phoneToken: string } }).result.phoneToken;
  tokens.set(`${slug}:${phone}`, token);
  return token;
}

async function order(slug: string, over: Record<string, unknown> = {}, lang = 'en') {
  const phone = typeof over.phone === 'string' ? over.phone : '9826012345';
  const phoneToken = /^[6-9]\d{9}$/.test(phone) ? await tokenFor(slug, phone) : 'no-token-for-a-bad-phone';
  return customerPost(
    slug,
    'orders',
    {
      idempotencyKey: `relay-key-${Math.random().toString(36).slice(2, 12)}-000`,
      name: 'Meena',
      phone,
      phoneToken,
      fulfilment: 'pickup',
      payment: 'cod',
      lines: [{ productId: ATTA, qty: 1, pricePaise: 28500 }],
      ...over,
    },
    lang,
  );
}

describe('many shops’ web catalogs on the cloud relay (PostgreSQL)', () => {
  let sharma: ReturnType<typeof catalogSnapshot>;
  beforeAll(async () => {
    sharma = catalogSnapshot(host.deps);
    // Shop B publishes three products under another name: all a customer of B may ever see.
    const gupta = { ...sharma, shop: { ...sharma.shop, name: 'Gupta Kirana' }, products: sharma.products.filter((p) => p.id !== ATTA).slice(0, 3) };
    expect((await publish('a', 'sharma-general-store', sharma)).status).toBe(200);
    expect((await publish('b', 'gupta-kirana', gupta)).status).toBe(200);
  });

  it('serves each shop’s snapshot by its slug with ETag and gzip, and the page with its Open Graph name', async () => {
    const r = await fetch(`${base}/sharma-general-store/snapshot.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBe('gzip');
    const etag = r.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const body = JSON.parse(Buffer.from(await r.arrayBuffer()).toString('utf8')) as typeof sharma;
    expect(body.products.length).toBe(sharma.products.length);
    expect((await fetch(`${base}/sharma-general-store/snapshot.json`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const gupta = (await (await fetch(`${base}/gupta-kirana/snapshot.json`)).json()) as typeof sharma;
    expect(gupta.shop.name).toBe('Gupta Kirana');
    expect(gupta.products.map((p) => p.id)).not.toContain(ATTA);
    const page = await (await fetch(`${base}/gupta-kirana`)).text();
    expect(page).toContain('<meta property="og:title" content="Gupta Kirana">');
    const br = await fetch(`${base}/sharma-general-store/snapshot.json`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(Number(br.headers.get('content-length'))).toBeLessThan(JSON.stringify(sharma).length / 3);
  });

  it('an unknown slug is a clear 404 in the customer’s language; a slug another shop holds cannot be taken', async () => {
    const r = await fetch(`${base}/no-such-shop/snapshot.json`, { headers: { 'x-sk-lang': 'hi' } });
    expect(r.status).toBe(404);
    expect(((await r.json()) as { error: { message: string } }).error.message).toBe('इस पते पर कोई दुकान नहीं है। दुकान का भेजा लिंक जाँचें।');
    expect((await fetch(`${base}/no-such-shop`)).status).toBe(404);
    expect((await publish('b', 'sharma-general-store', sharma)).status).toBe(409);
    // Shop A's catalog signed with B's key is refused and changes nothing.
    expect((await publish('a', 'sharma-general-store', { ...sharma, products: [] }, keys.b)).status).toBe(403);
    expect(((await (await fetch(`${base}/sharma-general-store/snapshot.json`)).json()) as typeof sharma).products.length).toBe(sharma.products.length);
  });

  it('takes an order only from a phone verified by its OTP on that shop’s slug; a wrong code is refused in the customer’s language', async () => {
    const phone = '9826077771';
    const unverified = await order('sharma-general-store', { phone, phoneToken: 'made-up-token-0000000' });
    expect(unverified.status).toBe(401);
    expect(((await unverified.json()) as { error: { code: string } }).error.code).toBe('phoneUnverified');
    expect((await customerPost('sharma-general-store', 'otp', { phone })).status).toBe(200);
    const code = otpCodes.get(`sharma-general-store:${phone}`) ?? '';
    const wrong = await customerPost('sharma-general-store', 'otp/verify', { phone, code: code === '000000' ? '111111' : '000000' }, 'hi');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toBe('कोड सही नहीं है। संदेश देखकर फिर डालें।');
    const right = await customerPost('sharma-general-store', 'otp/verify', { phone, code });
    const phoneToken = ((await right.json()) as { result: { phoneToken: string } }).result.phoneToken;
    // B's slug does not know A's customers' codes or tokens.
    expect((await order('gupta-kirana', { phone, phoneToken, lines: [] })).status).toBe(400);
    expect(
      (
        await customerPost('gupta-kirana', 'orders', {
          idempotencyKey: 'relay-key-gupta-00000001',
          name: 'M',
          phone,
          phoneToken,
          fulfilment: 'pickup',
          payment: 'cod',
          lines: [{ productId: 'x', qty: 1, pricePaise: 1 }],
        })
      ).status,
    ).toBe(401);
    const placed = await order('sharma-general-store', { phone, phoneToken });
    expect(placed.status).toBe(202);
    // The shop is told the phone was verified, never the customer's token.
    const inbox = (await (await signedCall('a', 'inbox', {})).json()) as { orders: Array<{ request: { phone: string; phoneToken: string } }> };
    expect(inbox.orders.find((o) => o.request.phone === phone)?.request.phoneToken).toBe('verified-by-the-relay');
    // Three codes a quarter hour, then a clear refusal.
    for (let i = 0; i < 3; i++) await customerPost('sharma-general-store', 'otp', { phone: '9826077772' });
    expect((await customerPost('sharma-general-store', 'otp', { phone: '9826077772' })).status).toBe(429);
  });

  it('takes an order into its own shop’s inbox only: B’s customers see nothing of A beyond what B publishes', async () => {
    const placed = await order('sharma-general-store');
    expect(placed.status).toBe(202);
    const { id } = ((await placed.json()) as { result: { id: string } }).result;
    // Stored under A alone, in PostgreSQL.
    expect((await pool.query<{ shop_id: string }>('SELECT shop_id FROM web_shop_orders WHERE id = $1', [id])).rows).toEqual([{ shop_id: SHOP.a }]);
    // A's product through B's slug does not exist there.
    const elsewhere = await order('gupta-kirana');
    expect(elsewhere.status).toBe(404);
    expect(((await elsewhere.json()) as { error: { code: string } }).error.code).toBe('productGone');
    // A tampered price is refused at the relay before it reaches any inbox.
    expect((await order('sharma-general-store', { lines: [{ productId: ATTA, qty: 1, pricePaise: 100 }] })).status).toBe(409);
    // B's inbox holds nothing of A's; A's inbox needs A's signature.
    const inboxB = (await (await signedCall('b', 'inbox', {})).json()) as { orders: unknown[] };
    expect(inboxB.orders).toEqual([]);
    expect((await signedCall('a', 'inbox', {}, keys.b)).status).toBe(403);
    const inboxA = (await (await signedCall('a', 'inbox', {})).json()) as { orders: Array<{ id: string; request: { phone: string } }> };
    expect(inboxA.orders.map((o) => o.id)).toContain(id);
    // B cannot move A's order either: the update names an order B does not have.
    expect(((await (await signedCall('b', 'orders', { orders: [{ id, status: 'cancelled', view: null }] })).json()) as { updated: number }).updated).toBe(0);
  });

  it('the customer follows the order by its key on its own shop’s slug only; a replay is the same order; 100 orders from one phone stop at five an hour', async () => {
    const idempotencyKey = 'relay-follow-key-0000000001';
    const first = (await (await order('sharma-general-store', { idempotencyKey, phone: '9826099999' })).json()) as { result: { id: string } };
    const again = await order('sharma-general-store', { idempotencyKey, phone: '9826099999' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { result: { id: string; replay: boolean } }).result).toMatchObject({ id: first.result.id, replay: true });
    const page = (k: string, slug = 'sharma-general-store') => fetch(`${base}/${slug}/api/orders/${first.result.id}?k=${k}`);
    expect((await page(idempotencyKey)).status).toBe(200);
    expect((await page('wrong-key-wrong-key-00')).status).toBe(404);
    expect((await page(idempotencyKey, 'gupta-kirana')).status).toBe(404);
    const view = { number: 'W-0001', status: 'accepted', totalPaise: 28500 };
    expect(
      ((await (await signedCall('a', 'orders', { orders: [{ id: first.result.id, status: 'accepted', view }] })).json()) as { updated: number }).updated,
    ).toBe(1);
    expect(((await (await page(idempotencyKey)).json()) as { result: unknown }).result).toEqual({ id: first.result.id, status: 'accepted', order: view });
    const codes: number[] = [];
    for (let i = 0; i < 100; i++) codes.push((await order('sharma-general-store', { phone: '9826088888' })).status);
    expect(codes.filter((c) => c === 202)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(95);
    const bad = await order('sharma-general-store', { phone: '12345' }, 'hi');
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('मोबाइल नंबर');
    const huge = await fetch(`${base}/sharma-general-store/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(40_000),
    });
    expect(huge.status).toBe(413);
  });
});
