import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { createBackup } from '../../db/backup/create';
import { listBackups, MANIFEST_FILE } from '../../db/backup/manifest';
import { backupFileName, parseBackupName, shopSlug } from '../../db/backup/names';
import { backupsToPrune, type RetainedBackup } from '../../db/backup/retention';
import { hostWithClients, tempDir, type TestHost } from '../support/test-host';
import { modeOf, postBills } from './bills';

let host: TestHost;
let staff: ApiClient;
let shopFile: string;
beforeEach(async () => {
  ({ host, staff } = await hostWithClients({ staff: 'staff' }));
  shopFile = join(host.dir, 'shop.sqlite');
});
afterEach(() => host.dispose());

describe('a backup of the live shop file', () => {
  it('holds every bill committed before it, even while the counter keeps billing, and passes its check', async () => {
    await postBills(staff, 20, 'before');
    const dir = join(host.dir, 'backups');
    // Bills keep coming while the backup runs on its worker thread: the copy is one snapshot, never half a bill.
    const backup = createBackup({ source: shopFile, dir, slug: 'Sharma Kirana Store', kind: 'manual', at: new Date(), integrity: 'full' });
    const during = postBills(staff, 20, 'during');
    const [outcome] = await Promise.all([backup, during]);
    expect(outcome.ok).toBe(true);
    expect(outcome.file).toMatch(/sharma-kirana-store-\d{8}-\d{6}-\d{3}-manual\.sqlite$/);
    expect(outcome.check).toMatchObject({ ok: true, integrity: 'full', problems: [] });
    const copied = new Database(outcome.file!, { readonly: true });
    const bills = (copied.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n;
    expect(bills).toBeGreaterThanOrEqual(20);
    expect(bills).toBeLessThanOrEqual(40);
    expect(outcome.check!.bills).toBe(bills);
    // Every bill in the copy is whole: its lines and its journal entry came with it.
    expect(copied.prepare('SELECT count(*) AS n FROM invoices i WHERE NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id)').get()).toEqual({
      n: 0,
    });
    expect(copied.pragma('journal_mode', { simple: true })).toBe('delete');
    copied.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('-wal') || f.endsWith('.partial'))).toEqual([]);
  });

  it('is owner-only, in an owner-only folder, and recorded in the manifest with its check', async () => {
    const numbers = await postBills(staff, 3, 'modes');
    const dir = join(host.dir, 'backups');
    const outcome = await createBackup({ source: shopFile, dir, slug: 'x', kind: 'daily', at: new Date('2026-11-24T05:30:00.000Z'), integrity: 'full' });
    expect(modeOf(statSync(outcome.file!))).toBe(0o600);
    expect(modeOf(statSync(dir))).toBe(0o700);
    expect(modeOf(statSync(join(dir, MANIFEST_FILE)))).toBe(0o600);
    const [entry] = listBackups(dir);
    expect(entry).toMatchObject({ file: 'x-20261124-053000-000-daily.sqlite', kind: 'daily', check: { ok: true, bills: 3, lastBill: { number: numbers[2] } } });
    expect(JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')).backups[0].check.counts.invoices).toBe(3);
  });

  it('is copied to the owner’s folder and checked there; a missing folder is reported, never created', async () => {
    const usb = tempDir('sk-usb-');
    const withUsb = () =>
      createBackup({ source: shopFile, dir: join(host.dir, 'backups'), extraDir: usb.dir, slug: 'x', kind: 'manual', at: new Date(), integrity: 'quick' });
    try {
      const outcome = await withUsb();
      expect(outcome.extra).toMatchObject({ ok: true, error: null });
      expect(listBackups(usb.dir)[0]?.check?.ok).toBe(true);
      rmSync(usb.dir, { recursive: true });
      const unplugged = await withUsb();
      expect(unplugged.ok).toBe(true); // the data folder's copy is made anyway
      expect(unplugged.extra).toMatchObject({ ok: false, error: expect.stringMatching(/is not there \(is the USB stick plugged in\?\)/) });
      expect(() => statSync(usb.dir)).toThrow();
    } finally {
      usb.cleanup();
    }
  });

  it('of a file that is not a shop file, fails its check and says why', async () => {
    const { dir, cleanup } = tempDir('sk-notshop-');
    try {
      const other = join(dir, 'other.sqlite');
      new Database(other).exec('CREATE TABLE t (x)');
      const outcome = await createBackup({ source: other, dir: join(dir, 'backups'), slug: 'x', kind: 'manual', at: new Date(), integrity: 'quick' });
      expect(outcome.ok).toBe(false);
      expect(outcome.error).toMatch(/not a SmartKirana shop file/);
    } finally {
      cleanup();
    }
  });
});

