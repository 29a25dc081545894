import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { RoomBus } from '../bus';
import type { ShopRegistry } from '../registry';
import { decodePublicKey, openMessage } from '../tokens';
import { consoleOtpSender, OtpSend, OtpVerify, phoneVerified, startRelayOtp, verifyRelayOtp, type RelayOtpSender } from './otp';
import { sendShopPage, serveAsset } from './page';
import { createRelayOrderStreams, type RelayOrderStreamLimits } from './order-streams';
import type { InboxOrder, WebShopStore } from './store';
import { say, type Lang, type Word } from './words';

export interface WebShopRouteOptions {
  registry: ShopRegistry;
  store: WebShopStore;
  /** the relay's own prefix (e.g. `/sync/`): its first segment is never a shop's slug */
  reserved: readonly string[];
  /** the catalog page's HTML shell (the built catalog.html), when the relay serves the page itself */
  shell?: string;
  /** the built renderer's assets folder, served at /assets/ for the shell's scripts and styles */
  assetsDir?: string;
  /** sends customers their one-time codes; the console sender (the log) when none is given */
  otp?: RelayOtpSender;
  now?: () => number;
  log: (message: string) => void;
  /** the relay processes' bus: a status the counter sends one process reaches order pages streamed from another */
  bus?: RoomBus | null;
  streamLimits?: RelayOrderStreamLimits;
}

export const WEB_SHOP_LIMITS = { catalogBytes: 32 << 20, orderBytes: 32 << 10, ordersPerPhonePerHour: 5, inboxBatch: 100, clockSkewMs: 5 * 60_000 };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('base64url');

/** What a customer may send: the relay checks shape, size and the published prices; the counter checks the rest. */
const OrderRequest = z.strictObject({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  name: z.string().trim().min(1).max(60),
  phone: z.string().regex(/^[6-9]\d{9}$/),
  phoneToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  fulfilment: z.enum(['pickup', 'delivery']),
  address: z.string().trim().max(200).default(''),
  slot: z.string().max(24).default(''),
  payment: z.enum(['upi', 'cod']),
  lang: z.enum(['en', 'hi']).default('en'),
  lines: z
    .array(z.strictObject({ productId: z.string().regex(ID), qty: z.int().min(1).max(999), pricePaise: z.int().min(0) }))
    .min(1)
    .max(100),
});
const PublishClaim = z.strictObject({ shop: z.string().regex(ID), slug: z.string().regex(SLUG), sha256: z.string().max(64), at: z.number() });
const InboxClaim = z.strictObject({ shop: z.string().regex(ID), at: z.number() });
const StatusClaim = z.strictObject({
  shop: z.string().regex(ID),
  at: z.number(),
  orders: z.array(z.strictObject({ id: z.string().regex(ID), status: z.string().max(20), view: z.unknown() })).max(100),
});

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly word: Word,
  ) {
    super(word);
  }
}

const langOf = (req: IncomingMessage): Lang => (req.headers['x-sk-lang'] === 'hi' ? 'hi' : 'en');

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > max) throw new Refusal(413, 'tooLarge');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += piece.length;
    if (size > max) throw new Refusal(413, 'tooLarge');
    chunks.push(piece);
  }
  return Buffer.concat(chunks);
}

/** The published catalog's products by id with their price: what an order may name, at what price. */
const priceLists = new Map<string, Map<string, number>>();
function pricesOf(etag: string, identity: Buffer): Map<string, number> {
  let prices = priceLists.get(etag);
  if (!prices) {
    const parsed = z.object({ products: z.array(z.object({ id: z.string(), p: z.number() })) }).safeParse(JSON.parse(identity.toString('utf8')));
    prices = new Map(parsed.success ? parsed.data.products.map((p) => [p.id, p.p]) : []);
    if (priceLists.size >= 64) priceLists.delete(priceLists.keys().next().value ?? '');
    priceLists.set(etag, prices);
  }
  return prices;
}

/**
 * Many shops' web catalogs on the standalone relay: each shop publishes its snapshot signed with
 * its key, and customers read it at `/<slug>` and post orders into that shop's inbox. Every read
 * is by the slug's own shop: an order id from another shop, or a product another shop sells, is
 * simply not found.
 */
