import { SEEN_EVERY_MS, sessionExpired } from '../../auth/policy';
import type { Lang } from '../../contract/vocabulary';
import { fail } from '../../i18n/fail';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { SessionRecord } from './ports';

/**
 * The session behind a token, or UNAUTHENTICATED. `device` is the calling browser's own secret
 * (the random client id it made once and keeps): when a transport passes it (HTTP always does),
 * it must be the one of the device that opened the session, so a token copied into another
 * browser, or read from a log or a URL, is refused there. Called by the dispatcher for every non-public
 * method (and by the event socket and file links). A session of a deactivated user or a retired
 * device is not found; one past its idle or absolute limit (by role) is ended here. A call counts
 * as use: its time is written at most once a minute.
 */
export function sessionFor(deps: ServiceDeps, token: string | undefined, lang: Lang = 'en', device?: string): CallContext {
  if (!token) fail('UNAUTHENTICATED', 'auth.logInFirst');
  const tokenHash = deps.secrets.hashToken(token);
  const s = deps.store.sessions.find(tokenHash);
  if (!s) fail('UNAUTHENTICATED', 'auth.sessionEnded');
  if (device !== undefined && deps.store.devices.byClientId(device)?.id !== s.deviceId) fail('UNAUTHENTICATED', 'auth.otherDevice');
  const now = deps.clock.now();
  if (!deps.devicePolicy?.sessionsNeverExpire && sessionExpired(s.role, s, now)) {
    deps.store.sessions.remove(tokenHash);
    fail('UNAUTHENTICATED', 'auth.sessionExpired');
  }
  if (now.getTime() - Date.parse(s.lastSeenAt) >= SEEN_EVERY_MS) deps.store.sessions.touch({ id: s.id, deviceId: s.deviceId, at: now.toISOString() });
  return { user: { id: s.userId, name: s.userName, role: s.role }, device: { id: s.deviceId, code: s.deviceCode, name: s.deviceName }, tokenHash, lang };
}

/** A new session for a user on a device; answers the token (only its hash is kept). */
export function openSession(deps: ServiceDeps, userId: string, deviceId: string, at: string): string {
  const token = deps.secrets.newToken();
  const id = deps.ids.newId('ses');
  deps.store.sessions.insert({ id, tokenHash: deps.secrets.hashToken(token), userId, deviceId, createdAt: at });
  deps.store.sessions.touch({ id, deviceId, at });
  return token;
}

/** The open sessions, newest first; those past their limits are ended on the way. */
export function liveSessions(deps: ServiceDeps): SessionRecord[] {
  const now = deps.clock.now();
  const all = deps.store.sessions.list();
  const expired = deps.devicePolicy?.sessionsNeverExpire ? [] : all.filter((s) => sessionExpired(s.role, s, now));
  if (expired.length > 0) deps.store.transaction(() => expired.forEach((s) => deps.store.sessions.removeById(s.id)));
  return all.filter((s) => !expired.includes(s));
}
