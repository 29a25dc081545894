import { useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatDateTime } from '../../../../core/format';
import { useNewRecoveryCodeMutation } from '../../api/users';
import { useT } from '../../i18n/i18n';
import { Panel } from '../../ui/fields';
import { RecoveryCode } from '../../ui/RecoveryCode';

/** The shop's recovery code: when the unused one was made, and a new one shown once to print or save. */
export function RecoveryPanel({ madeAt }: { madeAt: string | null }) {
  const { t } = useT();
  const make = useNewRecoveryCodeMutation();
  const [made, setMade] = useState<Result<'users.newRecoveryCode'> | null>(null);
  return (
    <Panel title={t('recoveryTitle2')} actions={<button onClick={() => make.mutate({}, { onSuccess: setMade })}>{t('recoveryMake')}</button>}>
      <p>{madeAt ? t('recoveryMadeAt', { at: formatDateTime(madeAt) }) : t('recoveryNone')}</p>
      {made && (
        <>
          <p>{t('recoveryShow')}</p>
          <RecoveryCode code={made.code} sheet={made.sheet} />
        </>
      )}
    </Panel>
  );
}
