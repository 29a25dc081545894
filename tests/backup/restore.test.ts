import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../app/core/contract';
import { createHost } from '../../app/host/create-host';
import { runningHost } from '../../app/host/host-lock';
import { listBackups } from '../../db/backup/manifest';
import { restoreShopFile, RestoreError } from '../../db/backup/restore';
import { makeTestHost, type TestHost } from '../support/test-host';
import { modeOf, postBills } from './bills';

const ROOT = join(import.meta.dirname, '../..');
let host: TestHost | null;
let dir: string;
let shopFile: string;
beforeEach(() => {
  host = makeTestHost();
  dir = host.dir;
  shopFile = join(dir, 'shop.sqlite');
});
afterEach(() => {
  host?.dispose();
  host = null;
});

const billsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT number FROM invoices ORDER BY number').all() as Array<{ number: string }>).map((r) => r.number);
  } finally {
    db.close();
  }
};

describe('restore inside the running host', () => {
  it('puts the backup back, keeps what was there as a backup, and the host goes on billing from there', async () => {
    const h = host!;
    const staff = await h.as('staff');
    const kept = await postBills(staff, 5, 'kept');
    const made = await h.backups.create('manual');
    expect(made.ok).toBe(true);
    const later = await postBills(staff, 3, 'later');

    const outcome = await h.backups.restore(made.file!);
    expect(outcome.restored).toMatchObject({ ok: true, bills: 5, lastBill: { number: kept[4] } });
    expect(outcome.before.how).toBe('backup');
    // The bills made after the backup are not lost: they are in the backup made before the restore.
    expect(billsIn(outcome.before.file!)).toEqual([...kept, ...later]);
    // The same host (and session) answers from the restored file.
    expect((await staff.call('billing.listInvoices', {})).map((i) => i.number).sort()).toEqual(kept);
    const next = await postBills(staff, 1, 'after-restore');
    expect(next[0]).toBe(later[0]); // the number after the restored last bill, as it was then
    expect(modeOf(statSync(shopFile))).toBe(0o600);
  });

  it('answers DB_BUSY to calls that arrive while it runs, and refuses files that are not this shop’s backups', async () => {
    const h = host!;
    const staff = await h.as('staff');
    await postBills(staff, 2, 'busy');
    const made = await h.backups.create('manual');
    let done = false;
    const restoring = h.backups.restore(made.file!).finally(() => (done = true));
    const codes: string[] = [];
    while (!done) {
      codes.push(
        await staff.call('auth.me', {}).then(
          () => 'ok',
          (e: unknown) => (e instanceof ApiError ? `${e.code}: ${e.message}` : String(e)),
        ),
      );
      await new Promise((r) => setTimeout(r, 10));
    }
    await restoring;
    expect(codes).toContainEqual(expect.stringMatching(/^DB_BUSY: .*being restored/));
    expect(codes.filter((c) => c !== 'ok' && !c.startsWith('DB_BUSY'))).toEqual([]);
    expect((await staff.call('auth.me', {})).user.role).toBe('staff');
    await expect(h.backups.restore(shopFile)).rejects.toThrow(/not one of this shop's backups/);
    await expect(h.backups.restore('/etc/passwd')).rejects.toThrow(/not one of this shop's backups/);
  });
});

describe('restore of a closed shop file (support, from the CLI)', () => {
  it('refuses a damaged backup and changes nothing', async () => {
    const h = host!;
    await postBills(await h.as('staff'), 2, 'damaged');
    const made = await h.backups.create('manual');
    h.close();
    const broken = join(dir, 'broken-copy.sqlite');
    copyFileSync(made.file!, broken);
    const bytes = readFileSync(broken);
    bytes.fill(0x5a, 4096 * 3, 4096 * 5); // two pages in the middle overwritten
    writeFileSync(broken, bytes);
    const before = billsIn(shopFile);
    await expect(restoreShopFile({ shopFile, backupFile: broken, dir: join(dir, 'backups'), slug: 'x', at: new Date() })).rejects.toThrow(RestoreError);
    expect(billsIn(shopFile)).toEqual(before);
  });

  it('round-trips through `npm run backup`: list, create, restore (refused while the host runs, then done)', async () => {
    const h = host!;
    const numbers = await postBills(await h.as('staff'), 4, 'cli');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'app/host/backup-cli.ts', '--data-dir', dir, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const created = cli('create');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Backed up to .*-manual\.sqlite: ok \(full check\), Sharma General Store: 4 bills, last bill/);
    const file = join(dir, 'backups', listBackups(join(dir, 'backups'))[0]!.file);
    expect(cli('list').stdout).toContain(listBackups(join(dir, 'backups'))[0]!.file);

    expect(runningHost(shopFile)).toBeNull(); // the test host runs in this very process
    const refused = spawnSync(process.execPath, [
      '-e',
      `require('node:fs').writeFileSync(${JSON.stringify(`${shopFile}.host-lock`)}, JSON.stringify({ pid: ${process.ppid} }))`,
    ]);
    expect(refused.status).toBe(0);
    const whileRunning = cli('restore', file, '--yes');
    expect(whileRunning.status).toBe(1);
    expect(whileRunning.stderr).toMatch(/SmartKirana is running .*close it first/);
    rmSync(`${shopFile}.host-lock`);

    await postBills(await h.as('staff'), 2, 'cli-later');
    h.close();
    const preview = cli('restore', file);
    expect(preview.stdout).toMatch(/4 bills/);
    expect(preview.stdout).toMatch(/Nothing was changed/);
    expect(billsIn(shopFile)).toHaveLength(6);
    const done = cli('restore', file, '--yes');
    expect(done.status, done.stderr).toBe(0);
    expect(billsIn(shopFile)).toEqual(numbers);
    expect(existsSync(`${shopFile}-wal`)).toBe(false);
    const reopened = createHost({ dbFile: shopFile, log: () => {} });
    expect(reopened.startup.firstRun).toBe(false);
    reopened.close();
  }, 120_000);
});
