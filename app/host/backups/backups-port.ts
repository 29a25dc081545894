import { existsSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { BackupEntry } from '../../../db/backup/manifest';
import type { ShopFileCheck } from '../../../db/backup/inspect';
import { parseBackupName } from '../../../db/backup/names';
import { DEFAULT_RETENTION } from '../../../db/backup/retention';
import type { BackupFolder, BackupPlace, BackupRefusal, BackupView, ShopBackups } from '../../core/services/shop/ports';
import { forbidDeviceRoots } from '../../../printers/transports/device-paths';
import { readLocalSettings, writeLocalSettings } from '../local-settings';
import { backupFolderSuggestions } from './folder-suggestions';
import { BackupRefused, type HostBackups } from './host-backups';

/**
 * The services' view of the host's backups (ShopBackups): file names and places, never paths from
 * the network; the owner's folder is written into this PC's settings only when the call comes from
 * the PC itself (the services check that before asking).
 */
export function shopBackupsPort(backups: HostBackups, dataDir: string, log: (m: string, e?: unknown) => void): ShopBackups {
  const dataBackups = () => backups.dirs()[0] ?? join(dataDir, 'backups');
  const extraDir = () => backups.dirs()[1] ?? null;
  const placeOf = (dir: string): BackupPlace => (dir === dataBackups() ? 'data' : 'folder');

  const checkView = (c: ShopFileCheck): NonNullable<BackupView['check']> => ({
    ok: c.ok,
    integrity: c.integrity,
    checkedAt: c.checkedAt,
    bills: c.bills,
    lastBill: c.lastBill ? { number: c.lastBill.number, date: c.lastBill.date } : null,
    shopName: c.shopName,
    schemaVersion: c.schemaVersion,
    problemCount: c.problems.length,
  });
  const view = (e: BackupEntry & { dir: string }): BackupView => ({
    file: e.file,
    place: placeOf(e.dir),
    kind: e.kind,
    at: e.at,
    bytes: e.bytes,
    check: e.check ? checkView(e.check) : null,
  });

  /** A listed backup's full path in its place, or null: names from the network reach nothing else. */
  const find = (file: string, place: BackupPlace): string | null => {
    const dir = place === 'data' ? dataBackups() : extraDir();
    if (!dir || basename(file) !== file || !parseBackupName(file)) return null;
    const path = join(dir, file);
    return existsSync(path) ? path : null;
  };

  const folderView = (local: boolean): BackupFolder => {
    const path = extraDir();
    return {
      path,
      present: path !== null && existsSync(path) && statSync(path).isDirectory(),
      canChoose: local,
      suggestions: local ? backupFolderSuggestions().filter((s) => s !== path) : [],
    };
  };

  const folderRefusal = (folder: string): BackupRefusal | null => {
    if (!isAbsolute(folder) || !existsSync(folder)) return { refused: 'folderMissing' };
    if (!statSync(folder).isDirectory()) return { refused: 'notAFolder' };
    const real = realpathSync(folder);
    const data = realpathSync(dataDir);
    const inside = relative(data, real);
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return { refused: 'insideData' };
    const probe = join(real, `.smartkirana-probe-${process.pid}`);
    try {
      writeFileSync(probe, 'ok', { mode: 0o600 });
      rmSync(probe, { force: true });
    } catch {
      return { refused: 'notWritable' };
    }
    return null;
  };

  return {
    list: () =>
      backups
        .list()
        .map(view)
        .sort((a, b) => b.at.localeCompare(a.at)),
    alert: () => {
      const s = backups.status();
      return { ok: s.ok, problems: s.kinds, newestAt: s.newest?.at ?? null };
    },
    folder: folderView,
    retention: { hourly: DEFAULT_RETENTION.hourly, daily: DEFAULT_RETENTION.daily, monthly: DEFAULT_RETENTION.monthly },
    async preview(file, place) {
      const path = find(file, place);
      if (!path) return { refused: 'notFound' };
      const parsed = parseBackupName(file);
      try {
        const check = await backups.preview(path);
        return { file, place, kind: parsed?.kind ?? 'manual', at: parsed?.at.toISOString() ?? check.checkedAt, bytes: check.bytes, check: checkView(check) };
      } catch (e) {
        log(`[backup] preview of ${file} failed`, e);
        return { refused: 'unreadable' };
      }
    },
    async restore(file, place) {
      const path = find(file, place);
      if (!path) return { refused: 'notFound' };
      try {
        const outcome = await backups.restore(path);
        return { restored: checkView(outcome.restored), keptAs: outcome.before.file ? basename(outcome.before.file) : null };
      } catch (e) {
        log(`[backup] restore of ${file} refused`, e);
        if (e instanceof BackupRefused) return e.reason === 'failedCheck' ? { refused: 'failedCheck', problems: e.problems } : { refused: 'unreadable' };
        return { refused: 'failed' };
      }
    },
    async backupNow() {
      const outcome = await backups.create('manual');
      if (!outcome.ok || !outcome.file || !outcome.check) return { refused: 'failed' };
      const parsed = parseBackupName(basename(outcome.file));
      return {
        file: basename(outcome.file),
        place: 'data',
        kind: 'manual',
        at: parsed?.at.toISOString() ?? outcome.check.checkedAt,
        bytes: outcome.check.bytes,
        check: checkView(outcome.check),
      };
    },
    setFolder(folder) {
      const chosen = folder === null ? null : resolve(folder);
      if (chosen !== null) {
        const refusal = folderRefusal(chosen);
        if (refusal) return refusal;
      }
      writeLocalSettings(dataDir, { ...readLocalSettings(dataDir, log), backupFolder: chosen });
      if (chosen) forbidDeviceRoots([chosen]);
      backups.setExtraDir(chosen);
      return folderView(true);
    },
  };
}
