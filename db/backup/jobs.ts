import { statSync } from 'node:fs';
import { backupDatabase, copyClosedFile } from './copy';
import { inspectShopFile, type IntegrityLevel, type ShopFileCheck } from './inspect';

/**
 * The slow parts of a backup, as jobs a worker thread runs (backup-worker.ts) so that copying and
 * checking a shop file of hundreds of megabytes never holds up the counter.
 */
export type BackupJob =
  /** an online backup of the (live) shop file, then a check of the copy */
  | { op: 'backup'; source: string; dest: string; integrity: IntegrityLevel }
  /** a finished backup copied to a second folder, then checked there */
  | { op: 'copy'; source: string; dest: string; integrity: IntegrityLevel }
  | { op: 'inspect'; file: string; integrity: IntegrityLevel };

/** Why a backup could not be written, for the owner's words: a full disk and a folder that refuses writes each have their own. */
export type BackupFailure = 'diskFull' | 'notWritable' | 'other';

export type BackupJobResult = { ok: true; check: ShopFileCheck } | { ok: false; error: string; reason?: BackupFailure };

/** Read from the OS's (or SQLite's) error code, never from its wording. */
export function failureReason(e: unknown): BackupFailure {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'other';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL')) return 'diskFull';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))
    return 'notWritable';
  return 'other';
}

export async function runJob(job: BackupJob): Promise<BackupJobResult> {
  try {
    switch (job.op) {
      case 'backup': {
        const bytes = await backupDatabase(job.source, job.dest);
        return { ok: true, check: inspectShopFile(job.dest, job.integrity, bytes) };
      }
      case 'copy': {
        const bytes = copyClosedFile(job.source, job.dest);
        return { ok: true, check: inspectShopFile(job.dest, job.integrity, bytes) };
      }
      case 'inspect':
        return { ok: true, check: inspectShopFile(job.file, job.integrity, statSync(job.file).size) };
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message, reason: failureReason(e) };
  }
}
