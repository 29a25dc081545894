import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../app/core/contract';
import { atLeast, ROLES, type Role } from '../../app/core/contract/vocabulary';
import { mayCall } from '../../app/core/users/roles';
import { demoUser, makeTestHost, type TestHost } from '../support/test-host';

let host: TestHost;
const tokens = new Map<Role, string>();
beforeAll(async () => {
  host = makeTestHost();
  for (const role of ROLES) {
    const user = await demoUser(host, role);
    tokens.set(role, (await host.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: `roles-${role}` })).token);
  }
});
afterAll(() => host.dispose());

const methods = (Object.keys(api) as MethodName[]).filter((m) => api[m].access !== 'public' && m !== 'auth.logout');

/** The dispatcher's answer to a call whose params can never parse: FORBIDDEN when the role may not call it, else BAD_PARAMS (nothing runs). */
async function gate(role: Role, method: MethodName): Promise<string> {
  const reply = await host.dispatch({ id: 1, method, params: 'not an object' as never, token: tokens.get(role) });
  return reply.ok ? 'ran' : reply.error.code;
}

describe('role matrix', () => {
  it('the counter’s roles climb the ladder on every method', async () => {
    for (const role of ['staff', 'manager', 'owner'] as const) {
      for (const m of methods) expect([role, m, await gate(role, m)]).toEqual([role, m, atLeast(role, api[m].access as Role) ? 'BAD_PARAMS' : 'FORBIDDEN']);
    }
  });

  it('the accountant reaches the books and GST, never billing, the cash drawer, stock or the users', async () => {
    const allowed: string[] = [];
    for (const m of methods) {
      const code = await gate('accountant', m);
      expect([m, code]).toEqual([m, mayCall('accountant', m, api[m].access as Role) ? 'BAD_PARAMS' : 'FORBIDDEN']);
      if (code !== 'FORBIDDEN') allowed.push(m);
    }
    for (const m of [
      'accounting.trialBalance',
      'accounting.ledger',
      'accounting.voucher',
      'gst.gstr1',
      'gst.gstr3b',
      'bank.reconciliation',
      'reports.export',
      'khata.ledger',
      'auth.changePin',
    ]) {
      expect(allowed).toContain(m);
    }
    for (const m of [
      'billing.postInvoice',
      'billing.quote',
      'billing.cancelInvoice',
      'accounting.openRegister',
      'accounting.closeRegister',
      'accounting.creditNote',
      'khata.receive',
      'catalog.updateProduct',
      'inventory.adjust',
      'users.list',
      'users.add',
      'auth.newDeviceCode',
      'accounting.journal',
      'shop.update',
    ]) {
      expect(allowed).not.toContain(m);
    }
  });

  it('an accountant logs in and reads the trial balance but cannot bill, in words that say why', async () => {
    const accountant = host.client(tokens.get('accountant'));
    await expect(accountant.call('accounting.trialBalance', { from: '2026-04-01', to: '2026-11-24' })).resolves.toBeDefined();
    await expect(accountant.call('billing.listInvoices', {} as never)).resolves.toBeDefined();
    await expect(accountant.call('accounting.openRegister', {} as never)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'An accountant works on the books and GST, not the counter',
    });
  });
});
