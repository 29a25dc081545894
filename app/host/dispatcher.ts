import type { z } from 'zod';
import { api, isMethodName, type MethodName, type RequestEnvelope, type ResponseEnvelope } from '../core/contract';
import { AppError, type ErrorData } from '../core/contract/errors';
import { handlers, sessionFor, type CallContext, type ServiceDeps } from '../core/services';
import type { EventBus } from './event-bus';
import { atLeast } from '../core/contract/vocabulary';

export interface DispatcherOptions {
  events: EventBus;
  /** check every result against its schema (tests and development) */
  validateResults?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export type Dispatch = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

type AnyHandler = (deps: ServiceDeps, params: unknown, ctx: CallContext | null) => unknown;

/**
 * What the cashier reads for a failure of the disk or the file, chosen by SQLite's (or the OS's)
 * error code, never by its wording. A failed statement rolls its whole transaction back, so each
 * says nothing was saved; the next call works as soon as the cause is gone, without a restart.
 */
const STORAGE_FAILURES: ReadonlyArray<[prefix: string, message: string]> = [
  ['SQLITE_FULL', 'Disk full: free some space on this computer. The bill was not saved; try again after that.'],
  ['ENOSPC', 'Disk full: free some space on this computer. Nothing was saved; try again after that.'],
  ['SQLITE_READONLY', 'The shop file cannot be written (read-only, or its folder is). Nothing was saved; call support.'],
  ['SQLITE_IOERR', 'The disk could not be read or written (a failing disk, or a USB drive pulled out?). Nothing was saved; try again.'],
  ['SQLITE_CORRUPT', 'SQLite found damage in the shop file. Nothing was saved; close the app and call support (a backup can be restored).'],
];

/** Turns anything thrown into error data with a code from the closed set; stacks stay in the log. */
export function coerceError(e: unknown, log: DispatcherOptions['log']): ErrorData {
  if (e instanceof AppError) return e.toData();
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return { code: 'DB_BUSY', message: 'The shop file is busy: another program is holding it. Nothing was saved; try again in a moment.' };
  }
  const storage = typeof code === 'string' ? STORAGE_FAILURES.find(([prefix]) => code.startsWith(prefix)) : undefined;
  log?.(storage ? `storage failure ${String(code)}` : 'unexpected error', e);
  if (storage) return { code: 'INTERNAL', message: storage[1] };
  return { code: 'INTERNAL', message: 'Something went wrong; nothing was saved. The details are in the app log.' };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'params'}: ${i.message}`)
    .join('; ');
}

/**
 * The one dispatcher behind every transport: method lookup, session and role check, params
 * validation, the handler, then events after success. Never throws: the reply carries the error.
 */
export function createDispatcher(deps: ServiceDeps, options: DispatcherOptions): Dispatch {
  const table = handlers as unknown as Record<MethodName, AnyHandler>;
  return async (request) => {
    const { id } = request;
    try {
      if (!isMethodName(request.method)) throw new AppError('NOT_FOUND', `There is no API method ${request.method}`);
      const spec = api[request.method];
      const ctx = spec.access === 'public' ? null : sessionFor(deps, request.token);
      if (ctx && spec.access !== 'public' && !atLeast(ctx.user.role, spec.access)) {
        throw new AppError('FORBIDDEN', `${request.method} needs the ${spec.access} role`);
      }
      const parsed = spec.params.safeParse(request.params ?? {});
      if (!parsed.success) throw new AppError('BAD_PARAMS', describeIssues(parsed.error), { issues: parsed.error.issues });
      const result = await table[request.method](deps, parsed.data, ctx);
      if (options.validateResults) {
        const checked = spec.result.safeParse(result);
        if (!checked.success) throw new Error(`${request.method} returned a result that breaks its schema: ${describeIssues(checked.error)}`);
      }
      const changes = 'changes' in spec ? spec.changes : undefined;
      if (changes && changes.length > 0) options.events.publish({ event: 'data.changed', payload: { areas: [...changes] } });
      return { id, ok: true, result };
    } catch (e) {
      return { id, ok: false, error: coerceError(e, options.log) };
    }
  };
}
