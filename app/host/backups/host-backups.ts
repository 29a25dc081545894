import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { createBackup, createBackupSync, type BackupOutcome, type BackupRequest } from '../../../db/backup/create';
import type { ShopFileCheck } from '../../../db/backup/inspect';
import { listBackups, recordBackup, type BackupEntry } from '../../../db/backup/manifest';
import { backupFileName, parseBackupName, type BackupKind } from '../../../db/backup/names';
import { previewBackup, restoreShopFile, type RestoreOutcome } from '../../../db/backup/restore';
import { runBackupJob } from '../../../db/backup/run-job';
import { backupStatus, type BackupStatus, type LastFailure } from './backup-status';

/**
 * The host's backups: made on a schedule (hourly while bills are posted, once a day with a full
 * integrity check), on close, and on demand; listed, verified, previewed and restored. One job at
 * a time. Backups are named and scheduled by the wall clock, not the shop's business clock.
 * The services reach this later through a port; support reaches it now through the CLI.
 */
export interface HostBackupsOptions {
  shopFile: string;
  /** the data folder's backups, then the owner's folder if chosen */
  dirs: readonly string[];
  extraDir: string | null;
  shopName: () => string | null;
  log: (message: string, error?: unknown) => void;
  now?: () => Date;
  /** closes the shop file, runs `swap`, opens it again (whatever `swap` did) */
  reopen: (swap: () => Promise<void>) => Promise<void>;
}

export interface HostBackups {
  list(): Array<BackupEntry & { dir: string }>;
  create(kind: BackupKind): Promise<BackupOutcome>;
  /** the same, waiting for it: on close */
  createNow(kind: BackupKind): BackupOutcome;
  verify(file: string): Promise<ShopFileCheck>;
  preview(file: string): Promise<ShopFileCheck>;
  restore(file: string): Promise<RestoreOutcome>;
  status(): BackupStatus;
  /** the owner's folder chosen at the counter PC (null for none): backups are copied there from now on */
  setExtraDir(dir: string | null): void;
  /** the folders read for backups: the data folder's, then the owner's when chosen */
  dirs(): readonly string[];
  /** the shop's data changed (bills posted or anything else) */
  noteChange(bills: boolean): void;
  /** what the schedule would do now; ticks call it */
  runSchedule(): Promise<BackupKind | null>;
  /** whether anything changed since the last good backup (a close backup is made only then) */
  changedSinceBackup(): boolean;
  /** resolves when no backup job is running */
  idle(): Promise<void>;
}

const HOUR_MS = 3_600_000;

/** A backup that must not be put back: it cannot be read, or it failed its full check. */
export class BackupRefused extends Error {
  override name = 'BackupRefused';
  constructor(
    readonly reason: 'unreadable' | 'failedCheck',
    readonly problems: number,
    message: string,
  ) {
    super(message);
  }
}

