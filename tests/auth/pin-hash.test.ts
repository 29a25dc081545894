import { afterEach, describe, expect, it } from 'vitest';
import { createSecrets, nodeSecrets, PIN_COST } from '../../app/host/secrets';
import { demoUser, type TestHost } from '../support/test-host';
import { strictHostWithFirstDevice } from './helpers';

let host: TestHost | undefined;
afterEach(() => host?.dispose());

describe('PIN hashes', () => {
  it('are scrypt at N = 2^16, r = 8, p = 2 in the app, and only the right PIN matches', async () => {
    expect(PIN_COST).toEqual({ N: 65536, r: 8, p: 2 });
    const stored = nodeSecrets.hashPin('482915');
    expect(stored).toMatch(/^scrypt\$65536\$8\$2\$/);
    expect(stored).not.toContain('482915');
    expect(await nodeSecrets.verifyPin('482915', stored)).toBe(true);
    expect(await nodeSecrets.verifyPin('482916', stored)).toBe(false);
    expect(nodeSecrets.pinNeedsRehash(stored)).toBe(false);
    expect(nodeSecrets.pinNeedsRehash('scrypt$16384$8$1$c2FsdA==$a2V5')).toBe(true);
    expect(await nodeSecrets.verifyPin('482915', 'not a hash')).toBe(false);
  }, 60_000);

  it('made at an older cost keep working (4 digits too) and are made again at today’s cost at the next login', async () => {
    host = await strictHostWithFirstDevice();
    const staff = await demoUser(host, 'staff');
    const older = createSecrets({ N: 512, r: 8, p: 1 }).hashPin('3333');
    host.store.raw.prepare('UPDATE users SET pin_hash = ? WHERE id = ?').run(older, staff.id);
    await host.client().call('auth.login', { userId: staff.id, pin: '3333', deviceId: 'counter-pc-0001' });
    const now = host.store.raw.prepare<[string], { pin_hash: string }>('SELECT pin_hash FROM users WHERE id = ?').get(staff.id)!.pin_hash;
    expect(now).toMatch(/^scrypt\$1024\$8\$1\$/);
    await expect(host.client().call('auth.login', { userId: staff.id, pin: '3333', deviceId: 'counter-pc-0001' })).resolves.toBeDefined();
  });
});