describe('backup names', () => {
  it('carry the shop, the moment and the reason, and read back', () => {
    const at = new Date('2026-11-24T05:30:07.042Z');
    const name = backupFileName('Sharma Kirāna & Sons, Pune', at, 'hourly');
    expect(name).toBe('sharma-kirana-sons-pune-20261124-053007-042-hourly.sqlite');
    expect(parseBackupName(name)).toEqual({ slug: 'sharma-kirana-sons-pune', at, kind: 'hourly' });
    expect(shopSlug('शर्मा किराना')).toBe('shop');
    for (const other of ['manifest.json', 'shop.sqlite', 'x-20261124-053007-042-hourly.sqlite.partial', 'x-20261324-053007-042-daily.sqlite']) {
      expect(parseBackupName(other), other).toBeNull();
    }
  });
});

describe('retention', () => {
  const hourly = (hoursAgo: number, now: Date, good: boolean | null = true): RetainedBackup => ({
    file: `b-${hoursAgo}`,
    at: new Date(now.getTime() - hoursAgo * 3_600_000),
    kind: 'hourly',
    good,
  });

  it('keeps 48 hourly, 30 daily and 12 monthly, and the last few before a migration', () => {
    const now = new Date('2026-11-24T12:00:00.000Z');
    // One backup every hour for two years.
    const backups = Array.from({ length: 2 * 365 * 24 }, (_, h) => hourly(h, now));
    backups.push({ file: 'migration-old', at: new Date('2025-01-01T00:00:00.000Z'), kind: 'migration', good: true });
    const pruned = new Set(backupsToPrune(backups, now));
    const kept = backups.filter((b) => !pruned.has(b.file));
    // 48 hours + the days before them (about 28 more) + the months before those (about 10 more) + the old migration backup.
    expect(kept.length).toBeGreaterThanOrEqual(48 + 27 + 9 + 1);
    expect(kept.length).toBeLessThanOrEqual(48 + 30 + 12 + 1);
    expect(kept.map((b) => b.file)).toEqual(expect.arrayContaining(['b-0', 'b-47', 'migration-old']));
    expect(kept.filter((b) => now.getTime() - b.at.getTime() > 400 * 86_400_000).map((b) => b.file)).toEqual(['migration-old']);
  });

  it('never counts a failed backup as a kept one; drops it after two days; keeps unchecked ones', () => {
    const now = new Date('2026-11-24T12:00:00.000Z');
    const pruned = backupsToPrune([hourly(1, now, false), hourly(60, now, false), hourly(70, now, null), hourly(2, now)], now);
    expect(pruned).toEqual(['b-60']);
  });
});

describe('a folder that cannot hold backups', () => {
  it('makes the backup fail with the reason, not throw', async () => {
    const blocked = join(host.dir, 'blocked');
    mkdirSync(blocked);
    const fileInTheWay = join(blocked, 'backups');
    writeFileSync(fileInTheWay, 'not a folder');
    const outcome = await createBackup({ source: shopFile, dir: fileInTheWay, slug: 'x', kind: 'manual', at: new Date(), integrity: 'quick' });
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/EEXIST|ENOTDIR|not a directory|file already exists/i);
  });
});
