import { api, type MethodName } from '../../core/contract';
import type { ErrorData } from '../../core/contract/errors';
import { badParams } from '../../core/i18n/field-errors';
import { fail } from '../../core/i18n/fail';
import { handlers, type CallContext, type ServiceDeps } from '../../core/services';
import { mayCall } from '../../core/users/roles';
import { coerceError } from '../dispatcher';
import type { EventBus } from '../event-bus';

type AnyHandler = (deps: ServiceDeps, params: unknown, ctx: CallContext | null) => unknown;

const NEEDS = { staff: 'request.needsStaff', manager: 'request.needsManager', accountant: 'request.needsManager', owner: 'request.needsOwner' } as const;

/**
 * A method called as a user on a device, with no session of theirs at hand (the device queued it
 * offline): the same role check, params schema (strict), handler and change events as the
 * dispatcher's, with the caller given as a context instead of a token. Never throws.
 */
export async function callAs(
  deps: ServiceDeps,
  events: EventBus,
  ctx: CallContext,
  method: MethodName,
  params: unknown,
  log: (message: string, error?: unknown) => void,
): Promise<{ ok: true; result: unknown } | { ok: false; error: ErrorData }> {
  const table = handlers as unknown as Record<MethodName, AnyHandler>;
  try {
    const spec = api[method];
    if (spec.access === 'public') fail('FORBIDDEN', 'request.needsStaff');
    if (!mayCall(ctx.user.role, method, spec.access)) {
      fail('FORBIDDEN', ctx.user.role === 'accountant' ? 'auth.notForAccountant' : NEEDS[spec.access], {}, { method, needs: spec.access });
    }
    const parsed = spec.params.safeParse(params ?? {});
    if (!parsed.success) throw badParams(method, parsed.error.issues, params, ctx.lang);
    const result = await table[method](deps, parsed.data, ctx);
    const changes = 'changes' in spec ? spec.changes : undefined;
    if (changes && changes.length > 0) events.publish({ event: 'data.changed', payload: { areas: [...changes] } });
    return { ok: true, result };
  } catch (e) {
    return { ok: false, error: coerceError(e, log) };
  }
}
