import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { authQueries, useRegisterDeviceMutation } from '../../api/auth';
import { deviceId } from '../../api/session';
import { markPaired } from '../../api/sync';
import { useT } from '../../i18n/i18n';
import { useErrorText } from '../../ui/errors';
import { Loading } from '../../ui/Loading';
import { FormActions, FormProblem, SelectField, TextField } from '../../ui/fields';

/** Shows `children` (the login) only on a registered device; otherwise the screen that registers it. */
export function DeviceGate({ children }: { children: ReactNode }) {
  const device = useQuery(authQueries.device(deviceId()));
  if (!device.data) return <Loading query={device}>{() => null}</Loading>;
  if (device.data.registered) return <>{children}</>;
  return <RegisterDevice retired={device.data.retired} firstDevice={device.data.firstDevice} />;
}

function RegisterDevice({ retired, firstDevice }: { retired: boolean; firstDevice: boolean }) {
  const { t, toggle } = useT();
  const errorText = useErrorText();
  const users = useQuery({ ...authQueries.users(), enabled: firstDevice });
  const managers = (users.data ?? []).filter((u) => u.role === 'owner' || u.role === 'manager');
  const register = useRegisterDeviceMutation({ meta: { showError: false } });
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [userId, setUserId] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const who = userId || managers[0]?.id || '';
  const submit = () => {
    if (!name.trim()) return setProblem(t('fillName'));
    if (!firstDevice && code.trim().length < 4) return setProblem(t('fillCode'));
    if (firstDevice && (!who || !/^\d{4,8}$/.test(pin))) return setProblem(t('fillPin'));
    setProblem(null);
    register.mutate(
      firstDevice ? { deviceId: deviceId(), name: name.trim(), userId: who, pin } : { deviceId: deviceId(), name: name.trim(), code: code.trim() },
      {
        onError: () => setPin(''),
        onSuccess: () => {
          if (!firstDevice) markPaired();
          void queryClient.invalidateQueries({ queryKey: authQueries.device(deviceId()).queryKey });
        },
      },
    );
  };
  return (
    <main className="login register-device" data-testid="register-device">
      <header className="login-head">
        <h1>{retired ? t('deviceRetiredTitle') : t('registerTitle')}</h1>
        <button className="ghost" onClick={toggle}>
          {t('language')}
        </button>
      </header>
      <p>{t('registerWhy')}</p>
      {!retired && (
        <form
          className="panel"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p className="hint">{firstDevice ? t('registerHowFirst') : t('registerHowCode')}</p>
          <TextField label={t('deviceName')} name="device-name" value={name} onChange={setName} />
          {firstDevice ? (
            <>
              <SelectField label={t('registeredBy')} value={who} options={managers.map((u) => ({ value: u.id, label: u.name }))} onChange={setUserId} />
              <label className="field">
                <span>{t('theirPin')}</span>
                <input name="register-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
              </label>
            </>
          ) : (
            <TextField label={t('deviceCode')} name="device-code" value={code} onChange={setCode} placeholder="K7QM-3XTR" />
          )}
          <FormProblem text={problem ?? (register.error ? errorText(register.error) : null)} />
          <FormActions submitLabel={t('registerButton')} pending={register.isPending} />
        </form>
      )}
    </main>
  );
}