export function createWebShopRoutes(options: WebShopRouteOptions) {
  const now = options.now ?? Date.now;
  const sendOtp = options.otp ?? consoleOtpSender(options.log);
  const streams = createRelayOrderStreams({
    read: (shopId, id) => options.store.order(shopId, id),
    bus: options.bus,
    log: options.log,
    limits: options.streamLimits,
  });

  async function claim<S extends z.ZodType<{ shop: string; at: number }>>(shopId: string, envelope: unknown, schema: S): Promise<z.output<S>> {
    const key = await options.registry.publicKey(shopId);
    const publicKey = key === null ? null : decodePublicKey(key);
    if (!publicKey) throw new Refusal(404, 'unknownShop');
    const parsed = schema.safeParse(openMessage(envelope, publicKey));
    if (!parsed.success) throw new Refusal(403, 'notSigned');
    const data: { shop: string; at: number } = parsed.data;
    if (data.shop !== shopId || Math.abs(data.at - now()) > WEB_SHOP_LIMITS.clockSkewMs) throw new Refusal(403, 'notSigned');
    return parsed.data;
  }

  async function shopCall(req: IncomingMessage, res: ServerResponse, shopId: string, what: string) {
    if (what === 'catalog') {
      const header = String(req.headers['x-sk-signed'] ?? '');
      let envelope: unknown = null;
      try {
        envelope = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
      } catch {
        throw new Refusal(403, 'notSigned');
      }
      const signed = await claim(shopId, envelope, PublishClaim);
      const body = await readBody(req, WEB_SHOP_LIMITS.catalogBytes);
      if (sha(body) !== signed.sha256) throw new Refusal(403, 'notSigned');
      const shop = z
        .object({ shop: z.object({ name: z.string().max(120), address: z.string().max(300) }), products: z.array(z.unknown()) })
        .safeParse(JSON.parse(body.toString('utf8')));
      if (!shop.success) throw new Refusal(400, 'badCatalog');
      const outcome = await options.store.publish({
        shopId,
        slug: signed.slug,
        etag: `"${sha(body).slice(0, 27)}"`,
        identity: body,
        gzip: gzipSync(body, { level: 6 }),
        br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        title: shop.data.shop.name,
        description: shop.data.shop.address,
      });
      if (outcome === 'taken') throw new Refusal(409, 'slugTaken');
      return send(res, 200, { published: signed.slug, products: shop.data.products.length });
    }
    const envelope: unknown = JSON.parse((await readBody(req, 1 << 20)).toString('utf8') || 'null');
    if (what === 'inbox') {
      await claim(shopId, envelope, InboxClaim);
      const orders = await options.store.inbox(shopId, WEB_SHOP_LIMITS.inboxBatch);
      return send(res, 200, { orders: orders.map((o) => ({ id: o.id, request: o.request, createdAt: o.createdAt })) });
    }
    const signed = await claim(shopId, envelope, StatusClaim);
    let updated = 0;
    for (const o of signed.orders)
      if (await options.store.setStatus(shopId, o.id, o.status, o.view ?? null)) {
        updated += 1;
        streams.changed(shopId, o.id);
      }
    return send(res, 200, { updated });
  }

  async function customer(req: IncomingMessage, res: ServerResponse, slug: string, rest: string, query: URLSearchParams) {
    const catalog = await options.store.bySlug(slug);
    if (!catalog) throw new Refusal(404, 'unknownShop');
    if (req.method === 'GET' && /^(\/|\/cart|\/[op]\/[A-Za-z0-9_-]{1,64})?$/.test(rest))
      return sendShopPage(res, options.shell, slug, catalog.title, catalog.description);
    if (req.method === 'POST' && rest === '/api/otp') {
      const p = OtpSend.safeParse(JSON.parse((await readBody(req, 1024)).toString('utf8')));
      if (!p.success) throw new Refusal(400, 'badPhone');
      const code = await startRelayOtp(options.store, catalog.shopId, p.data.phone, now());
      if (code === 'tooManyOtps') throw new Refusal(429, code);
      await sendOtp({ slug, phone: p.data.phone, code, lang: p.data.lang });
      return send(res, 200, { ok: true, result: { sent: true } });
    }
    if (req.method === 'POST' && rest === '/api/otp/verify') {
      const p = OtpVerify.safeParse(JSON.parse((await readBody(req, 1024)).toString('utf8')));
      if (!p.success) throw new Refusal(400, 'otpWrong');
      const verified = await verifyRelayOtp(options.store, catalog.shopId, p.data.phone, p.data.code, now());
      if (typeof verified === 'string') throw new Refusal(400, verified);
      return send(res, 200, { ok: true, result: { phoneToken: verified.token } });
    }
    if (req.method === 'GET' && rest === '/snapshot.json') {
      const headers = { etag: catalog.etag, 'cache-control': 'no-cache', vary: 'accept-encoding', 'content-type': 'application/json' };
      if (req.headers['if-none-match'] === catalog.etag) {
        res.writeHead(304, headers);
        return void res.end();
      }
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const [body, encoding] = /\bbr\b/.test(accepts) ? [catalog.br, 'br'] : /\bgzip\b/.test(accepts) ? [catalog.gzip, 'gzip'] : [catalog.identity, null];
      res.writeHead(200, { ...headers, 'content-length': String(body.length), ...(encoding ? { 'content-encoding': encoding } : {}) });
      return void res.end(body);
    }
    const orderPage = /^\/api\/orders\/([A-Za-z0-9_-]{1,64})(\/events)?$/.exec(rest);
    if (req.method === 'GET' && orderPage) {
      const order = await options.store.order(catalog.shopId, orderPage[1] ?? '');
      // Without its key an order does not exist, in this shop or any other.
      if (!order || order.keyHash !== sha(query.get('k') ?? '')) throw new Refusal(404, 'orderNotFound');
      if (orderPage[2] && !streams.open(req, res, order)) throw new Refusal(429, 'tooManyStreams');
      if (orderPage[2]) return;
      return send(res, 200, { ok: true, result: { id: order.id, status: order.status, order: order.view } });
    }
    if (req.method === 'POST' && rest === '/api/orders') {
      const raw = await readBody(req, WEB_SHOP_LIMITS.orderBytes);
      let input: unknown;
      try {
        input = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new Refusal(400, 'badOrder');
      }
      const parsed = OrderRequest.safeParse(input);
      if (!parsed.success) throw new Refusal(400, parsed.error.issues.some((i) => i.path[0] === 'phone') ? 'badPhone' : 'badOrder');
      const o = parsed.data;
      if (!(await phoneVerified(options.store, catalog.shopId, o.phone, o.phoneToken, now()))) throw new Refusal(401, 'phoneUnverified');
      const prices = pricesOf(catalog.etag, catalog.identity);
      for (const line of o.lines) {
        const price = prices.get(line.productId);
        if (price === undefined) throw new Refusal(404, 'productGone');
        if (price !== line.pricePaise) throw new Refusal(409, 'priceChanged');
      }
      const id = sha(`${catalog.shopId}:${o.idempotencyKey}`).slice(0, 22);
      const known = await options.store.order(catalog.shopId, id);
      if (known) return send(res, 200, { ok: true, result: { id, status: known.status, replay: true } });
      if ((await options.store.ordersSince(catalog.shopId, o.phone, now() - 3_600_000)) >= WEB_SHOP_LIMITS.ordersPerPhonePerHour)
        throw new Refusal(429, 'tooMany');
      const order: InboxOrder = {
        shopId: catalog.shopId,
        id,
        keyHash: sha(o.idempotencyKey),
        phone: o.phone,
        // The phone's token stays here: the shop is told the phone was verified by taking the order.
        request: { ...o, phoneToken: 'verified-by-the-relay' },
        status: 'received',
        view: null,
        createdAt: now(),
      };
      await options.store.addOrder(order);
      return send(res, 202, { ok: true, result: { id, status: 'received', replay: false } });
    }
    throw new Refusal(404, 'notFound');
  }

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://relay');
    } catch {
      return false;
    }
    const path = url.pathname;
    const asset = /^\/assets\/([^/]+)$/.exec(path);
    if (asset && (req.method === 'GET' || req.method === 'HEAD')) return serveAsset(req, res, options.assetsDir, asset[1] ?? '');
    const shop = /^\/shops\/([A-Za-z0-9_-]{1,64})\/(catalog|inbox|orders)$/.exec(path);
    const slugged = /^\/([a-z0-9-]{1,48})(\/.*)?$/.exec(path);
    const first = path.split('/')[1] ?? '';
    if (!shop && (!slugged || options.reserved.includes(first))) return false;
    if (shop && req.method !== 'POST') return false;
    const lang = langOf(req);
    const work = shop ? shopCall(req, res, shop[1] ?? '', shop[2] ?? '') : customer(req, res, slugged?.[1] ?? '', slugged?.[2] ?? '', url.searchParams);
    work.catch((e: unknown) => {
      if (res.headersSent) return res.destroy();
      if (e instanceof Refusal) return send(res, e.status, { ok: false, error: { code: e.word, message: say(lang, e.word) } });
      if (e instanceof SyntaxError) return send(res, 400, { ok: false, error: { code: 'badOrder', message: say(lang, 'badOrder') } });
      options.log(`[relay web shop] ${req.method} ${path} failed: ${(e as Error).message}`);
      send(res, 500, { ok: false, error: { code: 'internal', message: say(lang, 'internal') } });
    });
    return true;
  };
  return Object.assign(handle, { streams });
}
