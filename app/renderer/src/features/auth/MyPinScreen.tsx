import { useState } from 'react';
import { useChangePinMutation } from '../../api/auth';
import { useT } from '../../i18n/i18n';
import { FormPanel } from '../../ui/fields';
import { NEW_PIN, PinField } from '../../ui/PinFields';
import { BackOffice } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';

/** Everyone changes their own PIN here (the current one is needed); their other sessions end. */
export function MyPinScreen() {
  const { t } = useT();
  const toast = useToast();
  const change = useChangePinMutation();
  const [oldPin, setOldPin] = useState('');
  const [newPin, setNewPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (!/^\d{4,8}$/.test(oldPin)) return setProblem(t('oldPinShape'));
    if (!NEW_PIN.test(newPin)) return setProblem(t('pinShape'));
    if (newPin !== again) return setProblem(t('pinsDiffer'));
    setProblem(null);
    change.mutate({ oldPin, newPin }, { onSuccess: (r) => (toast('ok', t('pinChanged', { n: r.endedSessions })), setOldPin(''), setNewPin(''), setAgain('')) });
  };
  return (
    <BackOffice title={t('myPinTitle')} keys={[]}>
      <FormPanel title={t('myPinPanel')} submitLabel={t('save')} pending={change.isPending} problem={problem} onSubmit={submit}>
        <PinField label={t('oldPin')} name="old-pin" value={oldPin} onChange={setOldPin} />
        <PinField label={t('newPin')} name="new-pin" value={newPin} onChange={setNewPin} />
        <PinField label={t('newPinAgain')} name="new-pin-again" value={again} onChange={setAgain} />
      </FormPanel>
    </BackOffice>
  );
}
