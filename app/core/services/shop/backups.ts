import { fail } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import type { BackupRefusal, ShopBackups } from './ports';

/** The host's backups, or a refusal where this host keeps none. */
function backupsOf(deps: ServiceDeps): ShopBackups {
  if (!deps.backups) fail('INVALID_INPUT', 'shop.backup.unavailable');
  return deps.backups;
}

const isRefusal = (r: object): r is BackupRefusal => 'refused' in r;

/** Turns the host's refusal into the owner's words, naming the backup or the folder. */
function refuse(r: BackupRefusal, file: string): never {
  switch (r.refused) {
    case 'notFound':
      return fail('NOT_FOUND', 'shop.backup.notFound', { file });
    case 'failedCheck':
      return fail('INVALID_INPUT', 'shop.backup.failedCheck', { file, problems: r.problems });
    case 'unreadable':
      return fail('INVALID_INPUT', 'shop.backup.unreadable', { file });
    case 'folderMissing':
      return fail('INVALID_INPUT', 'shop.backup.folderMissing', { folder: file });
    case 'notAFolder':
      return fail('INVALID_INPUT', 'shop.backup.notAFolder', { folder: file });
    case 'insideData':
      return fail('INVALID_INPUT', 'shop.backup.insideData', { folder: file });
    case 'notWritable':
      return fail('INVALID_INPUT', 'shop.backup.notWritable', { folder: file });
    case 'failed':
      return fail('INVALID_INPUT', 'shop.backup.failed');
  }
}

export const shopBackupHandlers = {
  'shop.backups': (deps, _p, ctx) => {
    const backups = backupsOf(deps);
    return { alert: backups.alert(), folder: backups.folder(ctx.remote !== true), backups: backups.list(), retention: backups.retention };
  },

  'shop.backupAlert': (deps) => backupsOf(deps).alert(),

  'shop.previewBackup': async (deps, p) => {
    const r = await backupsOf(deps).preview(p.file, p.place);
    return isRefusal(r) ? refuse(r, p.file) : r;
  },

  'shop.restoreBackup': async (deps, p, ctx) => {
    const backups = backupsOf(deps);
    const at = deps.clock.now().toISOString();
    const r = await backups.restore(p.file, p.place);
    if (isRefusal(r)) refuse(r, p.file);
    // Written into the restored file: who put it back, from which backup, and where the old file went.
    deps.store.audit.append({
      at,
      userId: null,
      action: 'shop.restoreBackup',
      entity: 'shop',
      entityId: p.file,
      before: { keptAs: r.keptAs },
      after: { by: ctx.user.name, bills: r.restored.bills, lastBill: r.restored.lastBill?.number ?? null },
    });
    return r;
  },

  'shop.backupNow': async (deps) => {
    const r = await backupsOf(deps).backupNow();
    return isRefusal(r) ? refuse(r, '') : r;
  },

  'shop.setBackupFolder': (deps, p, ctx) => {
    if (ctx.remote === true) fail('FORBIDDEN', 'shop.backup.folderAtCounter');
    const r = backupsOf(deps).setFolder(p.folder);
    if (isRefusal(r)) refuse(r, p.folder ?? '');
    deps.store.audit.append({
      at: deps.clock.now().toISOString(),
      userId: ctx.user.id,
      action: 'shop.setBackupFolder',
      entity: 'shop',
      entityId: 'backups',
      before: null,
      after: { folder: r.path },
    });
    return r;
  },
} satisfies Partial<AreaHandlers<'shop'>>;
