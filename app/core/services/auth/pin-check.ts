import { afterWrongPin } from '../../auth/policy';
import { formatDateTime } from '../../format/date';
import { fail } from '../../i18n/fail';
import type { ServiceDeps } from '../ports';
import type { UserAuth } from '../users/ports';

/**
 * Checks a typed PIN against the user's, under the lockout. A wrong one is counted and audited;
 * the fifth in a row locks the user out (each lockout longer than the last, app/core/auth/policy.ts),
 * audits it and ends the user's sessions. A right one clears the count and, when the stored hash
 * was made at an older cost, stores it again at today's. `where` names the device for the audit.
 */
export async function checkPin(deps: ServiceDeps, user: UserAuth, pin: string, where: string): Promise<void> {
  const { store, clock, secrets } = deps;
  const refuseIfLocked = (u: UserAuth) => {
    const nowIso = clock.now().toISOString();
    if (u.lockedUntil && u.lockedUntil > nowIso) {
      fail('PIN_LOCKED', 'auth.locked', { name: u.name, until: formatDateTime(u.lockedUntil) }, { lockedUntil: u.lockedUntil });
    }
  };
  refuseIfLocked(user);
  const right = await secrets.verifyPin(pin, user.pinHash);
  // Tries that ran side by side were all let in before any was counted: decide on the state now.
  const fresh = store.users.getAuth(user.id);
  if (!fresh) fail('NOT_FOUND', 'notFound.user');
  refuseIfLocked(fresh);
  const now = clock.now();
  const at = now.toISOString();
  if (!right) {
    const next = afterWrongPin(fresh, now);
    store.transaction(() => {
      store.users.recordFailure(fresh.id, { failedAttempts: next.failedAttempts, lockouts: next.lockouts, lockedUntil: next.lockedUntil });
      store.audit.append({ at, userId: null, action: 'auth.wrongPin', entity: 'user', entityId: fresh.id, before: null, after: { where } });
      if (next.lockedUntil) {
        const ended = store.sessions.removeForUser(fresh.id);
        store.audit.append({
          at,
          userId: null,
          action: 'auth.lockedOut',
          entity: 'user',
          entityId: fresh.id,
          before: null,
          after: { until: next.lockedUntil, lockout: next.lockouts, endedSessions: ended, where },
        });
      }
    });
    if (next.lockedUntil)
      fail('PIN_LOCKED', 'auth.wrongPinNowLocked', { name: fresh.name, until: formatDateTime(next.lockedUntil) }, { lockedUntil: next.lockedUntil });
    fail('WRONG_PIN', 'auth.wrongPin', { left: next.left });
  }
  const rehashed = secrets.pinNeedsRehash(fresh.pinHash) ? await secrets.hashPinAsync(pin) : null;
  store.transaction(() => {
    if (fresh.failedAttempts > 0 || fresh.lockouts > 0) store.users.resetFailures(fresh.id);
    if (rehashed) store.users.setPinHash(fresh.id, rehashed);
  });
}
