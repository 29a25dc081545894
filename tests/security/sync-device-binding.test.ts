import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_DOCUMENT } from '../../app/core/contract/sync-documents';
import { startSyncedShop, type SyncedShop } from '../sync/host/support';

/**
 * The relay embedded in the counter host binds a session to its device like the HTTP API: the
 * token alone, or with another device's secret, is refused before the upgrade completes; a
 * retired device, a deactivated user or an ended session has its open sockets closed at once.
 * Real y-websocket clients against the host on 127.0.0.1.
 */
let shop: SyncedShop | undefined;
afterEach(async () => {
  await shop?.stop();
  shop = undefined;
});

const UNAUTHENTICATED = 4401;
const REVOKED = 4410;
/** How long "at once" may take here: the close follows the owner's call, not a sweep. */
const AT_ONCE_MS = 2_000;

async function closedWithin(client: { closed: Promise<{ code: number }> }, ms: number): Promise<number | 'still open'> {
  const timer = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms));
  return Promise.race([client.closed.then((c) => c.code), timer]);
}

describe('the embedded relay and device binding', () => {
  it('a session token is refused without its device’s own secret, or with another device’s', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('staff', 'tablet-bind-01');
    await shop.device('manager', 'tablet-bind-02');
    const staffDoc = SYNC_DOCUMENT.staff(shop.sync.shopId);

    const own = shop.open(staffDoc, tablet.token);
    await own.synced();
    const bare = shop.open(staffDoc, tablet.token, undefined, '');
    expect((await bare.closed).code).toBe(UNAUTHENTICATED);
    const copied = shop.open(staffDoc, tablet.token, undefined, 'tablet-bind-02');
    expect((await copied.closed).code).toBe(UNAUTHENTICATED);
    const madeUp = shop.open(staffDoc, tablet.token, undefined, 'a-browser-nobody-registered');
    expect((await madeUp.closed).code).toBe(UNAUTHENTICATED);
    // Nothing of the shop reached the refused clients; the device itself goes on.
    expect([bare, copied, madeUp].map((c) => c.provider.synced)).toEqual([false, false, false]);
    expect(own.closes).toEqual([]);
  });

  it('retiring the device, deactivating its user or ending its session closes its live socket at once, and it is refused after', async () => {
    shop = await startSyncedShop();
    const owner = await shop.device('owner', 'owner-pc-bind');
    const staffDoc = SYNC_DOCUMENT.staff(shop.sync.shopId);

    const retired = await shop.device('staff', 'tablet-retire');
    const a = shop.open(staffDoc, retired.token);
    await a.synced();
    await owner.client.call('auth.retireDevice', { id: retired.deviceId });
    expect(await closedWithin(a, AT_ONCE_MS)).toBe(REVOKED);
    expect((await shop.open(staffDoc, retired.token).closed).code).toBe(UNAUTHENTICATED);

    const ended = await shop.device('manager', 'tablet-session');
    const b = shop.open(staffDoc, ended.token);
    await b.synced();
    const session = (await owner.client.call('users.sessions', {})).find((s) => s.deviceName === 'tablet-session');
    expect(session).toBeDefined();
    await owner.client.call('users.endSession', { id: session?.id ?? '' });
    expect(await closedWithin(b, AT_ONCE_MS)).toBe(REVOKED);
    expect((await shop.open(staffDoc, ended.token).closed).code).toBe(UNAUTHENTICATED);

    const deactivated = await shop.device('staff', 'tablet-user');
    const c = shop.open(staffDoc, deactivated.token);
    await c.synced();
    await owner.client.call('users.deactivate', { id: deactivated.userId });
    expect(await closedWithin(c, AT_ONCE_MS)).toBe(REVOKED);
    expect((await shop.open(staffDoc, deactivated.token).closed).code).toBe(UNAUTHENTICATED);

    // The owner's own device was never touched.
    const mine = shop.open(staffDoc, owner.token);
    await mine.synced();
    expect(mine.closes).toEqual([]);
  });
});
