import { z } from 'zod';
import type { ErrorData } from './errors';
import { LANGS } from './vocabulary';

/**
 * The envelope every transport carries. HTTP maps it onto POST /api/<method>, the token onto
 * `Authorization: Bearer` and the language onto LANG_HEADER. Without a language the host answers
 * in English.
 */
export const RequestEnvelope = z.object({
  id: z.union([z.string(), z.number()]),
  method: z.string(),
  params: z.unknown().optional(),
  token: z.string().optional(),
  lang: z.enum(LANGS).optional(),
  /** the device's own secret (its client id), proving a session is used on the device that opened it */
  device: z.string().max(200).optional(),
  /** set by the HTTP transport for a caller on the shop's Wi-Fi (not this PC itself) */
  via: z.literal('lan').optional(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelope>;

export type ResponseEnvelope = { id: string | number; ok: true; result: unknown } | { id: string | number; ok: false; error: ErrorData };

/** HTTP body of a reply: the envelope without its id. */
export type HttpReply = { ok: true; result: unknown } | { ok: false; error: ErrorData };

export const API_PATH = '/api/';
/** The HTTP header naming the language of the words in a reply (errors, exports): 'en' or 'hi'. */
export const LANG_HEADER = 'x-sk-lang';
export const EVENTS_PATH = '/events';
/** The HTTP header (and, on the event socket and file links, the query field `device`) carrying the device's own secret. */
export const DEVICE_HEADER = 'x-sk-device';
