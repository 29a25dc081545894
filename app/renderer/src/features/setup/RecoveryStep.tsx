import { useState, type FormEvent, type ReactNode } from 'react';
import type { Result } from '../../../../core/contract';
import { useT } from '../../i18n/i18n';
import { RecoveryCode } from '../../ui/RecoveryCode';

/**
 * The set-up's last step: the shop exists, and its first recovery code is shown once, to print,
 * save as a PDF or write down before going on to sign in.
 */
export function RecoveryStep({
  steps,
  heading,
  recovery,
  onDone,
}: {
  steps: ReactNode;
  heading: string;
  recovery: Result<'shop.setup'>['recovery'];
  onDone: () => void;
}) {
  const { t } = useT();
  const [kept, setKept] = useState(false);
  const [problem, setProblem] = useState(false);
  const goOn = (e: FormEvent) => {
    e.preventDefault();
    if (!kept) return setProblem(true);
    onDone();
  };
  return (
    <form className="setup-step panel" onSubmit={goOn} aria-label={t('recoveryStep')}>
      {steps}
      <h2>
        {heading}: {t('recoveryStep')}
      </h2>
      <p className="result ok" role="status">
        {t('setUpDone')}
      </p>
      <p>{t('recoveryShow')}</p>
      <RecoveryCode code={recovery.code} sheet={recovery.sheet} />
      <label className="choice">
        <input type="checkbox" name="recoveryKept" checked={kept} onChange={(e) => (setKept(e.target.checked), setProblem(false))} />
        {t('recoveryKept')}
      </label>
      {problem && (
        <p className="error" role="alert">
          {t('recoveryTickFirst')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('recoveryGoOn')}
        </button>
      </div>
    </form>
  );
}
