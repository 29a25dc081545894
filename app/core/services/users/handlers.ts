import { sessionEndsAt } from '../../auth/policy';
import { fail } from '../../i18n/fail';
import { liveSessions } from '../auth/sessions';
import type { AreaHandlers } from '../handler';
import { addUser, deactivate, reactivate, renameUser, resetPin, setRole, unlock } from './people';
import { newRecoveryCodeWithSheet } from './recovery-sheet';

export { createRecoveryCode, recoverOwner } from './recovery';

export const usersHandlers = {
  'users.add': (deps, p, ctx) => addUser(deps, p, ctx),

  'users.list': (deps) => {
    const now = deps.clock.now().toISOString();
    const open = new Map<string, number>();
    for (const s of liveSessions(deps)) open.set(s.userId, (open.get(s.userId) ?? 0) + 1);
    const users = deps.store.users.listAll().map((u) => ({
      id: u.id,
      name: u.name,
      role: u.role,
      active: u.active,
      lockedUntil: u.lockedUntil !== null && u.lockedUntil > now ? u.lockedUntil : null,
      sessions: open.get(u.id) ?? 0,
    }));
    return { users, recoveryCodeAt: deps.store.recovery.current()?.createdAt ?? null };
  },

  'users.rename': (deps, p, ctx) => renameUser(deps, p.id, p.name, ctx),
  'users.setRole': (deps, p, ctx) => setRole(deps, p.id, p.role, ctx),
  'users.deactivate': (deps, p, ctx) => deactivate(deps, p.id, ctx),
  'users.reactivate': (deps, p, ctx) => reactivate(deps, p.id, ctx),
  'users.resetPin': (deps, p, ctx) => resetPin(deps, p.id, p.pin, ctx),
  'users.unlock': (deps, p, ctx) => unlock(deps, p.id, ctx),

  'users.sessions': (deps, _p, ctx) =>
    liveSessions(deps).map((s) => ({
      id: s.id,
      userName: s.userName,
      role: s.role,
      deviceName: s.deviceName,
      deviceCode: s.deviceCode,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      endsAt: sessionEndsAt(s.role, s),
      mine: s.tokenHash === ctx.tokenHash,
    })),

  'users.endSession': (deps, p, ctx) => {
    const ended = deps.store.transaction(() => {
      const gone = deps.store.sessions.removeById(p.id);
      if (gone)
        deps.store.audit.append({
          at: deps.clock.now().toISOString(),
          userId: ctx.user.id,
          action: 'users.endSession',
          entity: 'session',
          entityId: p.id,
          before: null,
          after: null,
        });
      return gone;
    });
    if (!ended) fail('NOT_FOUND', 'auth.noSuchSession');
    return { ok: true as const };
  },

  'users.newRecoveryCode': (deps, _p, ctx) => newRecoveryCodeWithSheet(deps, ctx.user.id, ctx.lang),
} satisfies AreaHandlers<'users'>;
