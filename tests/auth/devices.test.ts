import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestHost } from '../support/test-host';
import { demoUser } from '../support/test-host';
import { auditActions, codeOf, firstDevice, loginAs, registerWithCode, strictHost } from './helpers';

let host: TestHost;
beforeEach(() => {
  host = strictHost();
});
afterEach(() => host.dispose());

describe('devices', () => {
  it('a browser nobody registered cannot log in, nor try PINs', async () => {
    const staff = await demoUser(host, 'staff');
    expect(await host.client().call('auth.device', { deviceId: 'stranger-0001' })).toEqual({
      registered: false,
      retired: false,
      name: null,
      code: null,
      firstDevice: true,
    });
    for (let i = 0; i < 8; i++) {
      expect(await codeOf(host.client().call('auth.login', { userId: staff.id, pin: '0000', deviceId: 'stranger-0001', deviceName: 'Counter' }))).toBe(
        'FORBIDDEN: This device is not registered. A manager or the owner registers it once, with a name.',
      );
    }
    expect(host.store.raw.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 0 });
    expect(host.store.raw.prepare<[string], { failed_attempts: number }>('SELECT failed_attempts FROM users WHERE id = ?').get(staff.id)).toEqual({
      failed_attempts: 0,
    });
  });

  it('the first device is registered with a manager’s or the owner’s PIN; later ones only with a code', async () => {
    const staff = await demoUser(host, 'staff');
    expect(await codeOf(host.client().call('auth.registerDevice', { deviceId: 'counter-pc-0001', name: 'Counter', userId: staff.id, pin: staff.pin }))).toBe(
      'FORBIDDEN: Only a manager or the owner can register a device',
    );
    await firstDevice(host);
    const owner = await demoUser(host, 'owner');
    expect(await codeOf(host.client().call('auth.registerDevice', { deviceId: 'tablet-0001', name: 'Tablet', userId: owner.id, pin: owner.pin }))).toMatch(
      /^FORBIDDEN: Type the device code/,
    );
    expect(await codeOf(host.client().call('auth.registerDevice', { deviceId: 'tablet-0001', name: 'Tablet', code: 'AAAA-BBBB' }))).toMatch(
      /^INVALID_INPUT: That device code is wrong/,
    );
    const manager = await loginAs(host, 'manager');
    const { code } = await manager.client.call('auth.newDeviceCode', { name: 'Tablet' });
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await host.client().call('auth.registerDevice', { deviceId: 'tablet-0001', name: 'Tablet', code: code.toLowerCase() })).toMatchObject({
      code: 'T1',
      name: 'Tablet',
    });
    // A code is used once.
    expect(await codeOf(host.client().call('auth.registerDevice', { deviceId: 'tablet-0002', name: 'Tablet', code }))).toMatch(/^INVALID_INPUT/);
    // And lives 15 minutes.
    const late = await manager.client.call('auth.newDeviceCode', { name: 'Phone' });
    host.clock.advance(15 * 60_000 + 1);
    expect(await codeOf(host.client().call('auth.registerDevice', { deviceId: 'phone-0001', name: 'Phone', code: late.code }))).toMatch(/^INVALID_INPUT/);
    expect(await codeOf(loginAs(host, 'staff', 'tablet-0001'))).toBe('ok');
    // Staff cannot make codes.
    expect(await codeOf((await loginAs(host, 'staff')).client.call('auth.newDeviceCode', { name: 'X' }))).toMatch(/^FORBIDDEN/);
  });

  it('sessions are bound to their device: each bill takes the series of the device that logged in', async () => {
    await firstDevice(host);
    const owner = await loginAs(host, 'owner');
    await registerWithCode(host, owner.client, 'tablet-0001', 'Tablet');
    const counter = await loginAs(host, 'staff');
    const tablet = await loginAs(host, 'staff', 'tablet-0001');
    expect((await counter.client.call('auth.me', {})).device.code).toBe('C1');
    expect((await tablet.client.call('auth.me', {})).device.code).toBe('T1');
    const sessions = await owner.client.call('users.sessions', {});
    expect(
      sessions
        .filter((s) => s.userName === 'Pooja (Staff)')
        .map((s) => s.deviceCode)
        .sort(),
    ).toEqual(['C1', 'T1']);
  });

  it('a retired device can no longer log in, its sessions end, its series stays in the list', async () => {
    await firstDevice(host);
    const owner = await loginAs(host, 'owner');
    const tabletDevice = await registerWithCode(host, owner.client, 'tablet-0001', 'Tablet');
    const tablet = await loginAs(host, 'staff', 'tablet-0001');
    await owner.client.call('auth.renameDevice', { id: tabletDevice.id, name: 'Tablet (old)' });
    const manager = await loginAs(host, 'manager');
    expect(await codeOf(manager.client.call('auth.retireDevice', { id: tabletDevice.id }))).toMatch(/^FORBIDDEN/);
    expect(await owner.client.call('auth.retireDevice', { id: tabletDevice.id })).toEqual({ ok: true, endedSessions: 1 });
    expect(await codeOf(tablet.client.call('auth.me', {}))).toMatch(/^UNAUTHENTICATED/);
    expect(await codeOf(loginAs(host, 'staff', 'tablet-0001'))).toBe('FORBIDDEN: This device has been retired; it can no longer log in');
    const me = await owner.client.call('auth.me', {});
    expect(await codeOf(owner.client.call('auth.retireDevice', { id: me.device.id }))).toMatch(/^INVALID_INPUT: You cannot retire the device you are using/);
    const list = await owner.client.call('auth.devices', {});
    expect(list.map((d) => [d.code, d.name, d.retiredAt !== null])).toEqual([
      ['C1', 'Counter', false],
      ['T1', 'Tablet (old)', true],
    ]);
    expect(list[0]?.lastUsedAt).not.toBeNull();
    expect(auditActions(host, tabletDevice.id)).toEqual(['auth.registerDevice', 'auth.login', 'auth.renameDevice', 'auth.retireDevice']);
  });
});
