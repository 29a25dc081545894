import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockMinutes } from '../../app/core/auth/policy';
import type { TestHost } from '../support/test-host';
import { demoUser } from '../support/test-host';
import { auditActions, codeOf, loginAs, strictHostWithFirstDevice } from './helpers';

let host: TestHost;
beforeEach(async () => (host = await strictHostWithFirstDevice()));
afterEach(() => host.dispose());

describe('lockout', () => {
  it('grows with each lockout instead of starting over, and audits every wrong PIN and lockout', async () => {
    const staff = await demoUser(host, 'staff');
    const attempt = (pin: string) => codeOf(host.client().call('auth.login', { userId: staff.id, pin, deviceId: 'counter-pc-0001' }));
    const lockedFor: number[] = [];
    for (let round = 1; round <= 4; round++) {
      for (let i = 1; i < 5; i++) expect(await attempt('0000')).toBe(`WRONG_PIN: Wrong PIN. ${5 - i} tries left.`);
      expect(await attempt('0000')).toMatch(/^PIN_LOCKED: Wrong PIN\. Pooja \(Staff\)’s account is locked until \d\d-\d\d-2026 \d\d:\d\d\.$/);
      const until = host.store.raw.prepare<[string], { locked_until: string }>('SELECT locked_until FROM users WHERE id = ?').get(staff.id)!.locked_until;
      lockedFor.push((Date.parse(until) - host.clock.now().getTime()) / 60_000);
      // Even the right PIN is refused while locked, and says whose account and until when.
      expect(await attempt('3333')).toMatch(/^PIN_LOCKED: Pooja \(Staff\)’s account is locked until /);
      host.clock.advance(lockedFor.at(-1)! * 60_000 + 1);
    }
    expect(lockedFor).toEqual([5, 30, 120, 480]);
    expect(lockMinutes(9)).toBe(1440);
    const actions = auditActions(host, staff.id);
    expect(actions.filter((a) => a === 'auth.wrongPin')).toHaveLength(20);
    expect(actions.filter((a) => a === 'auth.lockedOut')).toHaveLength(4);
    // The right PIN after the lockout clears the count: the next lockout is the first again.
    expect(await attempt('3333')).toBe('ok');
    for (let i = 0; i < 5; i++) await attempt('0000');
    const until = host.store.raw.prepare<[string], { locked_until: string }>('SELECT locked_until FROM users WHERE id = ?').get(staff.id)!.locked_until;
    expect((Date.parse(until) - host.clock.now().getTime()) / 60_000).toBe(5);
  });

  it('counts tries made side by side, so parallel guesses get no more than five', async () => {
    const staff = await demoUser(host, 'staff');
    const tries = await Promise.all(
      ['0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', '0009', '3333'].map((pin) =>
        codeOf(host.client().call('auth.login', { userId: staff.id, pin, deviceId: 'counter-pc-0001' })),
      ),
    );
    expect(tries.filter((c) => c.startsWith('WRONG_PIN')).length + tries.filter((c) => c.startsWith('PIN_LOCKED: Wrong')).length).toBe(5);
    expect(tries.filter((c) => c === 'ok')).toHaveLength(0);
  });

  it('ends the locked user’s open sessions; the owner unlocks', async () => {
    const staff = await loginAs(host, 'staff');
    const attempt = (pin: string) => codeOf(host.client().call('auth.login', { userId: staff.userId, pin, deviceId: 'counter-pc-0001' }));
    for (let i = 0; i < 5; i++) await attempt('0000');
    expect(await codeOf(staff.client.call('auth.me', {}))).toMatch(/^UNAUTHENTICATED/);
    const owner = await loginAs(host, 'owner');
    const listed = await owner.client.call('users.list', {});
    expect(listed.users.find((u) => u.id === staff.userId)?.lockedUntil).not.toBeNull();
    await owner.client.call('users.unlock', { id: staff.userId });
    expect(await attempt('3333')).toBe('ok');
    expect(auditActions(host, staff.userId)).toContain('users.unlock');
  });

  it('unlocks an owner with the printed recovery code, once, and can set a new PIN', async () => {
    const owner = await loginAs(host, 'owner');
    const { code } = await owner.client.call('users.newRecoveryCode', {});
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    const attempt = (pin: string) => codeOf(host.client().call('auth.login', { userId: owner.userId, pin, deviceId: 'counter-pc-0001' }));
    for (let i = 0; i < 5; i++) await attempt('0000');
    expect(await attempt('1111')).toMatch(/^PIN_LOCKED/);
    const recover = (c: string) => codeOf(host.client().call('auth.recover', { deviceId: 'counter-pc-0001', userId: owner.userId, code: c, newPin: '271828' }));
    expect(await recover('AAAA-BBBB-CCCC-DDDD')).toMatch(/^FORBIDDEN: That recovery code is wrong/);
    expect(await recover(code.toLowerCase().replaceAll('-', ' '))).toBe('ok');
    expect(await attempt('1111')).toMatch(/^WRONG_PIN/);
    expect(await attempt('271828')).toBe('ok');
    expect(await recover(code)).toMatch(/^FORBIDDEN: That recovery code is wrong or already used/);
    expect(auditActions(host, owner.userId)).toEqual(expect.arrayContaining(['auth.lockedOut', 'auth.wrongRecoveryCode', 'auth.recover']));
  });
});
