import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderSVG } from 'uqr';
import { OrderIn, OtpSendIn, OtpVerifyIn } from '../../core/contract/areas/orders';
import { fail } from '../../core/i18n/fail';
import { upiPayLink } from '../../core/payments/upi';
import { placeOrder, viewOf } from '../../core/services/orders/place';
import { startOtp, verifyOtp } from '../../core/services/orders/otp';
import type { StoredOrder } from '../../core/services/orders/ports';
import { payeeNameOf } from '../../core/shop/identity';
import type { Host } from '../create-host';
import type { BaseHeaders } from '../transports/http-api';
import type { RequestTarget } from '../transports/request-target';
import { newOtpCode, type OtpProvider } from './otp-provider';
import { catalogHeaders, metaFor, sendCatalogPage } from './pages';
import { langOf, readJson, sendError, sendJson } from './replies';
import type { SnapshotCache } from './snapshot-cache';
import type { OrderStreams } from './order-events';

export interface WebShop {
  snapshots: SnapshotCache;
  otp: OtpProvider;
  /** customers' order pages, told of each status as the counter moves the order */
  streams: OrderStreams;
  staticDir: string | undefined;
  /** told when an order is placed (the counter's sound and badge ride on data.changed) */
  onOrder: (order: StoredOrder) => void;
  log: (message: string, error?: unknown) => void;
}

const PRODUCT_PAGE = /^\/shop\/p\/([A-Za-z0-9_-]{1,64})$/;
const ORDER_API = /^\/shop\/api\/orders\/([A-Za-z0-9_-]{1,64})(\/events)?$/;

export const isWebShopPath = (path: string) => path === '/shop' || path.startsWith('/shop/');

/** The snapshot in the best encoding the phone accepts, or 304 when it already holds these bytes. */
async function sendSnapshot(req: IncomingMessage, res: ServerResponse, base: BaseHeaders, shop: WebShop) {
  const s = await shop.snapshots.get();
  const headers = { ...catalogHeaders(base), etag: s.etag, 'cache-control': 'no-cache', vary: 'accept-encoding', 'content-type': 'application/json' };
  if (req.headers['if-none-match'] === s.etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const [body, encoding] = /\bbr\b/.test(accepts) ? [s.br, 'br'] : /\bgzip\b/.test(accepts) ? [s.gzip, 'gzip'] : [s.identity, null];
  res.writeHead(200, { ...headers, 'content-length': String(body.length), ...(encoding ? { 'content-encoding': encoding } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The customer's order page data: the order, and for UPI the exact-amount link and its QR. */
export function orderReply(host: Host, order: StoredOrder) {
  const shop = host.deps.store.shop.get();
  const upi =
    order.payment === 'upi' && shop.upiVpa && order.totalPaise > 0
      ? upiPayLink({
          vpa: shop.upiVpa,
          payeeName: payeeNameOf(shop),
          amountPaise: order.totalPaise,
          note: `Order ${order.number}`,
          ref: order.number,
          mcc: '5411',
        })
      : null;
  return { order: viewOf(order), upi: upi ? { link: upi, vpa: shop.upiVpa, qrSvg: renderSVG(upi, { ecc: 'M', border: 2 }) } : null, shopPhone: shop.phone };
}

async function answer(host: Host, shop: WebShop, req: IncomingMessage, res: ServerResponse, base: BaseHeaders, target: RequestTarget) {
  const deps = host.deps;
  const lang = langOf(req);
  const path = target.path;
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (path === '/shop/snapshot.json') return sendSnapshot(req, res, base, shop);
    if (path === '/shop/search.json') {
      const q = (target.query.get('q') ?? '').slice(0, 60);
      const ids = q.trim() ? deps.store.catalog.search(q, 60).map((p) => p.id) : [];
      return sendJson(res, catalogHeaders(base), 200, { ok: true, result: ids }, { 'cache-control': 'public, max-age=60' });
    }
    const order = ORDER_API.exec(path);
    if (order) {
      const found = deps.store.webOrders.byId(order[1] ?? '');
      const key = target.query.get('k') ?? '';
      // Without its key an order does not exist: ids are never enough to read one.
      if (!found || found.viewKeyHash !== deps.secrets.hashToken(key)) fail('NOT_FOUND', 'orders.notFound');
      if (order[2] && req.method === 'GET') {
        // Too many streams: the page polls instead, so the answer only has to say so.
        if (shop.streams.open(req, res, catalogHeaders(base), found)) return;
        return sendJson(
          res,
          catalogHeaders(base),
          429,
          { ok: false, error: { code: 'RATE_LIMITED', message: 'Too many live pages' } },
          { 'retry-after': '10' },
        );
      }
      const etag = `"o${found.version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ...catalogHeaders(base), etag, 'cache-control': 'no-cache' });
        return res.end();
      }
      return sendJson(res, catalogHeaders(base), 200, { ok: true, result: orderReply(host, found) }, { etag, 'cache-control': 'no-cache' });
    }
    const product = PRODUCT_PAGE.exec(path);
    if (product || path === '/shop' || path === '/shop/' || path.startsWith('/shop/o/') || path === '/shop/cart') {
      const { snapshot } = await shop.snapshots.get();
      return sendCatalogPage(res, base, shop.staticDir, metaFor(snapshot, origin, product?.[1] ?? null));
    }
    return sendJson(res, catalogHeaders(base), 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Not found' } });
  }
  if (req.method !== 'POST')
    return sendJson(res, base, 405, { ok: false, error: { code: 'BAD_PARAMS', message: 'Method not allowed' } }, { allow: 'GET, POST' });
  if (path === '/shop/api/otp') {
    const p = await readJson(req, OtpSendIn, 'shop.otp', lang);
    const code = newOtpCode();
    startOtp(deps, p.phone, code);
    await shop.otp.send(p.phone, code, p.lang);
    return sendJson(res, base, 200, { ok: true, result: { sent: true } });
  }
  if (path === '/shop/api/otp/verify') {
    const p = await readJson(req, OtpVerifyIn, 'shop.otpVerify', lang);
    return sendJson(res, base, 200, { ok: true, result: { phoneToken: verifyOtp(deps, p.phone, p.code) } });
  }
  if (path === '/shop/api/orders') {
    const p = await readJson(req, OrderIn, 'shop.order', lang);
    const placed = placeOrder(deps, p);
    if (!placed.replay) shop.onOrder(placed.order);
    return sendJson(res, base, placed.replay ? 200 : 201, { ok: true, result: { ...orderReply(host, placed.order), replay: placed.replay } });
  }
  return sendJson(res, base, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Not found' } });
}

/** GET and POST under /shop/: public and read-only but for the order inbox, which the host writes. */
export function handleWebShop(host: Host, shop: WebShop, req: IncomingMessage, res: ServerResponse, base: BaseHeaders, target: RequestTarget) {
  answer(host, shop, req, res, base, target).catch((e: unknown) => {
    if (res.headersSent) return res.destroy();
    sendError(res, base, e, langOf(req), shop.log);
  });
}
