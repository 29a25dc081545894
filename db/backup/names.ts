/**
 * Backup file names say whose shop, when (UTC, to the millisecond) and why, so a person looking
 * at a USB stick can tell them apart and the engine can list them without opening each one:
 * `sharma-kirana-store-20261124-053000-123-daily.sqlite`. No characters that FAT32 USB sticks or
 * Windows refuse.
 */
export const BACKUP_KINDS = ['hourly', 'daily', 'close', 'migration', 'restore', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupName {
  slug: string;
  at: Date;
  kind: BackupKind;
}

export const BACKUP_EXTENSION = '.sqlite';

/** The shop's name in lower-case ASCII words joined by '-', at most 40 characters; 'shop' when nothing is left. */
export function shopSlug(name: string | null | undefined): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'shop' : slug;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function stamp(at: Date): string {
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  return `${date}-${time}-${pad(at.getUTCMilliseconds(), 3)}`;
}

export function backupFileName(slug: string, at: Date, kind: BackupKind): string {
  return `${shopSlug(slug)}-${stamp(at)}-${kind}${BACKUP_EXTENSION}`;
}

const NAME = new RegExp(`^([a-z0-9-]+)-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(\\d{3})-(${BACKUP_KINDS.join('|')})\\${BACKUP_EXTENSION}$`);

/** The parts of a backup file name, or null for any other file. */
export function parseBackupName(fileName: string): BackupName | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [, slug, y, mo, d, h, mi, s, ms, kind] = m;
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms)));
  // Date.UTC rolls month 13 into the next year: only a moment that reads back the same is a real one.
  if (Number.isNaN(at.getTime()) || !slug || !kind || at.getUTCMonth() + 1 !== Number(mo) || at.getUTCDate() !== Number(d) || at.getUTCHours() !== Number(h))
    return null;
  return { slug, at, kind: kind as BackupKind };
}
