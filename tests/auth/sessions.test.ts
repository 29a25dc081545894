import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_MINUTES } from '../../app/core/auth/policy';
import type { TestHost } from '../support/test-host';
import { auditActions, codeOf, loginAs, registerWithCode, strictHostWithFirstDevice } from './helpers';

let host: TestHost;
beforeEach(async () => (host = await strictHostWithFirstDevice()));
afterEach(() => host.dispose());

describe('sessions', () => {
  it('end when idle or too old, by role (fixed clock)', async () => {
    const staff = await loginAs(host, 'staff');
    const owner = await loginAs(host, 'owner');
    // Calls keep a session alive: the staff session is used every hour for 15 hours...
    for (let h = 0; h < 15; h++) {
      host.clock.advance(60 * 60_000);
      expect(await codeOf(staff.client.call('auth.me', {}))).toBe('ok');
    }
    // ...but the owner's, idle meanwhile, ended after 30 minutes.
    expect(await codeOf(owner.client.call('auth.me', {}))).toBe('UNAUTHENTICATED: Your session has ended; log in again with your PIN');
    // Past the absolute limit (16 h for staff) even a busy session ends.
    host.clock.advance((SESSION_MINUTES.staff.absolute - 15 * 60) * 60_000 + 1_000);
    expect(await codeOf(staff.client.call('auth.me', {}))).toMatch(/^UNAUTHENTICATED/);
    // An idle owner just inside the limit stays.
    const again = await loginAs(host, 'owner');
    host.clock.advance(SESSION_MINUTES.owner.idle * 60_000 - 1_000);
    expect(await codeOf(again.client.call('auth.me', {}))).toBe('ok');
  });

  it('are listed for the owner and revocable; the revoked one is refused at once', async () => {
    const owner = await loginAs(host, 'owner');
    const staff = await loginAs(host, 'staff');
    const list = await owner.client.call('users.sessions', {});
    expect(list.map((s) => [s.userName, s.deviceName, s.mine])).toEqual(
      expect.arrayContaining([
        ['Ramesh (Owner)', 'Counter', true],
        ['Pooja (Staff)', 'Counter', false],
      ]),
    );
    const hers = list.find((s) => s.userName === 'Pooja (Staff)')!;
    expect(Date.parse(hers.endsAt) - Date.parse(hers.lastSeenAt)).toBe(SESSION_MINUTES.staff.idle * 60_000);
    await owner.client.call('users.endSession', { id: hers.id });
    expect(await codeOf(staff.client.call('billing.listInvoices', {}))).toMatch(/^UNAUTHENTICATED/);
    expect(await codeOf(owner.client.call('users.endSession', { id: hers.id }))).toMatch(/^NOT_FOUND/);
    expect(await codeOf(staff.client.call('users.sessions', {}))).toMatch(/^UNAUTHENTICATED/);
  });

  it('a PIN change needs the old PIN and ends the user’s other sessions, not this one', async () => {
    const here = await loginAs(host, 'manager');
    await registerWithCode(host, (await loginAs(host, 'owner')).client, 'tablet-0001', 'Tablet');
    const there = await loginAs(host, 'manager', 'tablet-0001');
    expect(await codeOf(here.client.call('auth.changePin', { oldPin: '9999', newPin: '482915' }))).toMatch(/^WRONG_PIN/);
    expect(await codeOf(here.client.call('auth.changePin', { oldPin: '2222', newPin: '48291' }))).toMatch(/^BAD_PARAMS/);
    expect(await here.client.call('auth.changePin', { oldPin: '2222', newPin: '482915' })).toEqual({ ok: true, endedSessions: 1 });
    expect(await codeOf(here.client.call('auth.me', {}))).toBe('ok');
    expect(await codeOf(there.client.call('auth.me', {}))).toMatch(/^UNAUTHENTICATED/);
    const login = (pin: string) => codeOf(host.client().call('auth.login', { userId: here.userId, pin, deviceId: 'tablet-0001' }));
    expect(await login('2222')).toMatch(/^WRONG_PIN/);
    expect(await login('482915')).toBe('ok');
    expect(auditActions(host, here.userId)).toContain('auth.changePin');
  });

  it('of a deactivated user end and she can no longer log in; the last owner stays', async () => {
    const owner = await loginAs(host, 'owner');
    const staff = await loginAs(host, 'staff');
    expect(await owner.client.call('users.deactivate', { id: staff.userId })).toEqual({ ok: true, endedSessions: 1 });
    expect(await codeOf(staff.client.call('auth.me', {}))).toMatch(/^UNAUTHENTICATED/);
    expect(await codeOf(host.client().call('auth.login', { userId: staff.userId, pin: '3333', deviceId: 'counter-pc-0001' }))).toMatch(/^NOT_FOUND/);
    expect(await codeOf(owner.client.call('users.setRole', { id: owner.userId, role: 'manager' }))).toBe(
      'INVALID_INPUT: Ramesh (Owner) is the shop’s only active owner; make another user owner first',
    );
    expect(await codeOf(owner.client.call('users.deactivate', { id: owner.userId }))).toMatch(/^INVALID_INPUT/);
    await owner.client.call('users.reactivate', { id: staff.userId });
    expect(await codeOf(host.client().call('auth.login', { userId: staff.userId, pin: '3333', deviceId: 'counter-pc-0001' }))).toBe('ok');
    expect(auditActions(host, staff.userId)).toEqual(expect.arrayContaining(['users.deactivate', 'users.reactivate']));
  });

  it('an owner’s PIN reset ends that user’s sessions and the new PIN works', async () => {
    const owner = await loginAs(host, 'owner');
    const staff = await loginAs(host, 'staff');
    expect(await owner.client.call('users.resetPin', { id: staff.userId, pin: '654321' })).toEqual({ ok: true, endedSessions: 1 });
    expect(await codeOf(staff.client.call('auth.me', {}))).toMatch(/^UNAUTHENTICATED/);
    expect(await codeOf(host.client().call('auth.login', { userId: staff.userId, pin: '654321', deviceId: 'counter-pc-0001' }))).toBe('ok');
  });
});
