import { useState } from 'react';
import type { z } from 'zod';
import type { BackupFolderView } from '../../../../core/contract';
import { useSetBackupFolderMutation } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { Panel, SubmitButton, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';

/**
 * The owner's second copy: a USB stick or a synced folder (Google Drive, OneDrive). Chosen only at
 * the counter PC; the host checks the folder is there, is not its own data folder and takes a file.
 */
export function BackupFolderPanel({ folder }: { folder: z.output<typeof BackupFolderView> }) {
  const { t } = useT();
  const toast = useToast();
  const save = useSetBackupFolderMutation();
  const [path, setPath] = useState('');
  const choose = (value: string | null) =>
    save.mutate(
      { folder: value },
      {
        onSuccess: () => {
          toast('ok', t('folderSaved'));
          setPath('');
        },
      },
    );
  return (
    <Panel title={t('folderTitle')}>
      <p data-testid="backup-folder">
        {folder.path ? t('folderNow', { folder: folder.path }) : t('folderNone')}
        {folder.path && !folder.present && <strong className="bad"> ({t('folderAbsent')})</strong>}
      </p>
      {folder.canChoose ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) choose(path.trim());
          }}
        >
          <TextField label={t('folderPath')} name="backup-folder" value={path} onChange={setPath} />
          {/* a folder found on this PC fills the box: named as such, under the box it fills */}
          {folder.suggestions.length > 0 && (
            <div className="folder-suggestions" role="group" aria-labelledby="folder-found" data-testid="folder-suggestions">
              <span id="folder-found" className="hint">
                {t('folderFound')}:
              </span>
              {folder.suggestions.map((s) => (
                <button type="button" key={s} onClick={() => setPath(s)}>
                  {s}
                </button>
              ))}
            </div>
          )}
          <div className="actions">
            <SubmitButton pending={!path.trim() || save.isPending}>{t('folderChoose')}</SubmitButton>
            {folder.path && (
              <button type="button" onClick={() => choose(null)} disabled={save.isPending}>
                {t('folderClear')}
              </button>
            )}
          </div>
        </form>
      ) : (
        <p className="hint">{t('folderOnlyHere')}</p>
      )}
    </Panel>
  );
}
