import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, tempDir, type TestHost } from '../support/test-host';
import { postBills } from './bills';

/**
 * Backups onto a disk that is full, for real: a small tmpfs mounted where the backups go (the
 * test runs as root here; elsewhere a folder that refuses writes stands in, with its own words).
 * The backup fails with DISK_FULL's words in the owner's alert, leaves no half-made file, the
 * host lives, and the next backup works once there is room.
 */
const mounted: string[] = [];
/** A folder that holds at most `kb` KB: a tmpfs when this process may mount one, else null. */
function smallDisk(dir: string, kb: number): string | null {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    mounted.push(dir);
    return dir;
  } catch {
    return null;
  }
}
const unmountAll = () => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir], { stdio: 'ignore' });
};

let host: TestHost;
let owner: ApiClient;
let spare: ReturnType<typeof tempDir>;
beforeEach(async () => {
  ({ host, owner } = await hostWithClients({ owner: 'owner' }));
  spare = tempDir('sk-backup-full-');
  await postBills(await host.as('staff'), 5, 'full');
});
afterEach(() => {
  host.dispose();
  unmountAll();
  spare.cleanup();
});

describe('a backup onto a full disk', () => {
  it('the data folder full: "The disk is full" in the owner’s alert, no half-made file, the next backup works once there is room', async (t) => {
    const dir = smallDisk(join(host.dir, 'backups'), 64);
    if (!dir) return t.skip();
    const outcome = await host.backups.create('manual');
    expect(outcome).toMatchObject({ ok: false, reason: 'diskFull' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.sqlite') || f.includes('.partial'))).toEqual([]);
    const alert = await owner.call('shop.backupAlert', {});
    expect(alert.ok).toBe(false);
    expect(alert.problems).toContainEqual({ kind: 'diskFull', detail: null });
    const notices = await owner.call('insights.notifications', {});
    expect(notices.notifications.find((n) => n.kind === 'backup')?.text).toBe('The disk is full: free some space; the last backup was not saved.');
    // The host goes on: a bill posts while the backups' disk is full.
    await postBills(await host.as('staff'), 1, 'after-full');

    unmountAll();
    expect((await host.backups.create('manual')).ok).toBe(true);
    expect((await owner.call('shop.backupAlert', {})).problems.map((p) => p.kind)).not.toContain('diskFull');
  });

  it('the owner’s folder full (a USB stick): its own words naming the folder, the data folder’s backup still made', async () => {
    const small = smallDisk(join(spare.dir, 'usb'), 64);
    const folder = small ?? join(spare.dir, 'read-only');
    if (!small) {
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o500);
    }
    host.backups.setExtraDir(folder);
    const outcome = await host.backups.create('manual');
    expect(outcome.ok).toBe(true);
    expect(outcome.extra).toMatchObject({ ok: false, reason: small ? 'diskFull' : 'notWritable' });
    expect(readdirSync(folder)).toEqual([]);
    const alert = await owner.call('shop.backupAlert', {});
    expect(alert.problems).toContainEqual({ kind: small ? 'diskFull' : 'folderNotWritable', detail: folder });
  });
});
