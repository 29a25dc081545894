import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import type { ApiClient } from '../../../app/core/contract';
import { SYNC_DOCUMENT, SYNC_KEYS, type CommandOutcome, type OutboxCommand } from '../../../app/core/contract/sync-documents';
import type { Role } from '../../../app/core/contract/vocabulary';
import type { HostOptions } from '../../../app/host/create-host';
import { startHostSync, type HostSync } from '../../../app/host/sync/host-sync';
import { startHttpServer, type HttpServer } from '../../../app/host/transports/http';
import { connect, waitFor, type Client } from '../support/clients';
import { demoUser, makeTestHost, type TestHost } from '../../support/test-host';

/** A tablet or phone: its session, its internal device id (the outbox's name) and its user. */
export interface TestDevice {
  token: string;
  deviceId: string;
  userId: string;
  client: ApiClient;
}

export interface SyncedShop {
  host: TestHost;
  sync: HostSync;
  http: HttpServer;
  /** ws://127.0.0.1:<port>/sync */
  url: string;
  device(role: Role, clientId: string): Promise<TestDevice>;
  /** a device's socket; a token from `device()` goes with that device's own secret unless `device` says otherwise */
  open(room: string, token?: string, doc?: Y.Doc, device?: string): Client;
  outboxName(device: TestDevice): string;
  stop(): Promise<void>;
  /** stops the relay and the server, then disposes the host and its folder */
  close(): Promise<void>;
}

/** Each device's own secret by its session token, per host: a relay started again on the same host knows them. */
const deviceSecrets = new WeakMap<TestHost, Map<string, string>>();

/** The counter host with its embedded relay, served on 127.0.0.1 at an OS-chosen port. */
export async function startSyncedShop(options: Partial<HostOptions> = {}, host = makeTestHost(options)): Promise<SyncedShop> {
  const sync = await startHostSync(host, { log: () => {}, discoverMs: 200, settleMs: 5 });
  const http = await startHttpServer(host, { port: 0, sync, log: () => {} });
  const url = `${http.url.replace('http://', 'ws://')}/sync`;
  const clients: Client[] = [];
  const secrets = deviceSecrets.get(host) ?? new Map<string, string>();
  deviceSecrets.set(host, secrets);
  const stop = async () => {
    for (const c of clients) c.destroy();
    await http.close();
    await sync.close();
  };
  return {
    host,
    sync,
    http,
    url,
    async device(role, clientId) {
      const user = await demoUser(host, role);
      const login = await host.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: clientId, deviceName: clientId });
      secrets.set(login.token, clientId);
      return { token: login.token, deviceId: login.device.id, userId: user.id, client: host.client(login.token, { device: clientId }) };
    },
    open(room, token, doc, device) {
      const client = connect(url, room, token, doc, device ?? (token === undefined ? undefined : secrets.get(token)));
      clients.push(client);
      return client;
    },
    outboxName: (device) => SYNC_DOCUMENT.outbox(sync.shopId, device.deviceId, host.clock.now().toISOString().slice(0, 7)),
    stop,
    async close() {
      await stop();
      host.dispose();
    },
  };
}

/** A cash bill for one piece of a product, priced as the counter would, as a device queues it. */
export async function billCommand(device: TestDevice, productId: string, at: string, catalogVersion: number, qtyMilli = 1000): Promise<OutboxCommand> {
  const quote = await device.client.call('billing.quote', { lines: [{ productId, qtyMilli }] });
  return {
    id: randomUUID(),
    method: 'billing.postInvoice',
    params: { lines: [{ productId, qtyMilli }], tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }] },
    userId: device.userId,
    at,
    catalogVersion,
  };
}

/** A ₹50 cash khata payment for a customer the shop does not have: the applier must refuse it. */
export function goneCustomerPayment(userId: string, at: string, catalogVersion: number): OutboxCommand {
  return {
    id: randomUUID(),
    method: 'khata.receive',
    params: { customerId: 'cust-gone', amountPaise: 5000, method: 'cash' },
    userId,
    at,
    catalogVersion,
  };
}

export function pushCommands(doc: Y.Doc, commands: readonly unknown[]): void {
  doc.getArray<unknown>(SYNC_KEYS.outbox.commands).push([...commands]);
}

export function outcomesIn(doc: Y.Doc): Map<string, CommandOutcome> {
  return new Map(doc.getMap<CommandOutcome>(SYNC_KEYS.staff.outcomes).entries());
}

export async function outcomesFor(staff: Client, ids: readonly string[], timeoutMs = 15_000): Promise<Map<string, CommandOutcome>> {
  await waitFor(`${ids.length} outcomes`, () => ids.every((id) => staff.doc.getMap(SYNC_KEYS.staff.outcomes).has(id)), timeoutMs);
  return outcomesIn(staff.doc);
}

export const onHand = (host: TestHost, productId: string) => host.store.stock.level(productId).qtyMilli;

/** How many commands the counter has recorded (applied or refused): one query, cheap to poll while it works. */
export const recordedCommands = (host: TestHost, status?: 'applied' | 'refused'): number =>
  host.store.raw
    .prepare<{ status: string | null }, { n: number }>('SELECT count(*) AS n FROM sync_commands WHERE @status IS NULL OR status = @status')
    .get({ status: status ?? null })?.n ?? 0;

/** Of these command ids, how many the counter holds with that status (each id once: it is the key). */
export function recordedAmong(host: TestHost, ids: readonly string[], status: 'applied' | 'refused' = 'applied'): number {
  const statement = host.store.raw.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM sync_commands WHERE command_id = ? AND status = ?');
  return ids.reduce((n, id) => n + (statement.get(id, status)?.n ?? 0), 0);
}
