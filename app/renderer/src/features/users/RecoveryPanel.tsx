import { useState } from 'react';
import { formatDateTime } from '../../../../core/format';
import { useNewRecoveryCodeMutation } from '../../api/users';
import { useT } from '../../i18n/i18n';
import { Panel } from '../../ui/fields';

/** The shop's recovery code: when the unused one was made, and a new one shown once to print. */
export function RecoveryPanel({ madeAt }: { madeAt: string | null }) {
  const { t } = useT();
  const make = useNewRecoveryCodeMutation();
  const [code, setCode] = useState<string | null>(null);
  return (
    <Panel
      title={t('recoveryTitle2')}
      actions={
        <>
          <button onClick={() => make.mutate({}, { onSuccess: (r) => setCode(r.code) })}>{t('recoveryMake')}</button>
          {code && <button onClick={() => window.print()}>{t('print')}</button>}
        </>
      }
    >
      <p>{madeAt ? t('recoveryMadeAt', { at: formatDateTime(madeAt) }) : t('recoveryNone')}</p>
      {code && (
        <div className="recovery-code">
          <p>{t('recoveryShow')}</p>
          <p className="code" data-testid="recovery-code">
            {code}
          </p>
        </div>
      )}
    </Panel>
  );
}