export function createHostBackups(options: HostBackupsOptions): HostBackups {
  const now = options.now ?? (() => new Date());
  const [dir = join(dirname(options.shopFile), 'backups')] = options.dirs;
  let extraDir = options.extraDir;
  const dirs = () => (extraDir ? [dir, extraDir] : [dir]);
  let chain: Promise<unknown> = Promise.resolve();
  let billsSince = false;
  let changedSince = false;
  let last: LastFailure | null = null;
  let lastProblems = '';

  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  /** A moment whose file name is not taken yet (two backups in the same millisecond, a frozen test clock). */
  const freeMoment = (kind: BackupKind, slug = options.shopName() ?? 'shop'): Date => {
    let at = now();
    while (existsSync(join(dir, backupFileName(slug, at, kind)))) at = new Date(at.getTime() + 1);
    return at;
  };

  const request = (kind: BackupKind): BackupRequest => ({
    source: options.shopFile,
    dir,
    extraDir,
    slug: options.shopName() ?? 'shop',
    kind,
    at: freeMoment(kind),
    integrity: kind === 'daily' || kind === 'manual' ? 'full' : 'quick',
  });

  const settle = (kind: BackupKind, outcome: BackupOutcome): BackupOutcome => {
    last = { error: outcome.ok ? null : outcome.error, reason: outcome.reason, extra: outcome.extra };
    if (outcome.ok) [billsSince, changedSince] = [false, false];
    if (!outcome.ok) options.log(`[backup] ${kind} backup failed: ${outcome.error ?? ''}`);
    else if (outcome.extra && !outcome.extra.ok) options.log(`[backup] ${kind} backup made, but not copied to the chosen folder: ${outcome.extra.error ?? ''}`);
    reportStatus();
    return outcome;
  };

  const status = () => backupStatus(dirs(), extraDir, last, now());

  const reportStatus = () => {
    const current = status();
    const key = current.problems.join('\n');
    if (key !== lastProblems) {
      options.log(current.ok ? '[backup] backups are in order again' : `[backup] ALERT: ${current.problems.join('; ')}`);
      lastProblems = key;
    }
  };

  /** A backup's full path, only if it is one of ours (a name the services pass on must not reach other files). */
  const locate = (file: string): { path: string; dir: string } => {
    const name = basename(file);
    const real = (d: string) => (existsSync(d) ? realpathSync(d) : null);
    const wanted = isAbsolute(file) ? real(dirname(file)) : null;
    for (const d of dirs()) {
      if (!parseBackupName(name) || (wanted !== null && real(d) !== wanted)) continue;
      if (existsSync(join(d, name))) return { path: join(d, name), dir: d };
    }
    throw new Error(`${file} is not one of this shop's backups`);
  };

  const lastOf = (kinds: readonly BackupKind[]) => listBackups(dir).find((e) => kinds.includes(e.kind) && e.check?.ok)?.at ?? null;

  return {
    list: () => dirs().flatMap((d) => listBackups(d).map((e) => ({ ...e, dir: d }))),
    create: (kind) => enqueue(async () => settle(kind, await createBackup(request(kind)))),
    createNow: (kind) => settle(kind, createBackupSync(request(kind))),
    verify: (file) =>
      enqueue(async () => {
        const { path, dir: where } = locate(file);
        const result = await runBackupJob({ op: 'inspect', file: path, integrity: 'full' });
        if (!result.ok) throw new Error(result.error);
        const parsed = parseBackupName(basename(path));
        if (parsed)
          recordBackup(where, { file: basename(path), kind: parsed.kind, at: parsed.at.toISOString(), bytes: result.check.bytes, check: result.check });
        return result.check;
      }),
    preview: (file) => previewBackup(locate(file).path),
    restore: (file) =>
      enqueue(async () => {
        const { path } = locate(file);
        // The full check runs while the counter still bills; only the copy and the swap make it wait.
        const checked = await runBackupJob({ op: 'inspect', file: path, integrity: 'full' });
        if (!checked.ok) throw new BackupRefused('unreadable', 0, `The backup cannot be read (${checked.error}); nothing was changed`);
        if (!checked.check.ok)
          throw new BackupRefused(
            'failedCheck',
            checked.check.problems.length,
            `The backup failed its check (${checked.check.problems.join('; ')}); nothing was changed`,
          );
        const slug = options.shopName() ?? 'shop';
        const at = freeMoment('restore', slug);
        let outcome: RestoreOutcome | null = null;
        await options.reopen(async () => {
          outcome = await restoreShopFile({ shopFile: options.shopFile, backupFile: path, dir, slug, at, verify: 'quick' });
        });
        if (!outcome) throw new Error('The restore did not run');
        return outcome;
      }),
    status,
    setExtraDir(next) {
      extraDir = next;
      reportStatus();
    },
    dirs,
    noteChange(bills) {
      changedSince = true;
      if (bills) billsSince = true;
    },
    runSchedule: () =>
      enqueue(async () => {
        const at = now();
        const daily = lastOf(['daily']);
        const due: BackupKind | null =
          !daily || new Date(daily).toDateString() !== at.toDateString()
            ? 'daily'
            : billsSince && at.getTime() - new Date(lastOf(BACKUP_SCHEDULED) ?? 0).getTime() >= HOUR_MS
              ? 'hourly'
              : null;
        if (due) settle(due, await createBackup(request(due)));
        else reportStatus();
        return due;
      }),
    changedSinceBackup: () => changedSince,
    idle: async () => {
      await chain;
    },
  };
}

const BACKUP_SCHEDULED: readonly BackupKind[] = ['hourly', 'daily', 'close', 'manual', 'restore', 'migration'];
