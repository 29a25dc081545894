import { join } from 'node:path';
import { listBackups, newestGoodBackup, type BackupEntry } from '../../db/backup/manifest';
import { checkShopFileHeader } from '../../db/shop-file-check';
import type { LocalSettings } from './local-settings';

/**
 * What the host finds at the shop file's path before it opens it. A demo shop is made only on a
 * true first run: no shop file and no backups anywhere. Anything else that is not a readable shop
 * file stops the start with a message saying what was found and which backup to restore; the
 * file is left exactly as it was.
 */
export type ShopFileFound = 'missing' | 'empty' | 'truncated' | 'damaged';

export interface NewestBackup {
  file: string;
  at: string;
  bills: number;
  lastBill: string | null;
}

export class ShopFileProblem extends Error {
  override name = 'ShopFileProblem';
  constructor(
    readonly found: ShopFileFound,
    readonly detail: string,
    readonly newest: NewestBackup | null,
    dbFile: string,
  ) {
    super(describeProblem(found, detail, newest, dbFile));
  }
}

/** The data folder's backups, and the owner's folder when one is chosen. */
export function backupDirs(dataDir: string, settings: Pick<LocalSettings, 'backupFolder'>): string[] {
  return [join(dataDir, 'backups'), ...(settings.backupFolder ? [settings.backupFolder] : [])];
}

export function newestBackupIn(dirs: readonly string[]): NewestBackup | null {
  const best: (BackupEntry & { dir: string }) | null = newestGoodBackup(dirs);
  if (!best?.check) return null;
  return { file: join(best.dir, best.file), at: best.at, bills: best.check.bills, lastBill: best.check.lastBill?.number ?? null };
}

function describeProblem(found: ShopFileFound, detail: string, newest: NewestBackup | null, dbFile: string): string {
  const what = found === 'missing' ? `There is no shop file at ${dbFile}, but there are backups of one` : `${detail} (${dbFile})`;
  const offer = newest
    ? `The newest good backup is ${newest.file} (made ${newest.at}, ${newest.bills} bills, last bill ${newest.lastBill ?? 'none'}). ` +
      `To put it back: npm run backup -- restore "${newest.file}"`
    : 'No good backup was found. Keep the file as it is and call support.';
  return `${what}. SmartKirana did not open it and changed nothing. ${offer}`;
}

/** 'first-run' when there is no file and no backup; 'existing' for a file worth opening; throws otherwise. */
export function checkBeforeOpen(dbFile: string, dirs: readonly string[]): 'first-run' | 'existing' {
  const header = checkShopFileHeader(dbFile);
  if (header.state === 'present') return 'existing';
  if (header.state === 'missing') {
    const anyBackup = dirs.some((d) => listBackups(d).length > 0);
    if (!anyBackup) return 'first-run';
    throw new ShopFileProblem('missing', 'The shop file is missing', newestBackupIn(dirs), dbFile);
  }
  throw new ShopFileProblem(header.state, header.detail, newestBackupIn(dirs), dbFile);
}
