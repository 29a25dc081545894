import type { BackupKind } from './names';

/**
 * Which backups to keep: the newest good one of each of the last 48 hours, the last 30 days and
 * the last 12 months that have one (grandfather–father–son), the last few made before a
 * migration or a restore (the way back from an upgrade or a wrong restore), every one from the
 * last two hours (one may have just been chosen for a restore), and always the newest good one. A backup that failed its check holds no slot and goes after two days
 * (support may want to look at it first).
 */
export interface RetentionRules {
  hourly: number;
  daily: number;
  monthly: number;
  /** kept regardless of the slots, newest first */
  perKind: Partial<Record<BackupKind, number>>;
  /** how long a backup that failed its check is kept */
  badKeptMs: number;
  /** every good backup younger than this is kept */
  recentKeptMs: number;
}

export const DEFAULT_RETENTION: RetentionRules = {
  hourly: 48,
  daily: 30,
  monthly: 12,
  perKind: { migration: 3, restore: 3 },
  badKeptMs: 2 * 86_400_000,
  recentKeptMs: 2 * 3_600_000,
};

export interface RetainedBackup {
  file: string;
  at: Date;
  kind: BackupKind;
  /** null when it has not been checked (yet) */
  good: boolean | null;
}

const hourKey = (d: Date) => d.toISOString().slice(0, 13);
const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const monthKey = (d: Date) => d.toISOString().slice(0, 7);

/** Keeps the newest backup of each of the `count` newest buckets. */
function newestPerBucket(sorted: readonly RetainedBackup[], key: (d: Date) => string, count: number, keep: Set<string>) {
  const seen = new Set<string>();
  for (const b of sorted) {
    const k = key(b.at);
    if (seen.has(k)) continue;
    if (seen.size >= count) break;
    seen.add(k);
    keep.add(b.file);
  }
}

/** The files to delete, given every backup in one folder. Unchecked backups are kept until checked. */
export function backupsToPrune(backups: readonly RetainedBackup[], now: Date, rules: RetentionRules = DEFAULT_RETENTION): string[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const good = newestFirst.filter((b) => b.good === true);
  const keep = new Set<string>();
  newestPerBucket(good, hourKey, rules.hourly, keep);
  newestPerBucket(good, dayKey, rules.daily, keep);
  newestPerBucket(good, monthKey, rules.monthly, keep);
  for (const b of good) if (now.getTime() - b.at.getTime() < rules.recentKeptMs) keep.add(b.file);
  for (const [kind, count] of Object.entries(rules.perKind)) {
    for (const b of good.filter((g) => g.kind === kind).slice(0, count)) keep.add(b.file);
  }
  const prune: string[] = [];
  for (const b of newestFirst) {
    if (keep.has(b.file) || b.good === null) continue;
    if (b.good === false && now.getTime() - b.at.getTime() < rules.badKeptMs) continue;
    prune.push(b.file);
  }
  return prune;
}
