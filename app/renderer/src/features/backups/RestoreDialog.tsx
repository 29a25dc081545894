import { useEffect } from 'react';
import { formatDate, formatDateTime } from '../../../../core/format';
import { usePreviewBackupMutation, useRestoreBackupMutation } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { checkLabel, KIND_LABELS, PLACE_LABELS, sizeOf, type Backup } from './labels';

/**
 * What the chosen backup holds, read again from the file (date, bills, last bill, its check),
 * and the one button that puts it back. The host backs the current file up first.
 */
export function RestoreDialog({ backup, onClose, onRestored }: { backup: Backup; onClose: () => void; onRestored: (note: string) => void }) {
  const { t } = useT();
  const toast = useToast();
  const preview = usePreviewBackupMutation();
  const restore = useRestoreBackupMutation();
  const { mutate } = preview;
  useEffect(() => mutate({ file: backup.file, place: backup.place }), [mutate, backup.file, backup.place]);
  const seen = preview.data;
  const check = seen?.check ?? null;
  return (
    <Dialog title={t('previewTitle')} onClose={restore.isPending ? () => {} : onClose} wide>
      <div className="backup-preview" data-testid="backup-preview">
        <dl>
          <dt>{t('backupWhen')}</dt>
          <dd>{formatDateTime(backup.at)}</dd>
          <dt>{t('backupKind')}</dt>
          <dd>
            {t(KIND_LABELS[backup.kind])} · {t(PLACE_LABELS[backup.place])} · {sizeOf(backup.bytes)}
          </dd>
          <dt>{t('previewShop')}</dt>
          <dd>{check?.shopName ?? '…'}</dd>
          <dt>{t('backupBills')}</dt>
          <dd data-testid="preview-bills">{check ? check.bills.toLocaleString('en-IN') : '…'}</dd>
          <dt>{t('backupLastBill')}</dt>
          <dd data-testid="preview-last-bill">
            {check ? (check.lastBill ? `${check.lastBill.number} · ${formatDate(check.lastBill.date)}` : t('noBill')) : '…'}
          </dd>
          <dt>{t('backupCheck')}</dt>
          <dd className={check && !check.ok ? 'bad' : ''}>{seen ? t(checkLabel(check)) : '…'}</dd>
        </dl>
        <p className="hint">{t('previewWarning')}</p>
        {restore.isPending && <p role="status">{t('restoring')}</p>}
        <div className="actions">
          <button onClick={onClose} disabled={restore.isPending}>
            Esc {t('close')}
          </button>
          <button
            className="danger"
            disabled={!check?.ok || restore.isPending}
            onClick={() =>
              restore.mutate(
                { file: backup.file, place: backup.place },
                {
                  onSuccess: (r) => {
                    const note = t('restoredNote', { bills: r.restored.bills, last: r.restored.lastBill?.number ?? t('noBill'), kept: r.keptAs ?? '—' });
                    toast('ok', note);
                    onRestored(note);
                  },
                },
              )
            }
          >
            {t('restoreThis')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
