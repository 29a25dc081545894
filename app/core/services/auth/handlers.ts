import { fail } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';
import { found } from '../guards';
import { recoverOwner } from '../users/recovery';
import { addDevice, deviceForLogin, newDeviceCode, registerDevice, renameDevice, retireDevice } from './devices';
import { checkPin } from './pin-check';
import { liveSessions, openSession } from './sessions';

export { sessionFor } from './sessions';
export { nextDeviceCode } from './devices';

export const authHandlers = {
  'auth.users': (deps) => deps.store.users.listActive(),

  'auth.login': async (deps, p) => {
    const { store, clock } = deps;
    // The device first: a browser nobody registered cannot try PINs (nor lock anyone out).
    const known = deviceForLogin(deps, p.deviceId);
    const user = found(store.users.getAuth(p.userId), 'User');
    await checkPin(deps, user, p.pin, known === 'register' ? 'unregistered device' : `${known.code} ${known.name}`);
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const d = known === 'register' ? addDevice(deps, p.deviceId, p.deviceName ?? 'Device', user.id, 'test host: on login') : known;
      const token = openSession(deps, user.id, d.id, at);
      store.audit.append({ at, userId: user.id, action: 'auth.login', entity: 'device', entityId: d.id, before: null, after: { device: d.code } });
      return { token, user: { id: user.id, name: user.name, role: user.role }, device: { id: d.id, code: d.code, name: d.name } };
    });
  },

  'auth.logout': (deps, _p, ctx) => {
    deps.store.sessions.remove(ctx.tokenHash);
    return { ok: true as const };
  },

  'auth.me': (_deps, _p, ctx) => ({ user: ctx.user, device: ctx.device }),

  'auth.device': (deps, p) => {
    const d = deps.store.devices.byClientId(p.deviceId);
    const firstDevice = deps.store.devices.countActive() === 0;
    if (!d && deps.devicePolicy?.registerOnLogin) return { registered: true, retired: false, name: null, code: null, firstDevice };
    return { registered: d !== undefined && d.retiredAt === null, retired: d?.retiredAt != null, name: d?.name ?? null, code: d?.code ?? null, firstDevice };
  },

  'auth.registerDevice': async (deps, p) => {
    const d = await registerDevice(deps, p);
    return { id: d.id, code: d.code, name: d.name };
  },

  'auth.changePin': async (deps, p, ctx) => {
    const { store, secrets, clock } = deps;
    if (p.oldPin === p.newPin) fail('INVALID_INPUT', 'auth.samePin');
    const user = found(store.users.getAuth(ctx.user.id), 'User');
    await checkPin(deps, user, p.oldPin, `${ctx.device.code} ${ctx.device.name}`);
    const pinHash = await secrets.hashPinAsync(p.newPin);
    const at = clock.now().toISOString();
    return store.transaction(() => {
      store.users.setPinHash(user.id, pinHash);
      const ended = store.sessions.removeForUser(user.id, ctx.tokenHash);
      store.audit.append({ at, userId: user.id, action: 'auth.changePin', entity: 'user', entityId: user.id, before: null, after: { endedSessions: ended } });
      return { ok: true as const, endedSessions: ended };
    });
  },

  'auth.recover': async (deps, p) => {
    const d = deviceForLogin(deps, p.deviceId);
    return recoverOwner(deps, p, d === 'register' ? 'unregistered device' : `${d.code} ${d.name}`);
  },

  'auth.devices': (deps) => {
    const open = new Map<string, number>();
    for (const s of liveSessions(deps)) open.set(s.deviceId, (open.get(s.deviceId) ?? 0) + 1);
    return deps.store.devices.list().map((d) => ({ ...d, sessions: open.get(d.id) ?? 0 }));
  },

  'auth.newDeviceCode': (deps, p, ctx) => newDeviceCode(deps, p.name, ctx),
  'auth.pairing': (deps) => deps.pairing ?? { url: null, caFingerprint: null, caCertUrl: null },

  'auth.renameDevice': (deps, p, ctx) => renameDevice(deps, p.id, p.name, ctx),

  'auth.retireDevice': (deps, p, ctx) => retireDevice(deps, p.id, ctx),
} satisfies AreaHandlers<'auth'>;
