import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SYNC_DOCUMENT, SYNC_KEYS } from '../../../app/core/contract/sync-documents';
import { waitFor } from '../support/clients';
import { billCommand, goneCustomerPayment, onHand, outcomesFor, pushCommands, startSyncedShop, type SyncedShop } from './support';

const PRODUCT = 'prod-demo-001';
let shop: SyncedShop | null = null;
afterEach(async () => {
  await shop?.close();
  shop = null;
});

describe('the counter applies devices’ offline commands once', () => {
  it('two offline devices each sell one: stock falls by two, each bill numbered in its device’s series', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('manager', 'tablet-0001');
    const phone = await shop.device('staff', 'phone-00001');
    const before = onHand(shop.host, PRODUCT);
    const at = shop.host.clock.now().toISOString();
    const a = await billCommand(tablet, PRODUCT, at, 1);
    const b = await billCommand(phone, PRODUCT, at, 1);
    // Offline: each device writes its outbox with no connection, then reconnects.
    const tabletDoc = new Y.Doc();
    const phoneDoc = new Y.Doc();
    pushCommands(tabletDoc, [a]);
    pushCommands(phoneDoc, [b]);
    shop.open(shop.outboxName(tablet), tablet.token, tabletDoc);
    shop.open(shop.outboxName(phone), phone.token, phoneDoc);
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), phone.token);
    const outcomes = await outcomesFor(staff, [a.id, b.id]);
    expect([outcomes.get(a.id)?.status, outcomes.get(b.id)?.status]).toEqual(['applied', 'applied']);
    const numbers = [outcomes.get(a.id)?.reference, outcomes.get(b.id)?.reference];
    expect(new Set(numbers).size).toBe(2);
    expect(onHand(shop.host, PRODUCT)).toBe(before - 2000);
    // The staff document shows the stock the counter now has.
    await waitFor(
      'stock projection',
      () => (staff.doc.getMap(SYNC_KEYS.staff.stock).get(PRODUCT) as { onHandMilli?: number } | undefined)?.onHandMilli === before - 2000,
    );
  });

  it('a command duplicated, replayed in another month’s shard and seen again after a restart posts once', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('staff', 'tablet-0002');
    const before = onHand(shop.host, PRODUCT);
    const bills = shop.host.store.billing;
    const command = await billCommand(tablet, PRODUCT, shop.host.clock.now().toISOString(), 1);
    const outbox = shop.open(shop.outboxName(tablet), tablet.token);
    await outbox.synced();
    pushCommands(outbox.doc, [command, command]);
    const replay = shop.open(SYNC_DOCUMENT.outbox(shop.sync.shopId, tablet.deviceId, '2027-01'), tablet.token);
    await replay.synced();
    pushCommands(replay.doc, [command]);
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    await outcomesFor(staff, [command.id]);
    await waitFor(
      'the replayed shard is seen',
      () => shop?.sync.applier.pending().size === 0 && (shop?.host.store.syncCommands.get(command.id) ?? null) !== null,
    );
    await new Promise((r) => setTimeout(r, 600));
    await shop.sync.idle();
    expect(bills.idByClientRef(command.id)).toBeTruthy();
    expect(onHand(shop.host, PRODUCT)).toBe(before - 1000);
    expect(shop.sync.applier.done).toBe(1);

    // The host stops and starts again on the same file: the outbox is seen again, nothing posts twice.
    const file = shop.host.dir;
    await shop.stop();
    shop.host.close();
    const again = await startSyncedShop({ dbFile: `${file}/shop.sqlite` });
    const stopped = shop;
    shop = again;
    await new Promise((r) => setTimeout(r, 500));
    await again.sync.idle();
    expect(again.sync.applier.done).toBe(0);
    expect(onHand(again.host, PRODUCT)).toBe(before - 1000);
    const staffAgain = again.open(SYNC_DOCUMENT.staff(again.sync.shopId), (await again.device('staff', 'tablet-0002')).token);
    expect((await outcomesFor(staffAgain, [command.id])).get(command.id)?.status).toBe('applied');
    stopped.host.dispose();
  });

  it('a crash after the posting and before its record: applied again, the same bill comes back', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('staff', 'tablet-0003');
    const before = onHand(shop.host, PRODUCT);
    const command = await billCommand(tablet, PRODUCT, shop.host.clock.now().toISOString(), 1);
    // The posting made it to the file (same clientRef as the applier uses); the sync_commands row did not.
    const posted = await tablet.client.call('billing.postInvoice', { ...(command.params as object), clientRef: command.id } as never);
    const outbox = shop.open(shop.outboxName(tablet), tablet.token);
    pushCommands(outbox.doc, [command]);
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    const outcome = (await outcomesFor(staff, [command.id])).get(command.id);
    expect(outcome?.reference).toBe((posted as { number: string }).number);
    expect(onHand(shop.host, PRODUCT)).toBe(before - 1000);
  });

  it('refusals carry words in English and Hindi; a price from an older catalogue posts and is flagged', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('staff', 'tablet-0004');
    const at = shop.host.clock.now().toISOString();
    const gone = goneCustomerPayment(tablet.userId, at, 1);
    const garbage = { id: randomUUID(), method: 'billing.postInvoice', params: 'no', userId: tablet.userId, at: 'yesterday', catalogVersion: -1 };
    const price = shop.host.store.catalog.get(PRODUCT)?.pricePaise ?? 0;
    const old = {
      id: randomUUID(),
      method: 'billing.postInvoice',
      params: { lines: [{ productId: PRODUCT, qtyMilli: 1000, unitPricePaise: price - 100 }], tenders: [{ method: 'cash', amountPaise: price - 100 }] },
      userId: tablet.userId,
      at,
      catalogVersion: 0,
    };
    const outbox = shop.open(shop.outboxName(tablet), tablet.token);
    pushCommands(outbox.doc, [gone, garbage, old]);
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    const outcomes = await outcomesFor(staff, [gone.id, garbage.id, old.id]);
    const refusedKhata = outcomes.get(gone.id);
    expect(refusedKhata?.status).toBe('refused');
    expect(refusedKhata?.message?.en).toMatch(/customer/i);
    expect(refusedKhata?.message?.hi).toMatch(/[\u0900-\u097F]/);
    expect(refusedKhata?.message?.en).not.toMatch(/cust-gone|\bparams\b|Error/);
    expect(outcomes.get(garbage.id)?.message?.en).toMatch(/could not be read/);
    expect(outcomes.get(old.id)).toMatchObject({ status: 'applied', flagged: true });
    // The same price with the current catalogue is an override a staff user may not make.
    const now = { ...old, id: randomUUID(), catalogVersion: 99 };
    pushCommands(outbox.doc, [now]);
    const refused = (await outcomesFor(staff, [now.id])).get(now.id);
    expect(refused?.status).toBe('refused');
    expect(refused?.message?.hi).toMatch(/[\u0900-\u097F]/);
  });

  it('a sale that overdraws the shelf posts under the warn policy and is flagged; one the shelf covers is not', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('manager', 'tablet-0005');
    const at = shop.host.clock.now().toISOString();
    const before = onHand(shop.host, PRODUCT);
    const covered = await billCommand(tablet, PRODUCT, at, 1);
    const over = await billCommand(tablet, PRODUCT, at, 1, before + 1000);
    const outbox = shop.open(shop.outboxName(tablet), tablet.token);
    pushCommands(outbox.doc, [covered, over]);
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    const outcomes = await outcomesFor(staff, [covered.id, over.id]);
    expect(outcomes.get(covered.id)).toMatchObject({ status: 'applied', flagged: false });
    expect(outcomes.get(over.id)).toMatchObject({ status: 'applied', flagged: true });
    expect(onHand(shop.host, PRODUCT)).toBe(-2000);
  });

  it('a user deactivated or a device retired between two commands: the next command is refused', async () => {
    shop = await startSyncedShop();
    const tablet = await shop.device('manager', 'tablet-0006');
    const owner = await shop.device('owner', 'owner-pc-06');
    const cashier = await shop.device('staff', 'phone-000006');
    const at = shop.host.clock.now().toISOString();
    const outbox = shop.open(shop.outboxName(tablet), tablet.token);
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), tablet.token);
    const first = { ...(await billCommand(tablet, PRODUCT, at, 1)), userId: cashier.userId };
    pushCommands(outbox.doc, [first]);
    expect((await outcomesFor(staff, [first.id])).get(first.id)?.status).toBe('applied');
    await owner.client.call('users.deactivate', { id: cashier.userId });
    const second = { ...first, id: randomUUID() };
    pushCommands(outbox.doc, [second]);
    const refused = (await outcomesFor(staff, [second.id])).get(second.id);
    expect(refused?.status).toBe('refused');
    expect(refused?.message?.hi).toMatch(/[\u0900-\u097F]/);

    // A second device's own outbox, written while it is connected; then the owner retires the device.
    const phone = await shop.device('manager', 'phone-000007');
    const phoneOutbox = shop.open(shop.outboxName(phone), phone.token);
    await phoneOutbox.synced();
    const ownBill = await billCommand(phone, PRODUCT, at, 1);
    pushCommands(phoneOutbox.doc, [ownBill]);
    expect((await outcomesFor(staff, [ownBill.id])).get(ownBill.id)?.status).toBe('applied');
    await owner.client.call('auth.retireDevice', { id: phone.deviceId });
    const afterRetire = { ...ownBill, id: randomUUID() };
    const counterCopy = await shop.sync.relay.openDocument(shop.outboxName(phone));
    pushCommands(counterCopy.doc, [afterRetire]);
    const removed = (await outcomesFor(staff, [afterRetire.id])).get(afterRetire.id);
    counterCopy.release();
    expect(removed?.status).toBe('refused');
    expect(removed?.message?.en).toMatch(/removed/i);
  });
});
