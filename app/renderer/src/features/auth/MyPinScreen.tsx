import { useState } from 'react';
import { useChangePinMutation } from '../../api/auth';
import { useT } from '../../i18n/i18n';
import { Panel } from '../../ui/fields';
import { BackOffice } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';

function PinInput({ label, name, value, onChange }: { label: string; name: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input name={name} type="password" inputMode="numeric" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

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
    if (!/^(\d{4}|\d{6})$/.test(newPin)) return setProblem(t('pinShape'));
    if (newPin !== again) return setProblem(t('pinsDiffer'));
    setProblem(null);
    change.mutate({ oldPin, newPin }, { onSuccess: (r) => (toast('ok', t('pinChanged', { n: r.endedSessions })), setOldPin(''), setNewPin(''), setAgain('')) });
  };
  return (
    <BackOffice title={t('myPinTitle')} keys={[]}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Panel
          title={t('myPinTitle')}
          actions={
            <button type="submit" className="primary" disabled={change.isPending}>
              {t('save')}
            </button>
          }
        >
          <PinInput label={t('oldPin')} name="old-pin" value={oldPin} onChange={setOldPin} />
          <PinInput label={t('newPin')} name="new-pin" value={newPin} onChange={setNewPin} />
          <PinInput label={t('newPinAgain')} name="new-pin-again" value={again} onChange={setAgain} />
          {problem && (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
        </Panel>
      </form>
    </BackOffice>
  );
}
