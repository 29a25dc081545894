import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { AppError, ERROR_CODES, type HttpReply } from '../../core/contract';
import { CATALOGUE, type MessageKey } from '../../core/i18n/catalogue';
import { fail, say } from '../../core/i18n/fail';
import { badParams } from '../../core/i18n/field-errors';
import { fill, isLang, type Lang } from '../../core/i18n/text';
import type { BaseHeaders } from '../transports/http-api';

export const MAX_ORDER_BODY = 32 * 1024;

export const langOf = (req: IncomingMessage, fallback: Lang = 'en'): Lang => {
  const named = req.headers['x-sk-lang'];
  return isLang(named) ? named : fallback;
};

export function sendJson(res: ServerResponse, base: BaseHeaders, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...base,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

const isKey = (key: string): key is MessageKey => Object.hasOwn(CATALOGUE, key);

/** A refusal in the customer's words: the code, the message in their language, the key and params. */
export function sendError(res: ServerResponse, base: BaseHeaders, e: unknown, lang: Lang, log: (m: string, e?: unknown) => void) {
  if (e instanceof AppError && e.code !== 'INTERNAL') {
    const wording = e.wording;
    const key = wording && isKey(wording.key) ? wording.key : (`error.${e.code}` satisfies MessageKey);
    const message = fill(CATALOGUE[key][lang], wording?.params);
    const reply: HttpReply = { ok: false, error: { code: e.code, message, ...(wording ? { key: wording.key, params: wording.params } : {}) } };
    return sendJson(res, base, ERROR_CODES[e.code].http, reply);
  }
  log('[web shop] request failed', e);
  return sendJson(res, base, 500, { ok: false, error: { code: 'INTERNAL', message: say(lang, 'error.INTERNAL'), key: 'error.INTERNAL' } });
}

/** A bounded JSON body, parsed by a strict schema; anything else is a BAD_PARAMS in the customer's language. */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S, name: string, lang: Lang): Promise<z.output<S>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' || Number(req.headers['content-length'] ?? 0) > MAX_ORDER_BODY) {
    req.resume();
    fail('BAD_PARAMS', 'orders.badRequest');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += piece.length;
    if (size > MAX_ORDER_BODY) {
      req.resume();
      fail('BAD_PARAMS', 'orders.badRequest');
    }
    chunks.push(piece);
  }
  let input: unknown;
  try {
    input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    fail('BAD_PARAMS', 'orders.badRequest');
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badParams(name, parsed.error.issues, input, lang);
  return parsed.data;
}
