import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { formatDateTime } from '../../../../core/format';
import type { BackupAlertView, Role } from '../../../../core/contract';
import { shopQueries } from '../../api/shop';
import { useT } from '../../i18n/i18n';

type Alert = z.output<typeof BackupAlertView>;

type Problem = Alert['problems'][number];

function problemText(t: ReturnType<typeof useT>['t'], p: Problem): string {
  const folder = p.detail ?? '';
  switch (p.kind) {
    case 'noBackup':
      return t('alertNoBackup');
    case 'stale':
      return t('alertStale', { at: p.detail ? formatDateTime(p.detail) : '' });
    case 'folderMissing':
      return t('alertFolderMissing', { folder });
    case 'diskFull':
      return p.detail ? t('alertFolderFull', { folder }) : t('alertDiskFull');
    case 'folderNotWritable':
      return t('alertFolderNotWritable', { folder });
    case 'lastFailed':
      return t('alertLastFailed');
  }
}

/** Each problem in the owner's words. */
export function BackupProblems({ alert }: { alert: Alert }) {
  const { t } = useT();
  return (
    <ul className="backup-problems">
      {alert.problems.map((p) => (
        <li key={`${p.kind}:${p.detail ?? ''}`} data-problem={p.kind}>
          {problemText(t, p)}
        </li>
      ))}
    </ul>
  );
}

/**
 * On every owner's screen (and so on the dashboard): a red band when no good backup is newer than
 * a day, the chosen folder is missing or the last backup failed, with a link to Settings → Backups.
 * Checked each minute and whenever the shop's data changes.
 */
export function BackupAlertBanner({ role, onBackupsScreen }: { role: Role; onBackupsScreen: boolean }) {
  const { t } = useT();
  const owner = role === 'owner';
  const alert = useQuery({ ...shopQueries.backupAlert(owner), refetchInterval: 60_000 });
  if (!owner || !alert.data || alert.data.ok) return null;
  return (
    <div className="backup-alert" role="status" aria-live="polite" data-testid="backup-alert">
      <strong>{t('alertTitle')}:</strong>
      <BackupProblems alert={alert.data} />
      {!onBackupsScreen && (
        <a className="button" href="#/settings/backups">
          {t('alertOpen')}
        </a>
      )}
    </div>
  );
}
