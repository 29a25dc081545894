import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../app/core/contract';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';
import type { SuiteContext } from './suite-context';
import { expectApiError } from '../support/api-errors';

const methodsNeedingASession = (Object.keys(api) as MethodName[]).filter((m) => api[m].access !== 'public');

export function sessionCases(ctx: SuiteContext): void {
  describe('sessions', () => {
    it('auth.users lists the demo shop’s people without a session', async () => {
      const users = await ctx.t.client().call('auth.users', {});
      // Other cases add users to this shop, so look for the demo three rather than count.
      expect(users.map((u) => [u.name, u.role])).toEqual(
        expect.arrayContaining([
          ['Ramesh (Owner)', 'owner'],
          ['Suresh (Manager)', 'manager'],
          ['Pooja (Staff)', 'staff'],
        ]),
      );
      // Names and roles only: never a PIN hash.
      for (const u of users) expect(Object.keys(u).sort()).toEqual(['id', 'name', 'role']);
    });

    it('logs in with a PIN, and auth.me answers the same user and the device it registered', async () => {
      const anonymous = ctx.t.client();
      const pooja = (await anonymous.call('auth.users', {})).find((u) => u.role === 'staff')!;
      const login = await anonymous.call('auth.login', { userId: pooja.id, pin: DEMO_PINS.staff, deviceId: `tablet-${ctx.tag}-0001`, deviceName: 'Tablet' });
      expect(login.user).toEqual(pooja);
      expect(login.device).toMatchObject({ name: 'Tablet', code: expect.stringMatching(/^T\d+$/) });
      expect(login.token.length).toBeGreaterThanOrEqual(32);
      const me = await ctx.t.client(login.token).call('auth.me', {});
      expect(me).toEqual({ user: login.user, device: login.device });
    });

    it('refuses a wrong PIN, an unknown user, and locks a user after five wrong PINs', async () => {
      const anonymous = ctx.t.client();
      await ctx.owner.call('users.add', { name: `Lock Test ${ctx.tag}`, role: 'staff', pin: '5555' });
      const user = (await anonymous.call('auth.users', {})).find((u) => u.name === `Lock Test ${ctx.tag}`)!;
      const attempt = (pin: string) => anonymous.call('auth.login', { userId: user.id, pin, deviceId: `lock-device-${ctx.tag}` });
      for (let i = 1; i <= 4; i++) expect((await expectApiError(attempt('0000'), 'WRONG_PIN')).message).toContain(`${5 - i} tries left`);
      // The fifth wrong PIN locks the account, and says whose and until when.
      expect((await expectApiError(attempt('0000'), 'PIN_LOCKED')).message).toMatch(new RegExp(`Lock Test ${ctx.tag}.*locked until \\d\\d-\\d\\d-\\d{4}`));
      // Even the right PIN waits out the lock (the test clock stands still).
      await expectApiError(attempt('5555'), 'PIN_LOCKED');
      await expectApiError(anonymous.call('auth.login', { userId: 'user-nobody', pin: '1111', deviceId: `lock-device-${ctx.tag}` }), 'NOT_FOUND');
    });

    it('ends the session on auth.logout: the token stops working', async () => {
      const token = await ctx.t.login('staff', `logout-device-${ctx.tag}`);
      const client = ctx.t.client(token);
      expect(await client.call('auth.me', {})).toMatchObject({ user: { role: 'staff' } });
      expect(await client.call('auth.logout', {})).toEqual({ ok: true });
      await expectApiError(client.call('auth.me', {}), 'UNAUTHENTICATED');
    });

    it.each(methodsNeedingASession)('%s answers UNAUTHENTICATED without a token or with a made-up one', async (method) => {
      const params = api[method].example as never;
      const error = await expectApiError(ctx.t.client().call(method, params), 'UNAUTHENTICATED');
      expect(error.message).toMatch(/log in/i);
      await expectApiError(ctx.t.client('not-a-real-token').call(method, params), 'UNAUTHENTICATED');
    });
  });
}
