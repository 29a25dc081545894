import { api, type MethodName } from '../../core/contract';
import type { DataArea } from '../../core/contract/define';
import type { ErrorData } from '../../core/contract/errors';
import { badParams } from '../../core/i18n/field-errors';
import { fail } from '../../core/i18n/fail';
import { handlers, type CallContext, type ServiceDeps } from '../../core/services';
import { mayCall } from '../../core/users/roles';
import { coerceError } from '../dispatcher';

type AnyHandler = (deps: ServiceDeps, params: unknown, ctx: CallContext | null) => unknown;

const NEEDS = { staff: 'request.needsStaff', manager: 'request.needsManager', accountant: 'request.needsManager', owner: 'request.needsOwner' } as const;

export type CallAsReply = { ok: true; result: unknown; changes: readonly DataArea[] } | { ok: false; error: ErrorData };

const isThenable = (value: unknown): boolean => typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * A method called as a user on a device, with no session of theirs at hand (the device queued it
 * offline): the same role check, params schema (strict) and handler as the dispatcher's, with the
 * caller given as a context instead of a token. Synchronous, so many commands fit in one
 * transaction with nothing else running between them; the handler's writes are a savepoint of
 * the caller's transaction, undone alone when it refuses. The areas it changed are answered, not
 * announced: the caller announces them once its transaction is committed. Never throws.
 */
export function callAs(deps: ServiceDeps, ctx: CallContext, method: MethodName, params: unknown, log: (message: string, error?: unknown) => void): CallAsReply {
  const table = handlers as unknown as Record<MethodName, AnyHandler>;
  try {
    const spec = api[method];
    if (spec.access === 'public') fail('FORBIDDEN', 'request.needsStaff');
    if (!mayCall(ctx.user.role, method, spec.access)) {
      fail('FORBIDDEN', ctx.user.role === 'accountant' ? 'auth.notForAccountant' : NEEDS[spec.access], {}, { method, needs: spec.access });
    }
    const parsed = spec.params.safeParse(params ?? {});
    if (!parsed.success) throw badParams(method, parsed.error.issues, params, ctx.lang);
    const result = deps.store.transaction(() => {
      const value = table[method](deps, parsed.data, ctx);
      // The methods a device may queue write the books synchronously; one that awaited could not share the batch.
      if (isThenable(value)) throw new Error(`${method} is asynchronous and cannot be applied in a batch`);
      return value;
    });
    const changes = 'changes' in spec ? spec.changes : undefined;
    return { ok: true, result, changes: changes ?? [] };
  } catch (e) {
    return { ok: false, error: coerceError(e, log) };
  }
}
