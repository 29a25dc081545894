import { z } from 'zod';
import type { ErrorData } from './errors';

/** The envelope every transport carries. HTTP maps it onto POST /api/<method>. */
export const RequestEnvelope = z.object({
  id: z.union([z.string(), z.number()]),
  method: z.string(),
  params: z.unknown().optional(),
  token: z.string().optional(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelope>;

export type ResponseEnvelope = { id: string | number; ok: true; result: unknown } | { id: string | number; ok: false; error: ErrorData };

/** HTTP body of a reply: the envelope without its id. */
export type HttpReply = { ok: true; result: unknown } | { ok: false; error: ErrorData };

export const API_PATH = '/api/';
export const EVENTS_PATH = '/events';
