import { extraDirProblem } from '../../../db/backup/create';
import { newestBackupIn, type NewestBackup } from '../start-checks';

/**
 * Whether the shop can count on its backups right now, in words for the owner. The services show
 * it later (a banner on the owner's screens); the host logs each change.
 */
export interface BackupStatus {
  ok: boolean;
  newest: NewestBackup | null;
  /** the owner's folder: null when none is chosen */
  folder: { dir: string; ok: boolean; problem: string | null } | null;
  problems: string[];
  checkedAt: string;
}

export const STALE_AFTER_MS = 24 * 3_600_000;

export function backupStatus(dirs: readonly string[], extraDir: string | null, lastError: string | null, now: Date): BackupStatus {
  const problems: string[] = [];
  const newest = newestBackupIn(dirs);
  if (!newest) problems.push('No good backup has been made yet');
  else if (now.getTime() - new Date(newest.at).getTime() > STALE_AFTER_MS) problems.push(`The newest good backup is more than a day old (${newest.at})`);
  let folder: BackupStatus['folder'] = null;
  if (extraDir) {
    const problem = extraDirProblem(extraDir);
    folder = { dir: extraDir, ok: problem === null, problem };
    if (problem) problems.push(problem);
  }
  if (lastError) problems.push(`The last backup failed: ${lastError}`);
  return { ok: problems.length === 0, newest, folder, problems, checkedAt: now.toISOString() };
}
