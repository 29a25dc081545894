import { sessionEndsAt } from '../../core/auth/policy';
import { sessionFor } from '../../core/services';
import { CloseCode, type AuthResult, type RoomName } from '../../../sync-server';
import type { Host } from '../create-host';

export interface RelaySessions {
  authenticate(a: { token: string | null; room: RoomName; device?: string | null }): AuthResult;
  /** every admitted session checked again (users, devices or sessions changed): the sockets of one that ended are closed */
  recheck(): void;
  close(): void;
}

/** Again after this long when a session outlived the moment it was due to end (a call moved its idle limit). */
const LATER_MS = 1_000;
/** setTimeout's longest wait */
const LONGEST_MS = 2 ** 31 - 1;

const refuse = (code: CloseCode, reason: string): AuthResult => ({ ok: false, code, reason });

/**
 * The sessions admitted to the embedded relay. A session is bound to its device like every API call
 * (the token with the device's own secret, `?device=`). Each is checked again when users, devices or
 * sessions change, and at the moment it is due to end (idle or absolute limit), so an expired
 * session's sockets close then and not at some later sweep.
 */
export function relaySessions(host: Host, shopId: string, revoke: (deviceId: string) => void): RelaySessions {
  const admitted = new Map<string, { deviceId: string; device: string; timer: NodeJS.Timeout | null }>();

  const end = (token: string) => {
    const a = admitted.get(token);
    if (!a) return;
    if (a.timer) clearTimeout(a.timer);
    admitted.delete(token);
    revoke(a.deviceId);
  };
  const watchExpiry = (token: string, atLeastMs: number) => {
    const a = admitted.get(token);
    const s = host.store.sessions.find(host.deps.secrets.hashToken(token));
    if (!a || !s || host.deps.devicePolicy?.sessionsNeverExpire) return;
    if (a.timer) clearTimeout(a.timer);
    const left = Date.parse(sessionEndsAt(s.role, s)) - host.deps.clock.now().getTime();
    // sessionExpired counts a session as ended only once it is past its limit: a moment after.
    a.timer = setTimeout(() => check(token, true), Math.min(LONGEST_MS, Math.max(atLeastMs, left + 10)));
    a.timer.unref();
  };
  const check = (token: string, due: boolean) => {
    const a = admitted.get(token);
    if (!a) return;
    try {
      sessionFor(host.deps, token, 'en', a.device);
      if (due) watchExpiry(token, LATER_MS);
    } catch {
      end(token);
    }
  };

  return {
    authenticate({ token, room, device }) {
      if (room.shopId !== shopId) return refuse(CloseCode.unknownDocument, 'not this shop');
      if (token === null) return refuse(CloseCode.unauthenticated, 'a session token is needed');
      const bound = (device ?? '').slice(0, 200);
      try {
        const ctx = sessionFor(host.deps, token, 'en', bound);
        const before = admitted.get(token);
        if (before?.timer) clearTimeout(before.timer);
        admitted.set(token, { deviceId: ctx.device.id, device: bound, timer: null });
        watchExpiry(token, 0);
        return { ok: true, principal: { shopId, role: ctx.user.role, deviceId: ctx.device.id } };
      } catch {
        return refuse(CloseCode.unauthenticated, 'session ended or not this device’s');
      }
    },
    recheck() {
      for (const token of [...admitted.keys()]) check(token, false);
    },
    close() {
      for (const a of admitted.values()) if (a.timer) clearTimeout(a.timer);
      admitted.clear();
    },
  };
}
