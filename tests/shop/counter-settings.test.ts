import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../app/core/contract/client';
import { makeTestHost, type TestHost } from '../support/test-host';

/** The counter's quantity-confirm limit is the shop's setting: saved on the host, the same on every device, refused in words when wrong. */
let host: TestHost;
beforeAll(() => {
  host = makeTestHost();
});
afterAll(() => host.dispose());

describe('the counter settings of the shop', () => {
  it('starts at 100 and keeps what the owner saves, for every device', async () => {
    const owner = await host.as('owner');
    expect((await owner.call('shop.get', {})).counter.confirmQtyAbove).toBe(100);
    await owner.call('shop.update', { counter: { confirmQtyAbove: 12 } });
    const staffElsewhere = await host.as('staff', 'counter-2');
    expect((await staffElsewhere.call('shop.get', {})).counter.confirmQtyAbove).toBe(12);
  });

  it('refuses a limit that is not a whole number from 1 to 100000, naming the field', async () => {
    const owner = await host.as('owner');
    for (const bad of [0, 100001, 2.5]) {
      const e = await owner.call('shop.update', { counter: { confirmQtyAbove: bad } }).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(ApiError);
      expect(e instanceof ApiError && e.message).toContain('Ask to confirm quantities above');
    }
    expect((await owner.call('shop.get', {})).counter.confirmQtyAbove).toBe(12);
  });

  it('staff cannot change it', async () => {
    const staff = await host.as('staff');
    await expect(staff.call('shop.update', { counter: { confirmQtyAbove: 5 } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
