import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../../../../core/format';
import { shopQueries, useBackupNowMutation } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { Panel } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { BackOffice, fKeyHandler } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { BackupFolderPanel } from './BackupFolderPanel';
import { checkLabel, KIND_LABELS, PLACE_LABELS, sizeOf, type Backup } from './labels';
import { RestoreDialog } from './RestoreDialog';
import { DataTable } from '../../ui/DataTable';

/**
 * Settings → Backups (owner): every backup on this PC and in the owner's folder with its check,
 * bills and last bill; a preview before putting one back; a backup now (F5); the owner's folder;
 * when backups are made and how many are kept.
 */
export function BackupsScreen() {
  const { t } = useT();
  const toast = useToast();
  const data = useQuery(shopQueries.backups());
  const now = useBackupNowMutation();
  const [chosen, setChosen] = useState<Backup | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const keys = [
    {
      key: 'F5',
      label: t('backupNow'),
      disabled: now.isPending,
      onScreen: true,
      onPress: () => now.mutate({}, { onSuccess: (b) => toast('ok', t('backupMade', { bills: b.check?.bills ?? 0 })) }),
    },
  ];
  useWindowKeydown(fKeyHandler(keys, chosen !== null));
  return (
    <BackOffice
      title={t('backupsTitle')}
      keys={keys}
      actions={
        <button className="primary" onClick={keys[0]?.onPress} disabled={now.isPending}>
          <kbd>F5</kbd> {t('backupNow')}
        </button>
      }
    >
      <Loading query={data}>
        {() => {
          const d = data.data;
          if (!d) return null;
          return (
            <div data-testid="backups-screen">
              {/* the shell's backup alert stands above this screen too (without its link here): not said twice */}
              {restored && (
                <p role="status" className="good" data-testid="restored-note">
                  {restored}
                </p>
              )}
              <Panel title={t('backupsList')}>
                {d.backups.length === 0 ? (
                  <p>{t('noBackups')}</p>
                ) : (
                  <DataTable
                    kind="grid"
                    className="backups-table"
                    scroll="backups-scroll"
                    testId="backups"
                    head={
                      <>
                        <th>{t('backupWhen')}</th>
                        <th className="wide-only">{t('backupPlace')}</th>
                        <th className="wide-only">{t('backupKind')}</th>
                        <th className="num wide-only">{t('backupSize')}</th>
                        <th>{t('backupCheck')}</th>
                        <th className="num">{t('backupBills')}</th>
                        <th>{t('backupLastBill')}</th>
                        <th />
                      </>
                    }
                  >
                    {d.backups.map((b) => (
                      <tr key={`${b.place}/${b.file}`} data-backup={b.file}>
                        <td className="nowrap">{formatDateTime(b.at)}</td>
                        <td className="wide-only">{t(PLACE_LABELS[b.place])}</td>
                        <td className="wide-only">{t(KIND_LABELS[b.kind])}</td>
                        <td className="num wide-only">{sizeOf(b.bytes)}</td>
                        <td className={b.check && !b.check.ok ? 'bad' : b.check ? 'good' : ''}>{t(checkLabel(b.check))}</td>
                        <td className="num">{b.check ? b.check.bills.toLocaleString('en-IN') : '—'}</td>
                        <td>{b.check?.lastBill ? `${b.check.lastBill.number} · ${formatDate(b.check.lastBill.date)}` : '—'}</td>
                        <td>
                          <button onClick={() => setChosen(b)} disabled={b.check?.ok === false}>
                            {t('previewBackup')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </DataTable>
                )}
              </Panel>
              <BackupFolderPanel folder={d.folder} />
              <Panel title={t('scheduleTitle')}>
                <p>{t('scheduleWhen')}</p>
                <p>{t('scheduleKeep', d.retention)}</p>
              </Panel>
            </div>
          );
        }}
      </Loading>
      {chosen && (
        <RestoreDialog
          backup={chosen}
          onClose={() => setChosen(null)}
          onRestored={(note) => {
            setChosen(null);
            setRestored(note);
          }}
        />
      )}
    </BackOffice>
  );
}
