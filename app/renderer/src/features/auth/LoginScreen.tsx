import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { authQueries, useLoginMutation } from '../../api/auth';
import { deviceId, type Session } from '../../api/session';
import { useT } from '../../i18n/i18n';
import { useErrorText } from '../../ui/errors';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { RecoveryForm } from './RecoveryForm';
import { ROLE_WORDS } from '../../ui/roles';
import { FormProblem } from '../../ui/fields';

/**
 * Pick a user with 1–9 or ↑ ↓ (or a tap), type the PIN on the keyboard or the pad, Enter. Nobody
 * is picked at first, so a cashier's PIN is never tried against the owner's account.
 */
export function LoginScreen({ onLogin, notice }: { onLogin: (s: Session) => void; notice: string | null }) {
  const { t, toggle } = useT();
  const errorText = useErrorText();
  const users = useQuery(authQueries.users());
  const login = useLoginMutation({ meta: { showError: false } });
  const [picked, setPicked] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [recovering, setRecovering] = useState(false);
  const list = users.data ?? [];
  const user = picked === null ? undefined : list[picked];

  const pick = (i: number) => {
    setPicked(i);
    setPin('');
    login.reset();
  };
  const submit = () => {
    if (!user || pin.length < 4) return;
    login.mutate(
      { userId: user.id, pin, deviceId: deviceId() },
      { onSuccess: (r) => onLogin({ token: r.token, user: r.user, device: r.device }), onError: () => setPin('') },
    );
  };
  const type = (digit: string) => user && setPin((p) => (p.length < 8 ? p + digit : p));

  useWindowKeydown((e: KeyboardEvent) => {
    if (recovering) return;
    if (/^[0-9]$/.test(e.key)) type(e.key);
    else if (e.key === 'Backspace') setPin((p) => p.slice(0, -1));
    else if (e.key === 'Enter') submit();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') pick(picked === null ? 0 : Math.min(picked + 1, list.length - 1));
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') pick(picked === null ? 0 : Math.max(picked - 1, 0));
    else return;
    e.preventDefault();
  });

  return (
    <main className="login">
      <header className="login-head">
        <h1>{t('appName')}</h1>
        <button className="ghost" onClick={toggle}>
          {t('language')}
        </button>
      </header>
      {notice && (
        <p className="error" role="status" data-testid="login-notice">
          {notice}
        </p>
      )}
      <h2>{t('chooseUser')}</h2>
      <div className="user-tiles">
        {list.map((u, i) => (
          <button key={u.id} className={`user-tile ${i === picked ? 'picked' : ''}`} aria-pressed={i === picked} onClick={() => pick(i)}>
            <strong>{u.name}</strong>
            <span>{t(ROLE_WORDS[u.role])}</span>
          </button>
        ))}
      </div>
      <div className="pin-box">
        <label>{user ? t('pinFor', { name: user.name }) : t('pickYourName')}</label>
        <div className="pin-dots" aria-label="PIN" data-testid="pin-dots">
          {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
            <span key={i} className={i < pin.length ? 'on' : ''} />
          ))}
        </div>
        <div className="pin-pad">
          {['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', '↵'].map((k) => (
            <button key={k} disabled={!user} onClick={() => (k === '⌫' ? setPin((p) => p.slice(0, -1)) : k === '↵' ? submit() : type(k))}>
              {k}
            </button>
          ))}
        </div>
        <FormProblem text={login.isError ? errorText(login.error) : null} />
      </div>
      <p className="hint">
        ↑ ↓ {t('switchUser')} · 0–9 PIN · Enter {t('login')}
      </p>
      {recovering ? (
        <RecoveryForm users={list.filter((u) => u.role === 'owner')} onDone={() => setRecovering(false)} />
      ) : (
        <button className="ghost" onClick={() => setRecovering(true)}>
          {t('recoveryLink')}
        </button>
      )}
    </main>
  );
}
