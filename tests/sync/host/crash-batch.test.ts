import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hostRoomStore } from '../../../app/host/sync/room-store';
import { demoUser, makeTestHost, type TestHost } from '../../support/test-host';
import { waitFor } from '../support/clients';
import { billCommand, onHand, pushCommands, recordedAmong, startSyncedShop, type SyncedShop } from './support';

const PRODUCT = 'prod-demo-001';
const COMMANDS = 600;
const BATCH = 100;
const CHILD = join(import.meta.dirname, 'crash-child.ts');

let host: TestHost | null = null;
let shop: SyncedShop | null = null;
afterEach(async () => {
  await shop?.close();
  // The first host's file was closed before the kill; this removes its folder.
  host?.dispose();
  shop = null;
  host = null;
});

/** What the file holds for these commands: their sync_commands rows and the invoices posted under their ids. */
function onDisk(file: string, ids: readonly string[]): { recorded: number; invoices: number } {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sync_commands WHERE command_id = ?');
    const bill = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM invoices WHERE client_ref = ?');
    return ids.reduce((t, id) => ({ recorded: t.recorded + (row.get(id)?.n ?? 0), invoices: t.invoices + (bill.get(id)?.n ?? 0) }), {
      recorded: 0,
      invoices: 0,
    });
  } finally {
    db.close();
  }
}

describe('a counter killed in the middle of a batch', () => {
  it('keeps whole batches only, and after a restart has every command exactly once', { timeout: 120_000 }, async () => {
    host = makeTestHost();
    const file = join(host.dir, 'shop.sqlite');
    const user = await demoUser(host, 'staff');
    const login = await host.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: 'tablet-crash01', deviceName: 'Tablet' });
    const tablet = { token: login.token, deviceId: login.device.id, userId: user.id, client: host.client(login.token, { device: 'tablet-crash01' }) };
    const before = onHand(host, PRODUCT);
    const one = await billCommand(tablet, PRODUCT, host.clock.now().toISOString(), 1_000);
    const commands = Array.from({ length: COMMANDS }, () => ({ ...one, id: crypto.randomUUID() }));
    const ids = commands.map((c) => c.id);
    // The tablet's outbox as the relay stored it while the counter was off.
    const outbox = new Y.Doc();
    pushCommands(outbox, commands);
    const room = `shop/${host.store.shop.find()?.id ?? ''}/device/${tablet.deviceId}/outbox/${host.clock.now().toISOString().slice(0, 7)}`;
    await hostRoomStore(host).append(room, Y.encodeStateAsUpdate(outbox));
    host.close();

    // node itself, not the tsx wrapper: SIGKILL must reach the process that holds the file.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(BATCH)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      // The first batch is on disk, the second is being applied: kill the counter now.
      await waitFor('the first batch committed', () => onDisk(file, ids).recorded >= BATCH, 90_000);
      child.kill('SIGKILL');
      await exited;
    } finally {
      child.kill('SIGKILL');
    }
    const killed = onDisk(file, ids);
    expect(killed.recorded).toBeGreaterThanOrEqual(BATCH);
    expect(killed.recorded).toBeLessThan(COMMANDS);
    // All of a batch or none of it: whole batches only, and never a bill without its record.
    expect(killed.recorded % BATCH).toBe(0);
    expect(killed.invoices).toBe(killed.recorded);

    // Started again on the same file: the rest is applied, nothing twice.
    const again = await startSyncedShop({ dbFile: file });
    shop = again;
    await waitFor('every command applied', () => recordedAmong(again.host, ids) === COMMANDS, 60_000);
    await shop.sync.idle();
    expect(onDisk(file, ids)).toEqual({ recorded: COMMANDS, invoices: COMMANDS });
    expect(onHand(shop.host, PRODUCT)).toBe(before - COMMANDS * 1000);
  });
});
