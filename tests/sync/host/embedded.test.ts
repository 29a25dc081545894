import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../app/core/calendar/fy';
import { SYNC_DOCUMENT, SYNC_KEYS } from '../../../app/core/contract/sync-documents';
import { publishCatalog } from '../../../app/host/sync/projections';
import { waitFor } from '../support/clients';
import { billCommand, outcomesFor, pushCommands, startSyncedShop, type SyncedShop } from './support';

const PRODUCT = 'prod-demo-001';
let shop: SyncedShop | null = null;
afterEach(async () => {
  await shop?.close();
  shop = null;
});

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the relay embedded in the counter host', () => {
  it('admits a device by its session, refuses the rest with close codes that stop retries', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('staff', 'tablet-0101');
    const other = await shop.device('manager', 'tablet-0102');
    const catalog = shop.open(SYNC_DOCUMENT.catalog(shop.sync.shopId), tablet.token);
    await catalog.synced();
    expect(catalog.doc.getMap(SYNC_KEYS.catalog.products).size).toBeGreaterThan(10);

    const anonymous = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId));
    expect((await anonymous.closed).code).toBe(4401);
    const forged = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), 'not-a-session-token');
    expect((await forged.closed).code).toBe(4401);
    const othersOutbox = shop.open(shop.outboxName(other), tablet.token);
    expect((await othersOutbox.closed).code).toBe(4403);
    const otherShop = shop.open(SYNC_DOCUMENT.staff('shop-elsewhere'), tablet.token);
    expect((await otherShop.closed).code).toBe(4404);

    // The relay's endpoints answer on the host's port, behind the host's Host check.
    expect((await get(`${shop.http.url}/sync/health`)).status).toBe(200);
    expect((await get(`${shop.http.url}/sync/health`, { host: 'evil.example' })).status).toBe(421);

    // A logged-out session is refused at the next connection.
    await tablet.client.call('auth.logout', {});
    const after = shop.open(SYNC_DOCUMENT.catalog(shop.sync.shopId), tablet.token);
    expect((await after.closed).code).toBe(4401);
  });

  it('retiring a device closes its open connections at once and refuses it after', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('staff', 'tablet-0201');
    const owner = await shop.device('owner', 'owner-pc-01');
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    await staff.synced();
    await owner.client.call('auth.retireDevice', { id: tablet.deviceId });
    expect((await staff.closed).code).toBe(4410);
    const again = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    expect((await again.closed).code).toBe(4401);
  });

  it('the catalog follows the catalogue with a rising version; publishing the same state adds nothing', async () => {
    shop = await startSyncedShop();
    const manager = await shop.device('manager', 'tablet-0301');
    const catalog = shop.open(SYNC_DOCUMENT.catalog(shop.sync.shopId), manager.token);
    await catalog.synced();
    const meta = catalog.doc.getMap(SYNC_KEYS.catalog.meta);
    const version = meta.get('version');
    expect(version).toBeGreaterThanOrEqual(1);
    const price = (shop.host.store.catalog.get(PRODUCT)?.pricePaise ?? 0) - 100;
    await manager.client.call('catalog.updateProduct', { id: PRODUCT, pricePaise: price });
    await waitFor(
      'the new price on the device',
      () => (catalog.doc.getMap(SYNC_KEYS.catalog.products).get(PRODUCT) as { pricePaise?: number } | undefined)?.pricePaise === price,
    );
    expect(meta.get('version')).toBe(Number(version) + 1);

    const opened = await shop.sync.relay.openDocument(SYNC_DOCUMENT.catalog(shop.sync.shopId));
    let updates = 0;
    opened.doc.on('update', () => (updates += 1));
    expect(publishCatalog(opened.doc, shop.host.deps).changed).toBe(0);
    expect(updates).toBe(0);
    opened.release();
  });

  it('the staff document shows today’s figures, dues and stock after a device’s bill', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('staff', 'tablet-0401');
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    await staff.synced();
    // Figures are kept per shop date; the test's day is the host clock's, in India.
    const date = localDate(shop.host.clock.now());
    const today = () => staff.doc.getMap(SYNC_KEYS.staff.today).get(date) as { bills: number; salesPaise: number } | undefined;
    const billsBefore = today()?.bills ?? -1;
    expect(billsBefore).toBeGreaterThanOrEqual(0);
    expect(staff.doc.getMap(SYNC_KEYS.staff.dues).size).toBeGreaterThan(0);
    const command = await billCommand(tablet, PRODUCT, shop.host.clock.now().toISOString(), 1);
    const outbox = shop.open(shop.outboxName(tablet), tablet.token);
    pushCommands(outbox.doc, [command]);
    await outcomesFor(staff, [command.id]);
    await waitFor('today’s bills', () => today()?.bills === billsBefore + 1);
  });
});
