import { extraDirProblem } from '../../../db/backup/create';
import type { BackupFailure } from '../../../db/backup/jobs';
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
  /** the same problems by kind, for the screens to word */
  kinds: Array<{ kind: 'noBackup' | 'stale' | 'folderMissing' | 'lastFailed' | 'diskFull' | 'folderNotWritable'; detail: string | null }>;
  checkedAt: string;
}

export const STALE_AFTER_MS = 24 * 3_600_000;

/** How the last backup went wrong: in the data folder (`reason`), and in the owner's folder (`extra`). */
export interface LastFailure {
  error: string | null;
  reason?: BackupFailure | undefined;
  extra?: { error: string | null; reason?: BackupFailure | undefined } | null;
}

export function backupStatus(dirs: readonly string[], extraDir: string | null, last: LastFailure | null, now: Date): BackupStatus {
  const problems: string[] = [];
  const kinds: BackupStatus['kinds'] = [];
  const newest = newestBackupIn(dirs);
  if (!newest) {
    problems.push('No good backup has been made yet');
    kinds.push({ kind: 'noBackup', detail: null });
  } else if (now.getTime() - new Date(newest.at).getTime() > STALE_AFTER_MS) {
    problems.push(`The newest good backup is more than a day old (${newest.at})`);
    kinds.push({ kind: 'stale', detail: newest.at });
  }
  let folder: BackupStatus['folder'] = null;
  if (extraDir) {
    const problem = extraDirProblem(extraDir);
    folder = { dir: extraDir, ok: problem === null, problem };
    if (problem) {
      problems.push(problem);
      kinds.push({ kind: 'folderMissing', detail: extraDir });
    }
  }
  if (last?.error) {
    problems.push(`The last backup failed: ${last.error}`);
    if (last.reason === 'diskFull') kinds.push({ kind: 'diskFull', detail: null });
    else if (last.reason === 'notWritable') kinds.push({ kind: 'folderNotWritable', detail: dirs[0] ?? null });
    else kinds.push({ kind: 'lastFailed', detail: null });
  }
  // The owner's folder took no copy though it is there: full (a USB stick) or refusing writes.
  const extra = last?.extra;
  if (extraDir && folder?.ok && extra?.error && (extra.reason === 'diskFull' || extra.reason === 'notWritable')) {
    problems.push(`The backup could not be copied to ${extraDir}: ${extra.error}`);
    kinds.push({ kind: extra.reason === 'diskFull' ? 'diskFull' : 'folderNotWritable', detail: extraDir });
  }
  return { ok: problems.length === 0, newest, folder, problems, kinds, checkedAt: now.toISOString() };
}
