import { saveFile } from '../api/files';
import { useT } from '../i18n/i18n';

/**
 * A recovery code shown once: large and spaced to copy by hand, with the words to keep it safe,
 * its sheet as a PDF and a printout (the print style leaves only this card on the page).
 */
export function RecoveryCode({ code, sheet }: { code: string; sheet: { fileName: string; contentType: string; base64: string } }) {
  const { t } = useT();
  return (
    <div className="recovery-code printable" role="group" aria-label={t('recoveryTitle2')}>
      <p className="code" data-testid="recovery-code">
        {code}
      </p>
      <p className="keep-safe">{t('recoveryKeepSafe')}</p>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" onClick={() => saveFile(sheet)}>
          {t('recoverySavePdf')}
        </button>
      </div>
    </div>
  );
}
