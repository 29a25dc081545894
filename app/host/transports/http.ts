import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { API_PATH, type HttpReply } from '../../core/contract';
import { say } from '../../core/i18n/fail';
import type { Host } from '../create-host';
import { attachEventSockets, type EventSocketLimits, type SyncTransport } from './events-socket';
import { securityHeaders } from './headers';
import { handleApi, handleInvoicePdf, INVOICE_PDF, send, sendText, type BaseHeaders } from './http-api';
import { createOriginPolicy, type OriginPolicy } from './origin-policy';
import { handlePayPage, PAY_PAGE } from './pay-page';
import { parseTarget } from './request-target';
import { serveStatic } from './static-files';
import { CA_CERT_PATH } from '../tls/shop-tls';
import { consoleOtpProvider, type OtpProvider } from '../web-shop/otp-provider';
import { handleWebShop, isWebShopPath, orderReply, type WebShop } from '../web-shop/routes';
import { createOrderStreams } from '../web-shop/order-events';
import { createSnapshotCache } from '../web-shop/snapshot-cache';
import { startRelayBridge } from '../web-shop/relay-bridge';

export interface HttpOptions {
  port?: number;
  /** 127.0.0.1 for this PC only; 0.0.0.0 to let the tablet and phone on the shop's Wi-Fi in */
  hostname?: string;
  /** the built renderer (index.html + assets) */
  staticDir?: string;
  /** answer to this PC's LAN addresses and name (default: when bound to all interfaces) */
  lan?: boolean;
  /** further names the host answers to, as the owner configured them (e.g. kirana-pc.local) */
  allowedHosts?: readonly string[];
  /** further origins whose pages may call the API (e.g. the Vite dev server) */
  allowedOrigins?: readonly string[];
  eventSocketLimits?: EventSocketLimits;
  /** the embedded sync relay (app/host/sync) */
  sync?: SyncTransport;
  /** HTTPS with the shop's own certificate (tls/shop-tls.ts); the CA certificate is served for tablets to install */
  tls?: { key: string; cert: string; caCert: string };
  /** sends the web catalog's phone OTPs (SMS or WhatsApp); prints them on the console when absent */
  otpProvider?: OtpProvider;
  /** how often the cloud relay's order inbox is asked (2 s) */
  relayPollMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface HttpServer {
  url: string;
  port: number;
  /** the names the host answers to right now */
  allowedHosts(): string[];
  /** sockets on /events now open */
  eventSockets(): number;
  close(): Promise<void>;
}

const anyInterface = (hostname: string | undefined) => hostname === '0.0.0.0' || hostname === '::';

function route(
  host: Host,
  policy: OriginPolicy,
  options: HttpOptions,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
  log: NonNullable<HttpOptions['log']>,
  webShop: WebShop,
) {
  const bare: BaseHeaders = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
  const target = parseTarget(req.url);
  if (!target) return sendText(res, bare, 400, 'Bad request');
  const named = policy.host(req.headers.host);
  // A foreign Host is a page on another site that pointed its name at this PC: it gets nothing.
  if (!named) return sendText(res, bare, 421, 'This address is not one SmartKirana answers to');
  if (!policy.origin(req.headers.origin, port)) return sendText(res, bare, 403, 'Requests from other sites are refused');
  const base = securityHeaders(named.authority);
  if (options.sync && target.path.startsWith(options.sync.prefix) && options.sync.handleRequest(req, res)) return;
  if (target.rawPath.startsWith(API_PATH)) {
    handleApi(host, req, res, base, target.rawPath.slice(API_PATH.length)).catch((e: unknown) => {
      log('[http] failed to answer', e);
      const reply: HttpReply = { ok: false, error: { code: 'INTERNAL', message: say('en', 'request.hostUnreachable'), key: 'request.hostUnreachable' } };
      if (!res.headersSent) send(res, base, 500, reply);
      else res.destroy();
    });
  } else if (req.method === 'GET' && INVOICE_PDF.test(target.path)) {
    handleInvoicePdf(host, req, res, base, target).catch((e: unknown) => {
      log('[http] invoice PDF failed', e);
      if (!res.headersSent) sendText(res, base, 500, 'The invoice could not be made');
      else res.destroy();
    });
  } else if (req.method === 'GET' && PAY_PAGE.test(target.path)) {
    try {
      handlePayPage(host, req, res, base, target);
    } catch (e) {
      log('[http] pay page failed', e);
      if (!res.headersSent) sendText(res, base, 500, 'The page could not be made');
      else res.destroy();
    }
  } else if (isWebShopPath(target.path)) handleWebShop(host, webShop, req, res, base, target);
  else if (target.path === '/healthz') send(res, base, 200, { ok: true, result: 'ready' });
  else if (req.method === 'GET' && target.path === CA_CERT_PATH && options.tls) {
    // Public by nature: a tablet installs it, and the pairing QR's fingerprint tells whether it is this shop's.
    res.writeHead(200, { ...base, 'content-type': 'application/x-x509-ca-cert', 'content-disposition': 'attachment; filename="smartkirana-shop-ca.crt"' });
    res.end(options.tls.caCert);
  } else if (req.method !== 'GET' && req.method !== 'HEAD') send(res, base, 405, 'Method not allowed', 'text/plain; charset=utf-8', { allow: 'GET, HEAD' });
  else serveStatic(options.staticDir, target.path, res, base);
}

/** HTTP (POST /api/<method>), WebSocket events (/events?token=…) and the built screens, on one port. */
export async function startHttpServer(host: Host, options: HttpOptions = {}): Promise<HttpServer> {
  const log = options.log ?? ((m, e) => console.error(m, e ?? ''));
  const bound = options.hostname ?? '127.0.0.1';
  const policy = createOriginPolicy({
    lan: options.lan ?? anyInterface(bound),
    names: [...(anyInterface(bound) ? [] : [bound]), ...(options.allowedHosts ?? [])],
    origins: options.allowedOrigins ?? [],
  });
  let port = 0;
  const snapshots = createSnapshotCache(() => host.deps, host.events);
  const webShop: WebShop = {
    snapshots,
    otp: options.otpProvider ?? consoleOtpProvider(),
    streams: createOrderStreams(
      host.events,
      (id) => host.deps.store.webOrders.byId(id),
      (o) => ({ ok: true, result: orderReply(host, o) }),
    ),
    staticDir: options.staticDir,
    onOrder: () => host.events.publish({ event: 'data.changed', payload: { areas: ['orders'] } }),
    log,
  };
  const relayBridge = startRelayBridge({ host, snapshots, onOrder: webShop.onOrder, log, pollMs: options.relayPollMs });
  host.deps.webShopRelay = relayBridge;
  // Every listener is wrapped: whatever a request does, the host keeps answering the counter.
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    try {
      route(host, policy, options, port, req, res, log, webShop);
    } catch (e) {
      log('[http] request listener failed', e);
      if (!res.headersSent) sendText(res, {}, 500, 'The host could not answer');
      else res.destroy();
    }
  };
  const server = options.tls ? createTlsServer({ key: options.tls.key, cert: options.tls.cert, minVersion: 'TLSv1.2' }, listener) : createServer(listener);
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  });
  const sockets = attachEventSockets(server, host, policy, () => port, log, options.eventSocketLimits, options.sync);

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bound, () => resolveListen());
  });
  server.on('error', (e) => log('[http] server error', e));
  port = (server.address() as AddressInfo).port;
  const shown = anyInterface(bound) ? '127.0.0.1' : bound.includes(':') ? `[${bound}]` : bound;
  return {
    url: `${options.tls ? 'https' : 'http'}://${shown}:${port}`,
    port,
    allowedHosts: () => policy.names(),
    eventSockets: () => sockets.count(),
    close: () =>
      new Promise((done) => {
        sockets.close();
        relayBridge.close();
        if (host.deps.webShopRelay === relayBridge) delete host.deps.webShopRelay;
        snapshots.close();
        webShop.streams.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
