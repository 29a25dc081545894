import type { Role } from '../../contract/vocabulary';
import { fail } from '../../i18n/fail';
import type { CallContext } from '../handler';
import { found } from '../guards';
import type { ServiceDeps } from '../ports';
import type { UserRow } from './ports';

/** Refuses a change that would leave the shop without an active owner. */
function keepAnOwner(deps: ServiceDeps, user: UserRow): void {
  if (user.role === 'owner' && user.active && deps.store.users.countActiveOwners() <= 1) fail('INVALID_INPUT', 'users.lastOwner', { name: user.name });
}

/** One change to a user, audited with the owner who made it, in one transaction. */
function change<T>(deps: ServiceDeps, ctx: CallContext, user: UserRow, action: string, before: unknown, after: unknown, write: () => T): T {
  return deps.store.transaction(() => {
    const result = write();
    deps.store.audit.append({ at: deps.clock.now().toISOString(), userId: ctx.user.id, action, entity: 'user', entityId: user.id, before, after });
    return result;
  });
}

const summary = (u: UserRow) => ({ id: u.id, name: u.name, role: u.role });

export function renameUser(deps: ServiceDeps, id: string, name: string, ctx: CallContext) {
  const user = found(deps.store.users.get(id), 'User');
  if (deps.store.users.existsByName(name, id)) fail('DUPLICATE', 'users.nameTaken', { name });
  change(deps, ctx, user, 'users.rename', { name: user.name }, { name }, () => deps.store.users.rename(id, name));
  return { ...summary(user), name };
}

export function setRole(deps: ServiceDeps, id: string, role: Role, ctx: CallContext) {
  const user = found(deps.store.users.get(id), 'User');
  if (role !== 'owner') keepAnOwner(deps, user);
  change(deps, ctx, user, 'users.setRole', { role: user.role }, { role }, () => deps.store.users.setRole(id, role));
  return { ...summary(user), role };
}

export function deactivate(deps: ServiceDeps, id: string, ctx: CallContext) {
  const user = found(deps.store.users.get(id), 'User');
  if (id === ctx.user.id) fail('INVALID_INPUT', 'users.notSelf');
  if (!user.active) fail('INVALID_INPUT', 'users.alreadyInactive', { name: user.name });
  keepAnOwner(deps, user);
  return change(deps, ctx, user, 'users.deactivate', { active: true }, { active: false }, () => {
    deps.store.users.setActive(id, false);
    return { ok: true as const, endedSessions: deps.store.sessions.removeForUser(id) };
  });
}

export function reactivate(deps: ServiceDeps, id: string, ctx: CallContext) {
  const user = found(deps.store.users.get(id), 'User');
  if (!user.active) change(deps, ctx, user, 'users.reactivate', { active: false }, { active: true }, () => deps.store.users.setActive(id, true));
  return summary(user);
}

export async function resetPin(deps: ServiceDeps, id: string, pin: string, ctx: CallContext) {
  const user = found(deps.store.users.get(id), 'User');
  const pinHash = await deps.secrets.hashPinAsync(pin);
  return change(deps, ctx, user, 'users.resetPin', null, { by: 'owner' }, () => {
    deps.store.users.setPinHash(id, pinHash);
    deps.store.users.resetFailures(id);
    return { ok: true as const, endedSessions: deps.store.sessions.removeForUser(id, id === ctx.user.id ? ctx.tokenHash : undefined) };
  });
}

export function unlock(deps: ServiceDeps, id: string, ctx: CallContext) {
  const user = found(deps.store.users.get(id), 'User');
  change(deps, ctx, user, 'users.unlock', { lockedUntil: user.lockedUntil, lockouts: user.lockouts }, { lockedUntil: null, lockouts: 0 }, () =>
    deps.store.users.resetFailures(id),
  );
  return summary(user);
}

export async function addUser(deps: ServiceDeps, p: { name: string; role: Role; pin: string }, ctx: CallContext) {
  const { store, ids, clock, secrets } = deps;
  if (store.users.existsByName(p.name)) fail('DUPLICATE', 'users.nameTaken', { name: p.name });
  const pinHash = await secrets.hashPinAsync(p.pin);
  const createdAt = clock.now().toISOString();
  const id = ids.newId('user');
  return store.transaction(() => {
    if (store.users.existsByName(p.name)) fail('DUPLICATE', 'users.nameTaken', { name: p.name });
    store.users.insert({ id, name: p.name, role: p.role, pinHash, createdAt });
    store.audit.append({
      at: createdAt,
      userId: ctx.user.id,
      action: 'users.add',
      entity: 'user',
      entityId: id,
      before: null,
      after: { name: p.name, role: p.role },
    });
    return { id, name: p.name, role: p.role };
  });
}
