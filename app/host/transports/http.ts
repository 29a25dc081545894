import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import { API_PATH, ERROR_CODES, EVENTS_PATH, isLang, LANG_HEADER, type HttpReply, type Lang } from '../../core/contract';
import { say } from '../../core/i18n/fail';
import { sessionFor } from '../../core/services';
import type { Host } from '../create-host';

export interface HttpOptions {
  port?: number;
  /** 127.0.0.1 for this PC only; 0.0.0.0 to let the tablet and phone on the shop's Wi-Fi in */
  hostname?: string;
  /** the built renderer (index.html + assets) */
  staticDir?: string;
}

export interface HttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;
/** How much of a refused body is read and discarded before the connection is cut. */
const MAX_DISCARD = 16 << 20;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function send(res: ServerResponse, status: number, body: HttpReply | string, type = 'application/json', headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

/**
 * The body as text, or null when it is larger than MAX_BODY. A refused body is still read and
 * thrown away (up to MAX_DISCARD): destroying the socket while the client is uploading makes its
 * kernel answer with a reset, and the client sees ECONNRESET instead of our error reply.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    let refused = false;
    const chunks: Buffer[] = [];
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      resolveBody(null);
    };
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) refuse();
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (refused) {
        if (size > MAX_BODY + MAX_DISCARD) req.destroy();
      } else if (size > MAX_BODY) refuse();
      else chunks.push(c);
    });
    req.on('end', () => {
      if (!refused) resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** The token of `Authorization: Bearer <token>`; the scheme name is case-insensitive (RFC 7235). */
function bearer(req: IncomingMessage): string | undefined {
  const match = /^bearer +(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** The language of the reply's words (errors, exports), from LANG_HEADER; without it the host answers in English. */
function langOf(req: IncomingMessage): Lang | undefined {
  const named = req.headers[LANG_HEADER];
  return isLang(named) ? named : undefined;
}

const badParams = (key: 'request.usePost' | 'request.bodyTooLarge' | 'request.notJson'): HttpReply => ({
  ok: false,
  error: { code: 'BAD_PARAMS', message: say('en', key), key },
});

async function handleApi(host: Host, req: IncomingMessage, res: ServerResponse, method: string) {
  if (req.method !== 'POST') return send(res, 405, badParams('request.usePost'), 'application/json', { allow: 'POST' });
  const text = await readBody(req);
  if (text === null) return send(res, ERROR_CODES.BAD_PARAMS.http, badParams('request.bodyTooLarge'));
  let params: unknown;
  try {
    params = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return send(res, ERROR_CODES.BAD_PARAMS.http, badParams('request.notJson'));
  }
  const token = bearer(req);
  const lang = langOf(req);
  const reply = await host.dispatch({ id: 0, method, params, ...(token === undefined ? {} : { token }), ...(lang === undefined ? {} : { lang }) });
  if (reply.ok) send(res, 200, { ok: true, result: reply.result });
  else send(res, ERROR_CODES[reply.error.code].http, { ok: false, error: reply.error });
}

/**
 * GET /invoices/<id>.pdf: the invoice PDF, for a logged-in screen (?token= or a Bearer header, as
 * events use) or a customer holding the share key printing.shareLink made for this one invoice.
 */
async function handleInvoicePdf(host: Host, req: IncomingMessage, res: ServerResponse, url: URL) {
  const id = decodeURIComponent(url.pathname.slice('/invoices/'.length, -'.pdf'.length));
  const key = url.searchParams.get('key');
  const deps = host.deps;
  let allowed = false;
  if (key) {
    const link = deps.store.printJobs.shareLink(deps.secrets.hashToken(key));
    allowed = link !== undefined && link.invoiceId === id && link.expiresAt > deps.clock.now().toISOString();
  } else {
    try {
      sessionFor(deps, bearer(req) ?? url.searchParams.get('token') ?? undefined);
      allowed = true;
    } catch {
      allowed = false;
    }
  }
  if (!allowed) return send(res, 401, 'This link is not valid (or has expired). Ask the shop for a new one.', 'text/plain; charset=utf-8');
  const invoice = deps.store.billing.view(id);
  if (!invoice) return send(res, 404, 'No such invoice', 'text/plain; charset=utf-8');
  const pdf = await deps.documents.invoicePdf(invoice, deps.store.shop.get(), url.searchParams.get('size') === 'A5' ? 'A5' : 'A4');
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="${invoice.number.replace(/\//g, '-')}.pdf"`,
    'cache-control': 'no-store',
  });
  res.end(pdf);
}

function serveStatic(staticDir: string | undefined, urlPath: string, res: ServerResponse) {
  if (!staticDir || !existsSync(staticDir)) return send(res, 404, 'The screens are not built: run npm run build', 'text/plain; charset=utf-8');
  const root = resolve(staticDir);
  let file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root)) return send(res, 403, 'Forbidden', 'text/plain');
  // Client-side routes fall back to the app shell.
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  const immutable = urlPath.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/** HTTP (POST /api/<method>), WebSocket events (/events?token=…) and the built screens, on one port. */
export async function startHttpServer(host: Host, options: HttpOptions = {}): Promise<HttpServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(API_PATH)) {
      handleApi(host, req, res, url.pathname.slice(API_PATH.length)).catch((e: unknown) => {
        console.error('[http] failed to answer', e);
        if (!res.headersSent)
          send(res, 500, { ok: false, error: { code: 'INTERNAL', message: say('en', 'request.hostUnreachable'), key: 'request.hostUnreachable' } });
      });
    } else if (req.method === 'GET' && /^\/invoices\/[^/]+\.pdf$/.test(url.pathname)) {
      handleInvoicePdf(host, req, res, url).catch((e: unknown) => {
        console.error('[http] invoice PDF failed', e);
        if (!res.headersSent) send(res, 500, 'The invoice could not be made', 'text/plain; charset=utf-8');
      });
    } else if (url.pathname === '/healthz') send(res, 200, { ok: true, result: 'ready' });
    else serveStatic(options.staticDir, url.pathname, res);
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== EVENTS_PATH) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      const token = url.searchParams.get('token') ?? undefined;
      const live = () => {
        try {
          sessionFor(host.deps, token);
          return true;
        } catch {
          // 4401: y-websocket-style clients treat 4400–4499 as final and stop reconnecting.
          ws.close(4401, 'log in first');
          return false;
        }
      };
      if (!live()) return;
      // The session is checked again before each event, so a logout (or a removed user) stops the stream.
      const unsubscribe = host.events.subscribe((event) => {
        if (live()) ws.send(JSON.stringify(event));
        else unsubscribe();
      });
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.hostname ?? '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.hostname && options.hostname !== '0.0.0.0' ? options.hostname : '127.0.0.1'}:${port}`,
    port,
    close: () =>
      new Promise((done) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
