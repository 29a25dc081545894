import type { IncomingMessage, ServerResponse } from 'node:http';
import { api, DEVICE_HEADER, ERROR_CODES, isLang, isMethodName, LANG_HEADER, type HttpReply, type Lang } from '../../core/contract';
import { say } from '../../core/i18n/fail';
import { sessionFor } from '../../core/services';
import type { Host } from '../create-host';
import { filePieces, textPieces } from '../workers/reply-pieces';
import type { RequestTarget } from './request-target';

/** Headers every answer carries (security headers for this request's host), set by the server. */
export type BaseHeaders = Record<string, string>;

const MAX_BODY = 1 << 20;

/** The largest body a method takes: its own limit when it takes a whole file, else MAX_BODY. */
function bodyLimit(method: string): number {
  return isMethodName(method) ? (api[method].maxBodyBytes ?? MAX_BODY) : MAX_BODY;
}
/** How much of a refused body is read and discarded before the connection is cut. */
const MAX_DISCARD = 16 << 20;

export function send(res: ServerResponse, base: BaseHeaders, status: number, body: HttpReply | string, type = 'application/json', headers: BaseHeaders = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { ...base, 'content-type': type, 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export const sendText = (res: ServerResponse, base: BaseHeaders, status: number, text: string) => send(res, base, status, text, 'text/plain; charset=utf-8');

/**
 * The body as text, or null when it is larger than `limit`. A refused body is still read and
 * thrown away (up to MAX_DISCARD): destroying the socket while the client is uploading makes its
 * kernel answer with a reset, and the client sees ECONNRESET instead of our error reply.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    let refused = false;
    const chunks: Buffer[] = [];
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      resolveBody(null);
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) refuse();
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (refused) {
        if (size > limit + MAX_DISCARD) req.destroy();
      } else if (size > limit) refuse();
      else chunks.push(c);
    });
    req.on('end', () => {
      if (!refused) resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** The token of `Authorization: Bearer <token>`; the scheme name is case-insensitive (RFC 7235). */
export function bearer(req: IncomingMessage): string | undefined {
  const match = /^bearer +(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** The calling device's own secret (DEVICE_HEADER); '' when it sent none, which no session matches. */
function deviceOf(req: IncomingMessage): string {
  const value = req.headers[DEVICE_HEADER];
  return typeof value === 'string' ? value.slice(0, 200) : '';
}

/** Whether the peer is this PC itself (IPv4 or IPv6 loopback, also IPv4-mapped). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || a.startsWith('127.');
}

/** The language of the reply's words (errors, exports), from LANG_HEADER; without it the host answers in English. */
function langOf(req: IncomingMessage): Lang | undefined {
  const named = req.headers[LANG_HEADER];
  return isLang(named) ? named : undefined;
}

type RequestKey = 'request.usePost' | 'request.sendJson' | 'request.bodyTooLarge' | 'request.notJson';

const badParams = (req: IncomingMessage, key: RequestKey): HttpReply => ({
  ok: false,
  error: { code: 'BAD_PARAMS', message: say(langOf(req) ?? 'en', key), key },
});

/** A body over the limit: the usual words for 1 MiB, the file's limit in MB for a method taking a file. */
function tooLarge(req: IncomingMessage, limit: number): HttpReply {
  if (limit === MAX_BODY) return badParams(req, 'request.bodyTooLarge');
  const params = { mb: Math.round(limit / (1 << 20)) };
  return { ok: false, error: { code: 'BAD_PARAMS', message: say(langOf(req) ?? 'en', 'request.fileTooLarge', params), key: 'request.fileTooLarge', params } };
}

/**
 * JSON only: a browser sends a cross-site `text/plain` or form POST without asking first (a
 * "simple request"); `application/json` makes it ask, and the Origin check refuses it.
 */
export function isJson(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

export async function handleApi(host: Host, req: IncomingMessage, res: ServerResponse, base: BaseHeaders, method: string) {
  if (req.method !== 'POST') return send(res, base, 405, badParams(req, 'request.usePost'), 'application/json', { allow: 'POST' });
  if (!isJson(req)) {
    req.resume();
    return send(res, base, 415, badParams(req, 'request.sendJson'));
  }
  const limit = bodyLimit(method);
  const text = await readBody(req, limit);
  if (text === null) return send(res, base, ERROR_CODES.BAD_PARAMS.http, tooLarge(req, limit));
  let params: unknown;
  try {
    params = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return send(res, base, ERROR_CODES.BAD_PARAMS.http, badParams(req, 'request.notJson'));
  }
  const token = bearer(req);
  const lang = langOf(req);
  const reply = await host.dispatch({
    id: 0,
    method,
    params,
    ...(token === undefined ? {} : { token }),
    ...(lang === undefined ? {} : { lang }),
    device: deviceOf(req),
    ...(isLoopback(req.socket.remoteAddress) ? {} : { via: 'lan' as const }),
  });
  if (res.destroyed) return;
  if (reply.ok) await sendResult(res, base, reply.result);
  else send(res, base, ERROR_CODES[reply.error.code].http, { ok: false, error: reply.error });
}

const BASE64_ONLY = /^[A-Za-z0-9+/=]*$/;

/**
 * A successful reply; one carrying a large file (an export of 300,000 products is 33 MB of base64)
 * is written in pieces of 1 MB, a piece a turn, so bills are answered between them: `JSON.stringify` of the
 * whole reply held the host's thread 175 ms. The base64 needs no escaping in JSON, so the reply is
 * the JSON of the rest with the file's characters written in place.
 */
export async function sendResult(res: ServerResponse, base: BaseHeaders, result: unknown) {
  const file = typeof result === 'object' && result !== null && 'base64' in result ? result : null;
  // a file from the heavy-work process is written in the pieces it came in, never joined here
  const pieces = file ? (filePieces(file) ?? (typeof file.base64 === 'string' ? textPieces(file.base64) : [])) : [];
  if (!file || pieces.length < 2) return send(res, base, 200, { ok: true, result });
  const rest = Object.fromEntries(Object.entries(Object.getOwnPropertyDescriptors(file)).flatMap(([k, d]) => (k === 'base64' ? [] : [[k, d.value]])));
  const whole = JSON.stringify({ ok: true, result: { ...rest, base64: '' } });
  // it ends `"base64":""}}`: the file's characters go before the closing quote
  const head = whole.slice(0, -3);
  const tail = whole.slice(-3);
  const length = Buffer.byteLength(head) + pieces.reduce((n, p) => n + p.length, 0) + tail.length;
  res.writeHead(200, { ...base, 'content-type': 'application/json', 'content-length': String(length), 'cache-control': 'no-store' });
  res.write(head);
  for (const piece of pieces) {
    if (res.destroyed) return;
    if (!BASE64_ONLY.test(piece)) return void res.destroy(new Error('a file reply that is not base64'));
    if (!res.write(piece) && !res.destroyed) await drainedOrClosed(res);
    else await new Promise((resolve) => setImmediate(resolve));
  }
  if (!res.destroyed) res.end(tail);
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

export const INVOICE_PDF = /^\/invoices\/([^/]+)\.pdf$/;

/**
 * GET /invoices/<id>.pdf: the invoice PDF, for a logged-in screen (?token= or a Bearer header, as
 * events use) or a customer holding the share key printing.shareLink made for this one invoice.
 */
export async function handleInvoicePdf(host: Host, req: IncomingMessage, res: ServerResponse, base: BaseHeaders, target: RequestTarget) {
  const id = INVOICE_PDF.exec(target.path)?.[1] ?? '';
  const key = target.query.get('key');
  const deps = host.deps;
  let allowed = false;
  if (key) {
    const link = deps.store.printJobs.shareLink(deps.secrets.hashToken(key));
    allowed = link !== undefined && link.invoiceId === id && link.expiresAt > deps.clock.now().toISOString();
  } else {
    try {
      sessionFor(deps, bearer(req) ?? target.query.get('token') ?? undefined, 'en', deviceOf(req) || (target.query.get('device') ?? ''));
      allowed = true;
    } catch {
      allowed = false;
    }
  }
  if (!allowed) return sendText(res, base, 401, 'This link is not valid (or has expired). Ask the shop for a new one.');
  const invoice = deps.store.billing.view(id);
  if (!invoice) return sendText(res, base, 404, 'No such invoice');
  const pdf = await deps.documents.invoicePdf(invoice, deps.store.shop.get(), target.query.get('size') === 'A5' ? 'A5' : 'A4');
  if (res.destroyed) return;
  res.writeHead(200, {
    ...base,
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="${invoice.number.replace(/[^A-Za-z0-9_-]/g, '-')}.pdf"`,
    'cache-control': 'no-store',
  });
  res.end(pdf);
}
