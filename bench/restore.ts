import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createHost } from '../app/host/create-host';
import { createBackup } from '../db/backup/create';
import { restoreShopFile } from '../db/backup/restore';
import { makeCarts } from './bill-carts';
import type { Benchmark, Outcome } from './lib/result';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/tmp';
import { seed, settableClock } from './post-bill';
import { signIn } from './lib/sign-in';

/**
 * A shop file with 100,000 bills (made once into bench/.data, as post-bill seeds it) for what a
 * big file costs the shop's safety: SQLite's checks at start, a backup, and putting the newest
 * backup back (the support CLI's restore, and the running host's, which refuses calls meanwhile).
 */
const DATA = join(import.meta.dirname, '.data');
const BIG_FILE = join(DATA, 'hundred-k-bills.sqlite');
const ROUNDS = 3;

async function bigFile(): Promise<{ file: string; seedSeconds: number | null }> {
  if (existsSync(BIG_FILE)) return { file: BIG_FILE, seedSeconds: null };
  mkdirSync(DATA, { recursive: true });
  const clock = settableClock();
  const making = `${BIG_FILE}.making`;
  const host = createHost({ dbFile: making, clock, log: () => {} });
  try {
    const client = await signIn(host, 'staff', 'bench-counter');
    const seconds = await seed(host, client, await makeCarts(client, 64), clock);
    host.close();
    copyFileSync(making, BIG_FILE);
    return { file: BIG_FILE, seedSeconds: Math.round(seconds) };
  } catch (e) {
    host.close();
    throw e;
  }
}

const ms = (from: number) => Math.round(performance.now() - from);

async function measure(dir: string): Promise<Outcome> {
  const made = await bigFile();
  const shopFile = join(dir, 'shop.sqlite');
  copyFileSync(made.file, shopFile);
  const bytes = statSync(shopFile).size;

  const checks = { quickCheckMs: [] as number[], integrityCheckMs: [] as number[] };
  for (let i = 0; i < ROUNDS; i++) {
    const db = new Database(shopFile, { readonly: true });
    let t = performance.now();
    db.pragma('quick_check');
    checks.quickCheckMs.push(ms(t));
    t = performance.now();
    db.pragma('integrity_check');
    checks.integrityCheckMs.push(ms(t));
    db.close();
  }
  let t = performance.now();
  const host = createHost({ dbFile: shopFile, log: () => {} });
  const hostOpenMs = ms(t);
  const startupQuickCheckMs = Math.round(host.startup.quickCheckMs ?? 0);

  const backups: number[] = [];
  let newest = '';
  for (let i = 0; i < ROUNDS; i++) {
    t = performance.now();
    const outcome = await createBackup({
      source: shopFile,
      dir: join(dir, 'backups'),
      slug: 'bench',
      kind: 'manual',
      at: new Date(Date.now() + i),
      integrity: 'quick',
    });
    backups.push(ms(t));
    if (!outcome.ok || !outcome.file) throw new Error(outcome.error ?? 'backup failed');
    newest = outcome.file;
  }

  // The running host's restore: a full check while it still bills, then the copy and swap while it refuses calls.
  const staff = await signIn(host, 'staff', 'bench-counter');
  let refusedFrom = 0;
  let refusedTo = 0;
  let done = false;
  t = performance.now();
  const restoring = host.backups.restore(newest).finally(() => (done = true));
  while (!done) {
    const answer = await staff.call('auth.me', {}).then(
      () => 'ok',
      (e: unknown) => String((e as { code?: string }).code),
    );
    if (answer === 'DB_BUSY') [refusedFrom, refusedTo] = [refusedFrom || performance.now(), performance.now()];
    await new Promise((r) => setTimeout(r, 5));
  }
  await restoring;
  const hostRestoreMs = ms(t);
  host.close();

  // The support CLI's restore of a closed file (what `npm run backup -- restore <file> --yes` runs).
  const cli: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    t = performance.now();
    await restoreShopFile({ shopFile, backupFile: newest, dir: join(dir, 'backups'), slug: 'bench', at: new Date(Date.now() + 1000 + i) });
    cli.push(ms(t));
  }
  const figures = summarize(cli);
  return {
    measures:
      'restoring the newest backup of a 100,000-bill shop file with the host closed (npm run backup -- restore): full integrity_check of the backup, copy beside the shop file, quick_check of the copy, a checked backup of the current file, the swap',
    target: { p95Ms: 60_000 },
    pass: figures.p95 <= 60_000,
    samples: figures.n,
    figures,
    details: {
      fileBytes: bytes,
      bills: (new Database(shopFile, { readonly: true }).prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n,
      seedSeconds: made.seedSeconds,
      quickCheckMs: checks.quickCheckMs,
      integrityCheckMs: checks.integrityCheckMs,
      hostOpenMs,
      startupQuickCheckMs,
      backupMs: backups,
      hostRestore: {
        totalMs: hostRestoreMs,
        callsRefusedForMs: refusedTo > 0 ? Math.round(refusedTo - refusedFrom) : 0,
        how: 'host.backups.restore: integrity_check while the counter still bills, then DB_BUSY while the copy is checked, the current file backed up and the swap made, then the file reopened',
      },
      target: 'a restore a support person can wait for on the phone: under a minute',
    },
  };
}

export const restoreBig: Benchmark = {
  name: 'restore',
  title: 'Checks, backup and restore of a 100,000-bill shop file',
  run: () => withTempDir('restore', measure),
};
