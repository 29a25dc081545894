import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { authQueries, useLoginMutation } from '../../api/auth';
import { deviceId, type Session } from '../../api/session';
import { useT } from '../../i18n/i18n';
import { useErrorText } from '../../ui/errors';
import { useWindowKeydown } from '../../ui/useWindowKeydown';

const ROLE_LABEL = { owner: 'Owner / मालिक', manager: 'Manager / मैनेजर', accountant: 'Accountant / अकाउंटेंट', staff: 'Staff / स्टाफ़' } as const;

/** Pick a user with 1–9 (or a click), type the PIN on the keyboard or the pad, Enter. */
export function LoginScreen({ onLogin }: { onLogin: (s: Session) => void }) {
  const { t, toggle } = useT();
  const errorText = useErrorText();
  const users = useQuery(authQueries.users());
  const login = useLoginMutation({ meta: { showError: false } });
  const [picked, setPicked] = useState(0);
  const [pin, setPin] = useState('');
  const list = users.data ?? [];
  const user = list[picked];

  const submit = () => {
    if (!user || pin.length < 4) return;
    login.mutate(
      { userId: user.id, pin, deviceId: deviceId(), deviceName: 'Counter' },
      { onSuccess: (r) => onLogin({ token: r.token, user: r.user, device: r.device }), onError: () => setPin('') },
    );
  };

  useWindowKeydown((e: KeyboardEvent) => {
    if (/^[0-9]$/.test(e.key)) setPin((p) => (p.length < 8 ? p + e.key : p));
    else if (e.key === 'Backspace') setPin((p) => p.slice(0, -1));
    else if (e.key === 'Enter') submit();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') setPicked((i) => Math.min(i + 1, list.length - 1));
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') setPicked((i) => Math.max(i - 1, 0));
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
      <h2>{t('chooseUser')}</h2>
      <div className="user-tiles">
        {list.map((u, i) => (
          <button key={u.id} className={`user-tile ${i === picked ? 'picked' : ''}`} onClick={() => (setPicked(i), setPin(''))}>
            <strong>{u.name}</strong>
            <span>{ROLE_LABEL[u.role]}</span>
          </button>
        ))}
      </div>
      <div className="pin-box">
        <label>{t('enterPin')}</label>
        <div className="pin-dots" aria-label="PIN" data-testid="pin-dots">
          {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
            <span key={i} className={i < pin.length ? 'on' : ''} />
          ))}
        </div>
        <div className="pin-pad">
          {['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', '↵'].map((k) => (
            <button key={k} onClick={() => (k === '⌫' ? setPin((p) => p.slice(0, -1)) : k === '↵' ? submit() : setPin((p) => (p + k).slice(0, 8)))}>
              {k}
            </button>
          ))}
        </div>
        {login.isError && (
          <p className="error" role="alert">
            {errorText(login.error)}
          </p>
        )}
      </div>
      <p className="hint">
        ↑ ↓ {t('switchUser')} · 0–9 PIN · Enter {t('login')}
      </p>
    </main>
  );
}
