import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../db/backup/create';
import { inspectShopFile } from '../../db/backup/inspect';
import { listBackups } from '../../db/backup/manifest';
import { tempDir } from '../support/test-host';
import { checkBooks } from './check-books';
import { bundleVictims, runVictim, type Victims } from './support/kill-harness';

/**
 * SIGKILL (a power cut, a task manager) while a backup is being copied or checked: the shop file
 * keeps every acknowledged bill, no half-made copy is ever listed as a backup, and the next
 * backup works. The victim is bundled as the app is built, its backup worker beside it.
 */
const KILLS = 16;
let victims: Victims;
let shop: ReturnType<typeof tempDir>;

beforeAll(async () => {
  victims = await bundleVictims('backup-crash-', {
    'backup-victim': join(import.meta.dirname, 'backup-victim.ts'),
    'backup-worker': join(import.meta.dirname, '../../db/backup/backup-worker.ts'),
  });
  shop = tempDir('sk-backup-crash-');
});
afterAll(() => {
  victims?.remove();
  shop?.cleanup();
});

interface Run {
  acked: Map<string, string>;
  unanswered: string | undefined;
  backupsStarted: number;
}

/** Runs the victim and kills it `ms` after its `nth` backup started. */
async function runAndKill(dbFile: string, runId: string, nth: number, ms: number): Promise<Run> {
  const run: Run = { acked: new Map(), unanswered: undefined, backupsStarted: 0 };
  const end = await runVictim(victims.script('backup-victim'), [dbFile, runId], {
    onLine: (line, kill) => {
      const [word, ref, number] = line.split(' ');
      if (word === 'POST') run.unanswered = ref;
      if (word === 'ACK' && ref && number) {
        run.acked.set(ref, number);
        run.unanswered = undefined;
      }
      if (word === 'BACKUP' && ++run.backupsStarted === nth) setTimeout(kill, ms);
    },
    watchdogMs: 30_000,
  });
  if (end.signal !== 'SIGKILL') throw new Error(`the victim stopped by itself: ${end.stderr}`);
  return run;
}

describe('SIGKILL while a backup runs', () => {
  it(`keeps every acknowledged bill, lists only whole backups, and the next backup works (${KILLS} kills)`, async () => {
    const dbFile = join(shop.dir, 'shop.sqlite');
    const backups = join(shop.dir, 'backups');
    const acked = new Map<string, string>();
    let partialsSeen = 0;
    let inFlightCommitted = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      // Kill inside the copy, the journal-mode switch, the fsync, the rename or the check, by turns.
      const run = await runAndKill(dbFile, `bk-${kill}`, 1 + (kill % 3), (kill * 37) % 400);
      for (const [ref, number] of run.acked) acked.set(ref, number);
      partialsSeen += existsSync(backups) ? readdirSync(backups).filter((f) => f.endsWith('.partial')).length : 0;

      const db = new Database(dbFile, { readonly: true });
      try {
        // The bill in flight at the kill may have committed without its ACK: it is then whole, and counted as known.
        const inFlight = run.unanswered
          ? (db.prepare('SELECT number FROM invoices WHERE client_ref = ?').get(run.unanswered) as { number: string } | undefined)
          : undefined;
        if (run.unanswered && inFlight) {
          acked.set(run.unanswered, inFlight.number);
          inFlightCommitted += 1;
        }
        expect(checkBooks(db, { acked, unanswered: undefined }), `after kill ${kill + 1}`).toEqual([]);
      } finally {
        db.close();
      }
      for (const entry of listBackups(backups)) {
        // A listed backup is whole: recorded ones passed their check, unrecorded ones (killed before the manifest) still pass it.
        const check = entry.check ?? inspectShopFile(join(backups, entry.file), 'quick');
        expect(check.ok, `${entry.file}: ${check.problems.join('; ')}`).toBe(true);
      }
      if (existsSync(backups)) expect(readdirSync(backups).filter((f) => f.endsWith('.partial'))).toEqual([]); // listBackups cleared them
    }
    console.log(
      `backup crash test: ${KILLS} kills, ${acked.size} bills (${inFlightCommitted} committed as the kill came), ${partialsSeen} half-made copies found and removed`,
    );
    expect(acked.size).toBeGreaterThan(KILLS);
    const after = await createBackup({ source: dbFile, dir: backups, slug: 'x', kind: 'manual', at: new Date(), integrity: 'full' });
    expect(after.check).toMatchObject({ ok: true, bills: acked.size });
  }, 600_000);
});
