import { ApiError, type ApiClient } from '../../app/core/contract';
import type { Role } from '../../app/core/contract/vocabulary';
import { demoUser, makeTestHost, type TestHost } from '../support/test-host';

/** A test host that refuses unknown devices, as the app does. */
export const strictHost = (): TestHost => makeTestHost({ registerDevicesOnLogin: false, sessionsNeverExpire: false });

export const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ApiError ? `${e.code}: ${e.message}` : `not an ApiError: ${String(e)}`),
  );

/** The shop's first device, registered with the owner's PIN typed on it. */
export async function firstDevice(host: TestHost, deviceId = 'counter-pc-0001', name = 'Counter'): Promise<void> {
  const owner = await demoUser(host, 'owner');
  await host.client().call('auth.registerDevice', { deviceId, name, userId: owner.id, pin: owner.pin });
}

/** A strict host whose first device, the counter PC, is registered: where most sign-in tests start. */
export async function strictHostWithFirstDevice(): Promise<TestHost> {
  const host = strictHost();
  await firstDevice(host);
  return host;
}

/** Logs a demo user in on a (registered) device. */
export async function loginAs(host: TestHost, role: Role, deviceId = 'counter-pc-0001'): Promise<{ client: ApiClient; token: string; userId: string }> {
  const user = await demoUser(host, role);
  const { token } = await host.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId });
  return { client: host.client(token), token, userId: user.id };
}

/** Registers another device with a code the owner makes on a registered one. */
export async function registerWithCode(host: TestHost, owner: ApiClient, deviceId: string, name: string) {
  const { code } = await owner.call('auth.newDeviceCode', { name });
  return host.client().call('auth.registerDevice', { deviceId, name, code });
}

export const auditActions = (host: TestHost, entityId: string): string[] =>
  host.store.raw
    .prepare<[string], { action: string }>('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY rowid')
    .all(entityId)
    .map((r) => r.action);
