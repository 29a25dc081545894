import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FILE_MODE, copyClosedFile, syncPath } from './copy';
import { createBackup, ensureBackupDir } from './create';
import type { IntegrityLevel, ShopFileCheck } from './inspect';
import { runBackupJob } from './run-job';

/**
 * Putting a backup back in place of the shop file, with the shop file closed (the host stops
 * first and opens the file again after). Nothing is lost by a wrong restore: the current file is
 * backed up first (or, if SQLite cannot read it, copied aside as it is, WAL and all). The backup
 * is checked in full, copied beside the shop file, checked again, and renamed over it in one
 * step; the old file's WAL is removed before that rename, since SQLite would replay it into the
 * restored file.
 */
export interface RestoreRequest {
  shopFile: string;
  backupFile: string;
  /** where the copy of the current file goes (the data folder's backups) */
  dir: string;
  slug: string;
  at: Date;
  /** 'quick' when the caller has just run the full check itself (outside the time the host refuses calls) */
  verify?: IntegrityLevel;
}

export interface RestoreOutcome {
  /** what the shop file now holds */
  restored: ShopFileCheck;
  /** the copy of what was there before: a checked backup, or the file as it was when SQLite could not read it */
  before: { file: string | null; how: 'backup' | 'copied-as-is' | 'nothing-there' };
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/** What a backup holds (date, bills, last bill number), read without changing anything. */
export async function previewBackup(file: string): Promise<ShopFileCheck> {
  if (!existsSync(file)) throw new RestoreError(`There is no file ${file}`);
  const result = await runBackupJob({ op: 'inspect', file, integrity: 'quick' });
  if (!result.ok) throw new RestoreError(`${file} cannot be read: ${result.error}`);
  return result.check;
}

async function keepWhatIsThere(request: RestoreRequest): Promise<RestoreOutcome['before']> {
  const { shopFile } = request;
  if (!existsSync(shopFile) || statSync(shopFile).size === 0) return { file: null, how: 'nothing-there' };
  const saved = await createBackup({ source: shopFile, dir: request.dir, slug: request.slug, kind: 'restore', at: request.at, integrity: 'quick' });
  if (saved.ok && saved.file) return { file: saved.file, how: 'backup' };
  if (saved.file) rmSync(saved.file, { force: true });
  // SQLite cannot read it: keep its bytes (and its WAL, which may hold the last bills) for support.
  ensureBackupDir(request.dir);
  const aside = join(request.dir, `damaged-${request.at.toISOString().replace(/[:.]/g, '-')}-${basename(shopFile)}`);
  copyFileSync(shopFile, aside);
  chmodSync(aside, FILE_MODE);
  if (existsSync(`${shopFile}-wal`)) {
    copyFileSync(`${shopFile}-wal`, `${aside}-wal`);
    chmodSync(`${aside}-wal`, FILE_MODE);
  }
  return { file: aside, how: 'copied-as-is' };
}

export async function restoreShopFile(request: RestoreRequest): Promise<RestoreOutcome> {
  const checked = await runBackupJob({ op: 'inspect', file: request.backupFile, integrity: request.verify ?? 'full' });
  if (!checked.ok) throw new RestoreError(`The backup cannot be read (${checked.error}); nothing was changed`);
  if (!checked.check.ok) throw new RestoreError(`The backup failed its check (${checked.check.problems.slice(0, 2).join('; ')}); nothing was changed`);
  const incoming = `${request.shopFile}.restoring`;
  try {
    copyClosedFile(request.backupFile, incoming);
  } catch (e) {
    throw new RestoreError(`The backup could not be copied beside the shop file (${(e as Error).message}); nothing was changed`);
  }
  const copied = await runBackupJob({ op: 'inspect', file: incoming, integrity: 'quick' });
  if (!copied.ok || !copied.check.ok) {
    rmSync(incoming, { force: true });
    throw new RestoreError('The copy of the backup failed its check (is the disk full?); nothing was changed');
  }
  let before: RestoreOutcome['before'];
  try {
    before = await keepWhatIsThere(request);
  } catch (e) {
    rmSync(incoming, { force: true });
    throw new RestoreError(`The current shop file could not be kept aside (${(e as Error).message}); nothing was changed`);
  }
  for (const side of ['-wal', '-shm', '-journal']) rmSync(`${request.shopFile}${side}`, { force: true });
  renameSync(incoming, request.shopFile);
  chmodSync(request.shopFile, FILE_MODE);
  syncPath(dirname(request.shopFile));
  return { restored: copied.check, before };
}
