import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_DOCUMENT, SYNC_KEYS, type OutboxCommand } from '../../../app/core/contract/sync-documents';
import { translate } from '../../../app/core/i18n';
import { expectApiError } from '../../support/api-errors';
import { connect, waitFor, type Client } from '../support/clients';
import { REGISTRATION_SECRET, startRelayProcess, type RelayProcess } from '../support/relay-process';
import { startPostgres, startRedis, type Throwaway } from '../support/servers';
import { outcomesFor, pushCommands, startSyncedShop, type SyncedShop, type TestDevice } from './support';

/**
 * The counter bridging its documents to a standalone cloud relay (PostgreSQL + Redis, `main.ts` as
 * a child process): the owner sets it up with the operator's secret, the phone gets its cloud
 * token from the counter, a khata receipt written on the cloud is applied once by the counter and
 * the outcome comes back to the phone; the counter keeps billing while the relay is down and the
 * cloud catches up when it is back.
 */
let postgres: Throwaway;
let redis: Throwaway;
let env: Record<string, string>;
let relay: RelayProcess;
let shop: SyncedShop;
let phone: TestDevice;
const clients: Client[] = [];
const open = (url: string, room: string, token: string) => {
  const client = connect(url, room, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url };
  relay = await startRelayProcess(env);
  shop = await startSyncedShop();
  phone = await shop.device('owner', 'owner-phone-0001');
}, 90_000);
afterAll(async () => {
  for (const c of clients) c.destroy();
  await shop?.stop();
  await relay?.stop('SIGKILL');
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

async function receipt(customerId: string, amountPaise: number): Promise<OutboxCommand> {
  const id = randomUUID();
  return {
    id,
    method: 'khata.receive',
    params: { clientRef: id, customerId, amountPaise, method: 'upi', reference: '' },
    userId: phone.userId,
    at: new Date().toISOString(),
    catalogVersion: 0,
  };
}

describe('the counter bridged to a cloud relay', () => {
  it('refuses a wrong secret and an unreachable relay with words naming the field, in English and Hindi', async () => {
    const owner = phone.client;
    expect(
      (await expectApiError(owner.call('sync.setCloud', { relayUrl: relay.url, secret: 'not the operator’s secret at all' }), 'INVALID_INPUT')).message,
    ).toMatch(/^Registration secret:/);
    expect((await expectApiError(owner.call('sync.setCloud', { relayUrl: 'ws://127.0.0.1:9', secret: REGISTRATION_SECRET }), 'INVALID_INPUT')).message).toMatch(
      /^Cloud relay address:/,
    );
    const hindi = shop.host.client(phone.token);
    const refusal = await expectApiError(hindi.call('sync.setCloud', { relayUrl: relay.url, secret: '' }), 'INVALID_INPUT');
    expect(translate(refusal.key ?? '', 'hi', refusal.params)).toMatch(/^रजिस्ट्रेशन सीक्रेट:/);
    expect((await owner.call('sync.cloud', {})).relayUrl).toBeNull();
    expect((await owner.call('sync.target', {}))?.cloud).toBeNull();
  });

  it('a phone on the cloud relay sends a khata receipt; the counter applies it once; the phone sees the outcome', async () => {
    const status = await phone.client.call('sync.setCloud', { relayUrl: relay.url, secret: REGISTRATION_SECRET });
    expect(status.relayUrl).toBe(relay.url);
    await waitFor('the bridge connected', () => shop.sync.cloud.cloudStatus().connected, 15_000);

    const target = await phone.client.call('sync.target', {});
    expect(target?.shopId).toBe(shop.sync.shopId);
    const cloud = target?.cloud;
    if (!cloud) throw new Error('no cloud target');
    const outbox = open(cloud.url, shop.outboxName(phone), cloud.token);
    const staff = open(cloud.url, SYNC_DOCUMENT.staff(shop.sync.shopId), cloud.token);
    await Promise.all([outbox.synced(), staff.synced()]);

    const [customer] = await phone.client.call('khata.customers', {});
    if (!customer) throw new Error('the demo shop has khata customers');
    const command = await receipt(customer.customerId, 12_300);
    pushCommands(outbox.doc, [command, command]);
    const outcomes = await outcomesFor(staff, [command.id], 20_000);
    expect(outcomes.get(command.id)).toMatchObject({ status: 'applied', deviceId: phone.deviceId });
    await shop.sync.idle();
    const after = await phone.client.call('khata.customers', { q: customer.phone });
    expect(customer.balancePaise - (after[0]?.balancePaise ?? 0)).toBe(12_300);
    expect(shop.host.store.syncCommands.get(command.id)?.status).toBe('applied');
    // the catalog is on the cloud too, as the counter wrote it
    const catalog = open(cloud.url, SYNC_DOCUMENT.catalog(shop.sync.shopId), cloud.token);
    await catalog.synced();
    expect(catalog.doc.getMap(SYNC_KEYS.catalog.products).size).toBeGreaterThan(0);
  }, 60_000);

  it('keeps billing while the relay is down and catches the cloud up when it is back', async () => {
    const port = relay.port;
    await relay.stop('SIGKILL');
    await waitFor('the bridge saw the relay go', () => !shop.sync.cloud.cloudStatus().connected, 10_000);

    const [customer] = await phone.client.call('khata.customers', {});
    if (!customer) throw new Error('the demo shop has khata customers');
    const atCounter = await phone.client.call('khata.receive', { customerId: customer.customerId, amountPaise: 4_500, method: 'cash' });
    await shop.sync.idle();

    relay = await startRelayProcess(env, port);
    await waitFor('the bridge reconnected', () => shop.sync.cloud.cloudStatus().connected, 20_000);
    const cloud = (await phone.client.call('sync.target', {}))?.cloud;
    if (!cloud) throw new Error('no cloud target');
    const staff = open(cloud.url, SYNC_DOCUMENT.staff(shop.sync.shopId), cloud.token);
    await staff.synced();
    await waitFor(
      'the receipt made while the relay was down on the cloud',
      () => staff.doc.getMap<{ balancePaise: number }>(SYNC_KEYS.staff.dues).get(customer.customerId)?.balancePaise === atCounter.balanceAfterPaise,
      20_000,
    );

    // and a phone writing through the restarted relay is applied once
    const outbox = open(cloud.url, shop.outboxName(phone), cloud.token);
    await outbox.synced();
    const command = await receipt(customer.customerId, 1_100);
    pushCommands(outbox.doc, [command]);
    expect((await outcomesFor(staff, [command.id], 20_000)).get(command.id)?.status).toBe('applied');
    expect(outbox.doc.getArray(SYNC_KEYS.outbox.commands).length).toBe(3);
  }, 90_000);

  it('turning the cloud off stops the bridge and the devices’ cloud target', async () => {
    const status = await phone.client.call('sync.setCloud', { relayUrl: null });
    expect(status).toMatchObject({ relayUrl: null, documents: 0 });
    expect((await phone.client.call('sync.target', {}))?.cloud).toBeNull();
  });
});
