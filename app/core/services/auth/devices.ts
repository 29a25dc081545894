import { DEVICE_CODE_MINUTES, normalizeCode } from '../../auth/policy';
import { atLeast } from '../../contract/vocabulary';
import { fail } from '../../i18n/fail';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { DeviceRow } from './ports';
import { checkPin } from './pin-check';

/** A short series code for a new device: first letter of its name (C for Counter, T for Tablet) and a number. */
export function nextDeviceCode(name: string, taken: readonly string[]): string {
  const letter = /[a-z]/i.exec(name)?.[0]?.toUpperCase() ?? 'D';
  for (let n = 1; ; n++) if (!taken.includes(`${letter}${n}`)) return `${letter}${n}`;
}

/** Adds a device row (inside the caller's transaction) and audits who registered it. */
export function addDevice(deps: ServiceDeps, clientId: string, name: string, by: string | null, how: string): DeviceRow {
  const { store, ids, clock } = deps;
  const createdAt = clock.now().toISOString();
  const d = { id: ids.newId('dev'), code: nextDeviceCode(name, store.devices.codes()), name };
  store.devices.insert({ ...d, clientId, createdAt });
  store.audit.append({
    at: createdAt,
    userId: by,
    action: 'auth.registerDevice',
    entity: 'device',
    entityId: d.id,
    before: null,
    after: { name, series: d.code, how },
  });
  return { ...d, createdAt, lastUsedAt: null, retiredAt: null };
}

/** The registered device a login comes from; an unknown one is refused (unless a test host registers it). */
export function deviceForLogin(deps: ServiceDeps, clientId: string): DeviceRow | 'register' {
  const d = deps.store.devices.byClientId(clientId);
  if (d?.retiredAt) fail('FORBIDDEN', 'auth.deviceRetired');
  if (d) return d;
  if (deps.devicePolicy?.registerOnLogin) return 'register';
  fail('FORBIDDEN', 'auth.deviceNotRegistered');
}

export interface Registration {
  deviceId: string;
  name: string;
  code?: string | undefined;
  userId?: string | undefined;
  pin?: string | undefined;
}

/**
 * Registers a browser as a device: with a code a manager or the owner made on a registered screen,
 * or, while the shop has no device at all, with a manager's or the owner's PIN typed on it.
 */
export async function registerDevice(deps: ServiceDeps, p: Registration): Promise<DeviceRow> {
  const { store, secrets, clock } = deps;
  const known = store.devices.byClientId(p.deviceId);
  if (known) fail(known.retiredAt ? 'FORBIDDEN' : 'DUPLICATE', known.retiredAt ? 'auth.deviceRetired' : 'auth.deviceAlreadyRegistered', { name: known.name });
  if (p.code !== undefined) {
    const taken = store.transaction(() => store.devices.takeCode(secrets.hashToken(normalizeCode(p.code ?? '')), clock.now().toISOString()));
    if (!taken) {
      store.audit.append({
        at: clock.now().toISOString(),
        userId: null,
        action: 'auth.wrongDeviceCode',
        entity: 'device',
        entityId: 'unregistered',
        before: null,
        after: { name: p.name },
      });
      fail('INVALID_INPUT', 'auth.deviceCodeWrong');
    }
    return store.transaction(() => addDevice(deps, p.deviceId, p.name, taken.createdBy, 'code'));
  }
  if (store.devices.countActive() > 0 || p.userId === undefined || p.pin === undefined) fail('FORBIDDEN', 'auth.deviceNeedsCode');
  const user = store.users.getAuth(p.userId);
  if (!user) fail('NOT_FOUND', 'notFound.user');
  if (!atLeast(user.role, 'manager') || user.role === 'accountant') fail('FORBIDDEN', 'auth.registerNeedsManager');
  await checkPin(deps, user, p.pin, `new device ${p.name}`);
  return store.transaction(() => {
    // Another first device may have been registered while the PIN was checked.
    if (store.devices.countActive() > 0) fail('FORBIDDEN', 'auth.deviceNeedsCode');
    return addDevice(deps, p.deviceId, p.name, user.id, 'first device, PIN');
  });
}

/** A code that registers one new browser under `name`: alive 15 minutes, used once; only its hash is kept. */
export function newDeviceCode(deps: ServiceDeps, name: string, ctx: CallContext): { code: string; name: string; expiresAt: string } {
  const { store, secrets, clock } = deps;
  const now = clock.now();
  const code = secrets.newCode(2);
  const expiresAt = new Date(now.getTime() + DEVICE_CODE_MINUTES * 60_000).toISOString();
  store.transaction(() => {
    store.devices.addCode({ codeHash: secrets.hashToken(normalizeCode(code)), name, createdBy: ctx.user.id, createdAt: now.toISOString(), expiresAt });
    store.audit.append({
      at: now.toISOString(),
      userId: ctx.user.id,
      action: 'auth.newDeviceCode',
      entity: 'device',
      entityId: name,
      before: null,
      after: { name, expiresAt },
    });
  });
  return { code, name, expiresAt };
}

export function retireDevice(deps: ServiceDeps, id: string, ctx: CallContext): { ok: true; endedSessions: number } {
  const { store, clock } = deps;
  const d = store.devices.get(id);
  if (!d) fail('NOT_FOUND', 'auth.noSuchDevice');
  if (d.retiredAt) fail('INVALID_INPUT', 'auth.alreadyRetired', { name: d.name });
  if (d.id === ctx.device.id) fail('INVALID_INPUT', 'auth.retireThisDevice');
  const at = clock.now().toISOString();
  return store.transaction(() => {
    store.devices.retire(id, at);
    const ended = store.sessions.removeForDevice(id);
    store.audit.append({
      at,
      userId: ctx.user.id,
      action: 'auth.retireDevice',
      entity: 'device',
      entityId: id,
      before: { name: d.name },
      after: { retiredAt: at, endedSessions: ended },
    });
    return { ok: true as const, endedSessions: ended };
  });
}

export function renameDevice(deps: ServiceDeps, id: string, name: string, ctx: CallContext): { id: string; code: string; name: string } {
  const { store, clock } = deps;
  const d = store.devices.get(id);
  if (!d) fail('NOT_FOUND', 'auth.noSuchDevice');
  store.transaction(() => {
    store.devices.rename(id, name);
    store.audit.append({
      at: clock.now().toISOString(),
      userId: ctx.user.id,
      action: 'auth.renameDevice',
      entity: 'device',
      entityId: id,
      before: { name: d.name },
      after: { name },
    });
  });
  return { id, code: d.code, name };
}
