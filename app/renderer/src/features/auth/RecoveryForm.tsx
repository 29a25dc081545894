import { useState } from 'react';
import { useRecoverMutation } from '../../api/auth';
import { deviceId } from '../../api/session';
import { useT } from '../../i18n/i18n';
import { useErrorText } from '../../ui/errors';
import { FormActions, FormProblem, SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';

/** The printed recovery code unlocks an owner (and may set a new PIN) at the login screen. */
export function RecoveryForm({ users, onDone }: { users: ReadonlyArray<{ id: string; name: string }>; onDone: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const recover = useRecoverMutation({ meta: { showError: false } });
  const [userId, setUserId] = useState(users[0]?.id ?? '');
  const [code, setCode] = useState('');
  const [newPin, setNewPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (code.trim().length < 8) return setProblem(t('recoveryCode'));
    if (newPin !== '' && !/^(\d{4}|\d{6})$/.test(newPin)) return setProblem(t('pinShape'));
    setProblem(null);
    recover.mutate(
      { deviceId: deviceId(), userId, code, ...(newPin ? { newPin } : {}) },
      {
        onSuccess: () => {
          toast('ok', t('unlocked'));
          onDone();
        },
      },
    );
  };
  return (
    <form
      className="panel recovery"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2>{t('recoveryTitle')}</h2>
      <SelectField label={t('roleOwner')} value={userId} options={users.map((u) => ({ value: u.id, label: u.name }))} onChange={setUserId} />
      <TextField label={t('recoveryCode')} name="recovery-code" value={code} onChange={setCode} />
      <TextField label={t('newPinOptional')} name="recovery-pin" inputMode="numeric" value={newPin} onChange={setNewPin} />
      <FormProblem text={problem ?? (recover.error ? errorText(recover.error) : null)} />
      <FormActions submitLabel={t('unlockButton')} pending={recover.isPending} onClose={onDone} />
    </form>
  );
}
