import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../app/host/create-host';
import { writeLocalSettings, LocalSettings } from '../../app/host/local-settings';
import { listBackups } from '../../db/backup/manifest';
import { tempDir, TEST_SECRETS } from '../support/test-host';
import { postBills } from './bills';

/** Backups the owner never has to think about: daily, hourly while bills come in, on close. */
let dir: string;
let cleanup: () => void;
let wall: Date;
const logs: string[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDir('sk-schedule-'));
  wall = new Date('2026-11-24T04:00:00.000Z');
  logs.length = 0;
});
afterEach(() => cleanup());

function start(): Host {
  return createHost({
    dbFile: join(dir, 'shop.sqlite'),
    secrets: TEST_SECRETS,
    registerDevicesOnLogin: true,
    log: (m) => logs.push(m),
    // The schedule is driven by hand here (runSchedule), on a wall clock the test moves.
    backups: { firstAfterMs: 3_600_000, now: () => wall },
  });
}

async function staffOf(host: Host) {
  const anon = host.client();
  const user = (await anon.call('auth.users', {})).find((u) => u.role === 'staff')!;
  return host.client((await anon.call('auth.login', { userId: user.id, pin: '3333', deviceId: 'schedule-test' })).token);
}

const kinds = () => listBackups(join(dir, 'backups')).map((e) => e.kind);
const later = (minutes: number) => (wall = new Date(wall.getTime() + minutes * 60_000));

describe('the backup schedule', () => {
  it('makes the day’s backup (integrity_check), then one an hour only while bills are posted, and one on close', async () => {
    const host = start();
    const staff = await staffOf(host);
    expect(await host.backups.runSchedule()).toBe('daily');
    expect(listBackups(join(dir, 'backups'))[0]?.check).toMatchObject({ ok: true, integrity: 'full' });
    later(90);
    expect(await host.backups.runSchedule()).toBeNull(); // nothing was billed
    await postBills(staff, 3, 'hour-1');
    later(30);
    expect(await host.backups.runSchedule()).toBe('hourly');
    await postBills(staff, 1, 'hour-1b');
    later(20);
    expect(await host.backups.runSchedule()).toBeNull(); // less than an hour since the last
    later(45);
    expect(await host.backups.runSchedule()).toBe('hourly');
    later(24 * 60);
    expect(await host.backups.runSchedule()).toBe('daily'); // a new day
    await postBills(staff, 1, 'before-close');
    later(1);
    host.close();
    expect(kinds()).toEqual(['close', 'daily', 'hourly', 'hourly', 'daily']);
    expect(listBackups(join(dir, 'backups'))[0]?.check).toMatchObject({ ok: true, bills: 5 });
  });

  it('makes no backup on close when nothing changed since the last one', async () => {
    const host = start();
    await host.backups.create('manual');
    later(5);
    host.close();
    expect(kinds()).toEqual(['manual']);
  });

  it('raises the alert (and logs it) when no good backup is newer than a day, or the chosen folder is missing', async () => {
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    writeLocalSettings(dir, LocalSettings.parse({ backupFolder: usb }));
    const host = start();
    expect(host.backups.status()).toMatchObject({ ok: false, problems: ['No good backup has been made yet'] });
    await host.backups.runSchedule();
    expect(host.backups.status()).toMatchObject({ ok: true, folder: { dir: usb, ok: true } });
    expect(listBackups(usb).map((e) => e.kind)).toEqual(['daily']);

    later(25 * 60);
    expect(host.backups.status().problems).toEqual([expect.stringMatching(/more than a day old/)]);
    rmSync(usb, { recursive: true });
    expect(host.backups.status().problems).toEqual([expect.stringMatching(/more than a day old/), expect.stringMatching(/usb is not there/)]);
    await host.backups.runSchedule(); // the day's backup: made in the data folder, not copied
    expect(host.backups.status()).toMatchObject({ ok: false, problems: [expect.stringMatching(/usb is not there/)] });
    expect(logs.some((l) => l.includes('ALERT') && l.includes('usb is not there'))).toBe(true);
    host.close();
  });
});
