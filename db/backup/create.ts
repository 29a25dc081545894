import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIR_MODE } from './copy';
import type { IntegrityLevel, ShopFileCheck } from './inspect';
import type { BackupFailure, BackupJob, BackupJobResult } from './jobs';
import { listBackups, recordBackup, removeBackups } from './manifest';
import { backupFileName, type BackupKind } from './names';
import { backupsToPrune, DEFAULT_RETENTION, type RetentionRules } from './retention';
import { runBackupJob, runBackupJobSync } from './run-job';
import { failureReason } from './jobs';

/**
 * One backup, start to end: an online copy of the shop file into the data folder's backups,
 * checked, recorded in the manifest; then the same file copied to the owner's folder (a USB stick,
 * a synced folder) when there is one and it is plugged in, checked there too; then old backups
 * pruned in both by the retention rules.
 */
export interface BackupRequest {
  /** the shop file (live or closed) */
  source: string;
  /** the data folder's backups folder; made owner-only if missing */
  dir: string;
  /** the owner's second folder; never created (a missing USB stick is reported, not papered over) */
  extraDir?: string | null;
  slug: string;
  kind: BackupKind;
  at: Date;
  integrity: IntegrityLevel;
  retention?: RetentionRules;
}

export interface BackupOutcome {
  ok: boolean;
  file: string | null;
  check: ShopFileCheck | null;
  error: string | null;
  /** why it could not be written, when that is known */
  reason?: BackupFailure;
  /** the copy in the owner's folder: null when none is chosen */
  extra: { ok: boolean; file: string | null; error: string | null; reason?: BackupFailure } | null;
}

export function ensureBackupDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  chmodSync(dir, DIR_MODE);
}

/** Whether the owner's folder can take a backup now, and if not, why in words. */
export function extraDirProblem(dir: string): string | null {
  if (!existsSync(dir)) return `The backup folder ${dir} is not there (is the USB stick plugged in?)`;
  if (!statSync(dir).isDirectory()) return `${dir} is not a folder`;
  return null;
}

export function pruneBackups(dir: string, now: Date, rules: RetentionRules = DEFAULT_RETENTION): string[] {
  const entries = listBackups(dir).map((e) => ({ file: e.file, at: new Date(e.at), kind: e.kind, good: e.check ? e.check.ok : null }));
  const gone = backupsToPrune(entries, now, rules);
  removeBackups(dir, gone);
  return gone;
}

/** The backup as steps: each job yielded is run by the caller (on a worker, waited for or not) and its result sent back. */
function* steps(request: BackupRequest): Generator<BackupJob, BackupOutcome, BackupJobResult> {
  ensureBackupDir(request.dir);
  const name = backupFileName(request.slug, request.at, request.kind);
  const dest = join(request.dir, name);
  const made = yield { op: 'backup', source: request.source, dest, integrity: request.integrity };
  if (!made.ok) return { ok: false, file: null, check: null, error: made.error, ...(made.reason ? { reason: made.reason } : {}), extra: null };
  recordBackup(request.dir, { file: name, kind: request.kind, at: request.at.toISOString(), bytes: made.check.bytes, check: made.check });
  pruneBackups(request.dir, request.at, request.retention);
  let extra: BackupOutcome['extra'] = null;
  if (request.extraDir) {
    const problem = extraDirProblem(request.extraDir);
    if (problem) extra = { ok: false, file: null, error: problem };
    else if (!made.check.ok) extra = { ok: false, file: null, error: 'The backup failed its check, so it was not copied' };
    else {
      const copyTo = join(request.extraDir, name);
      const copied = yield { op: 'copy', source: dest, dest: copyTo, integrity: 'quick' };
      if (copied.ok) {
        recordBackup(request.extraDir, { file: name, kind: request.kind, at: request.at.toISOString(), bytes: copied.check.bytes, check: copied.check });
        pruneBackups(request.extraDir, request.at, request.retention);
        extra = { ok: copied.check.ok, file: copyTo, error: copied.check.ok ? null : copied.check.problems.join('; ') };
      } else extra = { ok: false, file: null, error: copied.error, ...(copied.reason ? { reason: copied.reason } : {}) };
    }
  }
  const error = made.check.ok ? null : `The backup failed its check: ${made.check.problems.slice(0, 3).join('; ')}`;
  return { ok: made.check.ok, file: dest, check: made.check, error, extra };
}

const failed = (e: unknown): BackupOutcome => ({ ok: false, file: null, check: null, error: (e as Error).message, reason: failureReason(e), extra: null });

/** A backup on a worker thread; the host keeps serving meanwhile. Never throws. */
export async function createBackup(request: BackupRequest): Promise<BackupOutcome> {
  try {
    const run = steps(request);
    let step = run.next();
    while (!step.done) step = run.next(await runBackupJob(step.value));
    return step.value;
  } catch (e) {
    return failed(e);
  }
}

/** The same, waiting for it (before a migration, on close). Never throws. */
export function createBackupSync(request: BackupRequest): BackupOutcome {
  try {
    const run = steps(request);
    let step = run.next();
    while (!step.done) step = run.next(runBackupJobSync(step.value));
    return step.value;
  } catch (e) {
    return failed(e);
  }
}
