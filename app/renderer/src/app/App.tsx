import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { emitHostEvent } from '../api/events';
import { invalidateAreas } from '../api/method';
import { deviceId, loadSession, saveSession, type Session } from '../api/session';
import { transport } from '../api/transport';
import { LoginScreen } from '../features/auth/LoginScreen';
import { DeviceGate } from '../features/auth/RegisterDevice';
import { SetupScreen } from '../features/setup/SetupScreen';
import { shopQueries } from '../api/shop';
import { useDeviceSync } from '../api/sync';
import { ApiError } from '../../../core/contract';
import { useT } from '../i18n/i18n';
import { clearToasts, useToast } from '../ui/Toasts';
import { Shell } from './Shell';

/** First-run choice, device and login gates, then the counter. Host events refresh whatever the screen shows. */
export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const queryClient = useQueryClient();
  const toast = useToast();
  const { t } = useT();
  const [notice, setNotice] = useState<string | null>(null);
  useDeviceSync(session);

  const logout = useCallback(() => {
    saveSession(null);
    setSession(null);
    queryClient.clear();
    clearToasts();
  }, [queryClient]);
  // The host ended this session (deactivated, locked out, device retired, expired, ended by the
  // owner): back to the login, saying so.
  const endSession = useCallback(() => {
    logout();
    setNotice(t('sessionEndedNotice'));
  }, [logout, t]);
  useEffect(() => {
    if (!session) return;
    const ended = (error: unknown) => {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') endSession();
    };
    const queries = queryClient.getQueryCache().subscribe((e) => e.type === 'updated' && e.action.type === 'error' && ended(e.action.error));
    const mutations = queryClient.getMutationCache().subscribe((e) => e.type === 'updated' && e.action.type === 'error' && ended(e.action.error));
    return () => {
      queries();
      mutations();
    };
  }, [session, queryClient, endSession]);

  useEffect(() => {
    if (!session) return;
    return transport.subscribe(
      session.token,
      deviceId(),
      (event) => {
        emitHostEvent(event);
        if (event.event === 'data.changed') invalidateAreas(queryClient, event.payload.areas);
        // The customer display faces the customer: no printer messages there.
        if (event.event === 'print.status' && !location.hash.startsWith('#/display')) {
          const { status, number, error } = event.payload;
          if (status === 'failed') toast('error', `${t('printFailed')} (${number}): ${error ?? ''} — F11 ${t('reprint')}`);
          else if (status === 'retrying') toast('info', `${t('printRetrying')} (${number}): ${error ?? ''}`);
          else toast('ok', `${t('printed')}: ${number}`);
        }
      },
      () => endSession(),
      // Changes made before the link opened (a bill posted as this screen first read, or while the
      // Wi-Fi was down) sent no event here: whatever was read before is read again.
      () => {
        const linkedAt = Date.now();
        void queryClient.invalidateQueries({ predicate: (q) => q.state.dataUpdatedAt < linkedAt });
      },
    );
  }, [session, queryClient, toast, t, endSession]);

  const login = useCallback((s: Session) => {
    saveSession(s);
    setSession(s);
    setNotice(null);
  }, []);

  const status = useQuery(shopQueries.status());
  // A new install asks first: the demo shop, or the real shop's set-up.
  if (!session && status.data?.state === 'new') return <SetupScreen fyLabel={status.data.fyLabel} states={status.data.states} />;
  return (
    <>
      {status.data?.state === 'demo' && (
        <div className="demo-banner" role="status" data-testid="demo-banner">
          {t('demoBanner')}
        </div>
      )}
      {session ? (
        <Shell session={session} onSwitchUser={logout} />
      ) : (
        <DeviceGate>
          <LoginScreen onLogin={login} notice={notice} />
        </DeviceGate>
      )}
    </>
  );
}
