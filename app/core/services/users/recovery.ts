import { normalizeCode } from '../../auth/policy';
import { fail } from '../../i18n/fail';
import type { ServiceDeps } from '../ports';

/**
 * A new recovery code for the shop, to print and keep somewhere safe: it replaces any unused one,
 * and only its hash is kept. The set-up wizard makes the first; the owner makes a new one on the
 * Users screen. `by` is the owner making it (null during set-up).
 */
export function createRecoveryCode(deps: ServiceDeps, by: string | null): { code: string; createdAt: string } {
  const { store, secrets, clock, ids } = deps;
  const code = secrets.newCode(4);
  const createdAt = clock.now().toISOString();
  store.transaction(() => {
    store.recovery.replace({ id: ids.newId('rec'), codeHash: secrets.hashToken(normalizeCode(code)), createdAt });
    store.audit.append({
      at: createdAt,
      userId: by,
      action: 'users.newRecoveryCode',
      entity: 'shop',
      entityId: 'recovery',
      before: null,
      after: { createdAt },
    });
  });
  return { code, createdAt };
}

/**
 * With the recovery code: an owner's lockout and count of lockouts are cleared and, if given, the
 * PIN is set anew (the owner's sessions end then). The code is used up.
 */
export async function recoverOwner(deps: ServiceDeps, p: { userId: string; code: string; newPin?: string | undefined }, where: string): Promise<{ ok: true }> {
  const { store, secrets, clock } = deps;
  const current = store.recovery.current();
  const at = () => clock.now().toISOString();
  if (!current || current.codeHash !== secrets.hashToken(normalizeCode(p.code))) {
    store.audit.append({ at: at(), userId: null, action: 'auth.wrongRecoveryCode', entity: 'user', entityId: p.userId, before: null, after: { where } });
    fail('FORBIDDEN', 'auth.recoveryWrong');
  }
  const user = store.users.getAuth(p.userId);
  if (!user) fail('NOT_FOUND', 'notFound.user');
  if (user.role !== 'owner') fail('FORBIDDEN', 'auth.recoveryOwnerOnly');
  const pinHash = p.newPin === undefined ? null : await secrets.hashPinAsync(p.newPin);
  store.transaction(() => {
    // The code may have been used while the new PIN was hashed.
    if (store.recovery.current()?.id !== current.id) fail('FORBIDDEN', 'auth.recoveryWrong');
    store.recovery.markUsed(current.id, at());
    store.users.resetFailures(user.id);
    const ended = pinHash ? store.sessions.removeForUser(user.id) : 0;
    if (pinHash) store.users.setPinHash(user.id, pinHash);
    store.audit.append({
      at: at(),
      userId: null,
      action: 'auth.recover',
      entity: 'user',
      entityId: user.id,
      before: null,
      after: { newPin: pinHash !== null, endedSessions: ended, where },
    });
  });
  return { ok: true };
}
