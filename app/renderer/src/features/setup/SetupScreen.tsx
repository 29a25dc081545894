import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { invalidateAreas } from '../../api/method';
import { useStartDemoMutation } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { SetupWizard } from './SetupWizard';

/** A new install: try the demo shop, or set up the real one. */
export function SetupScreen({ fyLabel, states }: { fyLabel: string; states: ReadonlyArray<{ code: string; name: string }> }) {
  const { t, toggle } = useT();
  const queryClient = useQueryClient();
  const [wizard, setWizard] = useState(false);
  const demo = useStartDemoMutation();
  // The login screen follows once the shop exists: its users and the shop's state are read again.
  const done = () => invalidateAreas(queryClient, ['shop', 'users']);
  return (
    <main className="setup">
      <header className="login-head">
        <h1>{t('setupWelcome')}</h1>
        <button type="button" className="ghost" onClick={toggle}>
          {t('language')}
        </button>
      </header>
      {wizard ? (
        <SetupWizard fyLabel={fyLabel} states={states} onDone={done} onCancel={() => setWizard(false)} />
      ) : (
        <section className="setup-start" aria-label={t('setupWelcome')}>
          <p className="hint">{t('welcomeHint')}</p>
          <button type="button" className="start-card primary" onClick={() => setWizard(true)} autoFocus>
            <strong>{t('setUpMine')}</strong>
            <span>{t('setUpMineHint')}</span>
          </button>
          <button type="button" className="start-card" disabled={demo.isPending} onClick={() => demo.mutate({}, { onSuccess: done })}>
            <strong>{t('tryDemo')}</strong>
            <span>{t('tryDemoHint')}</span>
          </button>
        </section>
      )}
    </main>
  );
}
