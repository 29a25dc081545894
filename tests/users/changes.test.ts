import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestHost } from '../support/test-host';
import { auditActions, codeOf, loginAs, strictHostWithFirstDevice } from '../auth/helpers';

/** Settings → Users' changes on the host: rename and change of role, each audited; a role change takes effect at once. */
let host: TestHost;
beforeEach(async () => (host = await strictHostWithFirstDevice()));
afterEach(() => host.dispose());

describe('changing a person', () => {
  it('renames (a name taken is refused) and moves staff to accountant: books yes, the counter no; every change audited', async () => {
    const owner = await loginAs(host, 'owner');
    const staff = await loginAs(host, 'staff');
    expect(await owner.client.call('users.rename', { id: staff.userId, name: 'Pooja Sharma' })).toMatchObject({ name: 'Pooja Sharma', role: 'staff' });
    expect(await codeOf(owner.client.call('users.rename', { id: staff.userId, name: 'suresh (manager)' }))).toMatch(/^DUPLICATE/);
    expect((await host.client().call('auth.users', {})).map((u) => u.name)).toContain('Pooja Sharma');
    expect(await staff.client.call('billing.quote', { lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }] })).toBeDefined();

    expect(await owner.client.call('users.setRole', { id: staff.userId, role: 'accountant' })).toMatchObject({ role: 'accountant' });
    // She signs in again and works as an accountant.
    const { token } = await host.client().call('auth.login', { userId: staff.userId, pin: '3333', deviceId: 'counter-pc-0001' });
    const accountant = { client: host.client(token) };
    expect((await accountant.client.call('auth.me', {})).user.role).toBe('accountant');
    expect(await codeOf(accountant.client.call('accounting.trialBalance', { from: '2026-04-01', to: '2026-11-30' }))).toBe('ok');
    expect(
      await codeOf(
        accountant.client.call('billing.postInvoice', {
          clientRef: 'accountant-bill-1',
          lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
          tenders: [{ method: 'cash', amountPaise: 2800 }],
        }),
      ),
    ).toMatch(/^FORBIDDEN/);
    // Staff cannot change anyone; a manager neither.
    const manager = await loginAs(host, 'manager');
    expect(await codeOf(manager.client.call('users.setRole', { id: staff.userId, role: 'owner' }))).toMatch(/^FORBIDDEN/);
    expect(auditActions(host, staff.userId)).toEqual(expect.arrayContaining(['users.rename', 'users.setRole']));
  });
});
