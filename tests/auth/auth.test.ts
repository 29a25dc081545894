import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../app/core/contract/index';
import { makeTestHost, type TestHost } from '../support/test-host';

let host: TestHost;
beforeEach(() => {
  host = makeTestHost();
});
afterEach(() => host.dispose());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ApiError ? `${e.code}: ${e.message}` : 'not an ApiError'),
  );

async function staffId() {
  const users = await host.client().call('auth.users', {});
  return users.find((u) => u.role === 'staff')!.id;
}

describe('PIN login', () => {
  it('shows names and roles only, never PIN hashes', async () => {
    const users = await host.client().call('auth.users', {});
    expect(users.map((u) => Object.keys(u).sort())).toEqual(users.map(() => ['id', 'name', 'role']));
    const stored = host.store.raw.prepare('SELECT pin_hash FROM users').all() as Array<{ pin_hash: string }>;
    expect(stored.every((u) => u.pin_hash.startsWith('scrypt$') && !u.pin_hash.includes('3333'))).toBe(true);
  });

  it('locks a user after five wrong PINs, even against the right one, until the time passes', async () => {
    const anon = host.client();
    const userId = await staffId();
    const attempt = (pin: string) => codeOf(anon.call('auth.login', { userId, pin, deviceId: 'counter-0001' }));
    expect(await attempt('0000')).toBe('WRONG_PIN: Wrong PIN. 4 tries left.');
    for (let i = 0; i < 3; i++) await attempt('0000');
    expect(await attempt('0000')).toBe('PIN_LOCKED: Wrong PIN. Pooja (Staff)’s account is locked until 24-11-2026 11:05.');
    expect(await attempt('3333')).toMatch(/^PIN_LOCKED/);
    host.clock.advance(5 * 60_000 + 1);
    expect(await attempt('3333')).toBe('ok');
  });

  it('ends a session on logout', async () => {
    const staff = await host.as('staff');
    await staff.call('auth.logout', {});
    expect(await codeOf(staff.call('auth.me', {}))).toMatch(/^UNAUTHENTICATED/);
  });

  it('gives every device its own bill series, named after it', async () => {
    const anon = host.client();
    const userId = await staffId();
    const login = (deviceId: string, deviceName: string) => anon.call('auth.login', { userId, pin: '3333', deviceId, deviceName });
    expect((await login('counter-0001', 'Counter')).device.code).toBe('C1');
    expect((await login('tablet-0001', 'Tablet')).device.code).toBe('T1');
    expect((await login('counter-0001', 'Counter')).device.code).toBe('C1');
    expect((await login('counter-0002', 'Counter 2')).device.code).toBe('C2');
  });

  it('lets only the owner add users, with unique names', async () => {
    const owner = await host.as('owner');
    const manager = await host.as('manager', 'manager-pc');
    expect(await codeOf(manager.call('users.add', { name: 'Ravi', role: 'staff', pin: '4821' }))).toMatch(/^FORBIDDEN/);
    await owner.call('users.add', { name: 'Ravi', role: 'staff', pin: '4821' });
    expect(await codeOf(owner.call('users.add', { name: 'ravi', role: 'staff', pin: '1234' }))).toMatch(/^DUPLICATE/);
  });
});
