import type { z } from 'zod';
import type { BackupView } from '../../../../core/contract';
import type { StringKey } from '../../i18n/i18n';

export type Backup = z.output<typeof BackupView>;

export const KIND_LABELS: Record<Backup['kind'], StringKey> = {
  hourly: 'kindHourly',
  daily: 'kindDaily',
  close: 'kindClose',
  migration: 'kindMigration',
  restore: 'kindRestore',
  manual: 'kindManual',
};

export const PLACE_LABELS: Record<Backup['place'], StringKey> = { data: 'placeData', folder: 'placeFolder' };

/** The check's result in words: good (full), good, damaged, or not checked yet. */
export function checkLabel(check: Backup['check']): StringKey {
  if (!check) return 'checkNone';
  if (!check.ok) return 'checkBad';
  return check.integrity === 'full' ? 'checkFull' : 'checkGood';
}

/** A file's size as a person reads it: 412.3 MB, 96 KB. */
export function sizeOf(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
