import type { Lang } from '../../contract/vocabulary';
import { fail } from '../../i18n/fail';
import type { AreaHandlers, CallContext } from '../handler';
import { found } from '../guards';
import type { ServiceDeps } from '../ports';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 5;

/** The session behind a token, or UNAUTHENTICATED. Called by the dispatcher for every non-public method. */
export function sessionFor(deps: ServiceDeps, token: string | undefined, lang: Lang = 'en'): CallContext {
  if (!token) fail('UNAUTHENTICATED', 'auth.logInFirst');
  const tokenHash = deps.secrets.hashToken(token);
  const s = deps.store.sessions.find(tokenHash);
  if (!s) fail('UNAUTHENTICATED', 'auth.sessionEnded');
  return { user: { id: s.userId, name: s.userName, role: s.role }, device: { id: s.deviceId, code: s.deviceCode, name: s.deviceName }, tokenHash, lang };
}

/** A short series code for a new device: first letter of its name (C for Counter, T for Tablet) and a number. */
export function nextDeviceCode(name: string, taken: readonly string[]): string {
  const letter = /[a-z]/i.exec(name)?.[0]?.toUpperCase() ?? 'D';
  for (let n = 1; ; n++) if (!taken.includes(`${letter}${n}`)) return `${letter}${n}`;
}

export const authHandlers = {
  'auth.users': (deps) => deps.store.users.listActive(),

  'auth.login': (deps, p) => {
    const { store, clock, secrets, ids } = deps;
    const user = found(store.users.getAuth(p.userId), 'User');
    const now = clock.now();
    if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
      fail('PIN_LOCKED', 'auth.pinLocked', { minutes: LOCK_MINUTES }, { lockedUntil: user.lockedUntil });
    }
    if (!secrets.verifyPin(p.pin, user.pinHash)) {
      const failures = user.failedAttempts + 1;
      const locked = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
      store.users.recordFailure(user.id, locked ? 0 : failures, locked);
      if (locked) fail('WRONG_PIN', 'auth.wrongPinLocked', { minutes: LOCK_MINUTES });
      fail('WRONG_PIN', 'auth.wrongPin', { left: MAX_FAILURES - failures });
    }
    const token = secrets.newToken();
    const createdAt = now.toISOString();
    const device = store.transaction(() => {
      store.users.resetFailures(user.id);
      let d = store.devices.byClientId(p.deviceId);
      if (!d) {
        const name = p.deviceName ?? 'Device';
        d = { id: ids.newId('dev'), code: nextDeviceCode(name, store.devices.codes()), name };
        store.devices.insert({ ...d, clientId: p.deviceId, createdAt });
      }
      store.sessions.insert({ tokenHash: secrets.hashToken(token), userId: user.id, deviceId: d.id, createdAt });
      store.audit.append({ at: createdAt, userId: user.id, action: 'auth.login', entity: 'device', entityId: d.id, before: null, after: { device: d.code } });
      return d;
    });
    return { token, user: { id: user.id, name: user.name, role: user.role }, device };
  },

  'auth.logout': (deps, _p, ctx) => {
    deps.store.sessions.remove(ctx.tokenHash);
    return { ok: true as const };
  },

  'auth.me': (_deps, _p, ctx) => ({ user: ctx.user, device: ctx.device }),
} satisfies AreaHandlers<'auth'>;
