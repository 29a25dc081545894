import type { z } from 'zod';
import { api, isLang, isMethodName, type Lang, type MethodName, type RequestEnvelope, type ResponseEnvelope } from '../core/contract';
import { AppError, isDiskFullError, type ErrorData } from '../core/contract/errors';
import { badParams } from '../core/i18n/field-errors';
import { fail, say } from '../core/i18n/fail';
import { handlers, sessionFor, type CallContext, type ServiceDeps } from '../core/services';
import type { EventBus } from './event-bus';
import { mayCall } from '../core/users/roles';

export interface DispatcherOptions {
  events: EventBus;
  /** check every result against its schema (tests and development) */
  validateResults?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export type Dispatch = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

type AnyHandler = (deps: ServiceDeps, params: unknown, ctx: CallContext | null) => unknown;

const NEEDS = { staff: 'request.needsStaff', manager: 'request.needsManager', accountant: 'request.needsManager', owner: 'request.needsOwner' } as const;

/**
 * What the cashier reads for a failure of the disk or the file, chosen by SQLite's (or the OS's)
 * error code, never by its wording. A failed statement rolls its whole transaction back, so each
 * says nothing was saved; the next call works as soon as the cause is gone, without a restart.
 */
const STORAGE_FAILURES = [
  ['SQLITE_READONLY', 'request.readOnly'],
  ['SQLITE_IOERR', 'request.ioError'],
  ['SQLITE_CORRUPT', 'request.damaged'],
] as const;

/** The methods whose failure loses a bill the cashier must post again: they say so. */
const BILL_METHODS: ReadonlySet<string> = new Set(['billing.postInvoice', 'orders.bill', 'purchasing.postBill']);

/**
 * Turns anything thrown into error data with a code from the closed set and a message key;
 * stacks stay in the log.
 */
export function coerceError(e: unknown, log: DispatcherOptions['log'], method?: string): ErrorData {
  if (e instanceof AppError) {
    const data = e.toData();
    return data.key === undefined ? { ...data, key: `error.${data.code}` } : data;
  }
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return { code: 'DB_BUSY', message: say('en', 'request.dbBusy'), key: 'request.dbBusy' };
  }
  if (isDiskFullError(e)) {
    log?.(`disk full (${String(code)})${method ? ` in ${method}` : ''}`);
    const key = method !== undefined && BILL_METHODS.has(method) ? 'request.diskFullBill' : 'request.diskFull';
    return { code: 'DISK_FULL', message: say('en', key), key };
  }
  const storage = typeof code === 'string' ? STORAGE_FAILURES.find(([prefix]) => code.startsWith(prefix)) : undefined;
  log?.(storage ? `storage failure ${String(code)}` : 'unexpected error', e);
  if (storage) return { code: 'INTERNAL', message: say('en', storage[1]), key: storage[1] };
  return { code: 'INTERNAL', message: say('en', 'request.internal'), key: 'request.internal' };
}

/** Zod's issues with their paths, for the developer reading the log. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'result'}: ${i.message}`)
    .join('; ');
}

/** A request that passed the checks every method shares, with its params as validated. */
export interface Admitted {
  method: MethodName;
  params: unknown;
  ctx: CallContext | null;
}

/**
 * What every method checks before its handler runs: the method exists, the session and role
 * allow it, and its params match the schema (strict: unknown fields are refused). Throws the
 * refusal. Work handed to another thread goes through this first, so nothing it cannot refuse
 * (a 5,000-level nested value, a wrong type) ever leaves the host's thread.
 */
export function admit(deps: ServiceDeps, request: RequestEnvelope, lang: Lang): Admitted {
  if (!isMethodName(request.method)) fail('NOT_FOUND', 'request.unknownMethod', { method: request.method });
  const spec = api[request.method];
  const session = spec.access === 'public' ? null : sessionFor(deps, request.token, lang, request.device);
  const ctx = session && request.via === 'lan' ? { ...session, remote: true } : session;
  if (ctx && spec.access !== 'public' && !mayCall(ctx.user.role, request.method, spec.access)) {
    fail('FORBIDDEN', ctx.user.role === 'accountant' ? 'auth.notForAccountant' : NEEDS[spec.access], {}, { method: request.method, needs: spec.access });
  }
  const params = request.params ?? {};
  const parsed = spec.params.safeParse(params);
  if (!parsed.success) throw badParams(request.method, parsed.error.issues, params, lang);
  return { method: request.method, params: parsed.data, ctx };
}

/**
 * The one dispatcher behind every transport: method lookup, session and role check, params
 * validation, the handler, then events after success. Never throws: the reply carries the error.
 * The request's language (English when it names none) words BAD_PARAMS and reaches the handler.
 */
export function createDispatcher(deps: ServiceDeps, options: DispatcherOptions): Dispatch {
  const table = handlers as unknown as Record<MethodName, AnyHandler>;
  return async (request) => {
    const { id } = request;
    const lang: Lang = isLang(request.lang) ? request.lang : 'en';
    try {
      const { method, params, ctx } = admit(deps, request, lang);
      const spec = api[method];
      const result = await table[method](deps, params, ctx);
      if (options.validateResults) {
        const checked = spec.result.safeParse(result);
        if (!checked.success) throw new Error(`${method} returned a result that breaks its schema: ${describeIssues(checked.error)}`);
      }
      const changes = 'changes' in spec ? spec.changes : undefined;
      if (changes && changes.length > 0) options.events.publish({ event: 'data.changed', payload: { areas: [...changes] } });
      return { id, ok: true, result };
    } catch (e) {
      return { id, ok: false, error: coerceError(e, options.log, request.method) };
    }
  };
}
