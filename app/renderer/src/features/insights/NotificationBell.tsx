import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { insightsQueries } from '../../api/insights';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { isQuiet, loadQuiet, saveQuiet, type QuietHours } from './quiet-hours';

/** Drawn, not a font's emoji: a shop PC without a colour-emoji font shows an empty box for 🔔. */
function BellIcon() {
  return (
    <svg className="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M12 2a1.5 1.5 0 0 0-1.5 1.5v.7A6 6 0 0 0 6 10v4.5L4.3 17a.6.6 0 0 0 .5 1h14.4a.6.6 0 0 0 .5-1L18 14.5V10a6 6 0 0 0-4.5-5.8v-.7A1.5 1.5 0 0 0 12 2Zm-2.2 17.5a2.2 2.2 0 0 0 4.4 0Z"
        fill="currentColor"
      />
    </svg>
  );
}

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const canNotify = () => typeof Notification !== 'undefined';

/**
 * The owner's bell on every screen: a badge with how many things need them, a list that opens
 * the screen for each and shares it on WhatsApp, quiet hours, and a desktop pop-up for anything
 * new where the browser allows it (outside quiet hours).
 */
export function NotificationBell() {
  const { t } = useT();
  const query = useQuery(insightsQueries.notifications());
  const [open, setOpen] = useState(false);
  const [quiet, setQuiet] = useState<QuietHours>(loadQuiet);
  const [permission, setPermission] = useState(canNotify() ? Notification.permission : 'denied');
  const seen = useRef<Set<string> | null>(null);
  const list = useMemo(() => query.data?.notifications ?? [], [query.data]);
  useEffect(() => {
    const ids = new Set(list.map((n) => n.id));
    const before = seen.current;
    seen.current = ids;
    if (!before || !canNotify() || Notification.permission !== 'granted' || isQuiet(loadQuiet(), hhmm(new Date()))) return;
    for (const n of list) if (!before.has(n.id)) new Notification('SmartKirana', { body: n.text, tag: n.id });
  }, [list]);
  const setQuietPart = (part: Partial<QuietHours>) => {
    const next = { ...quiet, ...part };
    setQuiet(next);
    saveQuiet(next);
  };
  return (
    <>
      <button type="button" className="ghost bell" onClick={() => setOpen(true)} aria-label={t('bellLabel', { count: list.length })} data-testid="bell">
        <BellIcon />
        {list.length > 0 && (
          <span className="badge" data-testid="bell-badge">
            {list.length}
          </span>
        )}
      </button>
      {open && (
        <Dialog title={t('navNotifications')} onClose={() => setOpen(false)} wide>
          <div data-testid="notifications">
            {list.length === 0 && <p className="muted">{t('bellNone')}</p>}
            <ul className="insight-list">
              {list.map((n) => (
                <li key={n.id} className={n.severity === 'act' ? 'alert-act' : 'alert-watch'} data-testid={`notice-${n.kind}`}>
                  <p>{n.text}</p>
                  <div className="actions">
                    <button
                      type="button"
                      onClick={() => {
                        setOpen(false);
                        navigate(n.path);
                      }}
                    >
                      {t('bellOpen')}
                    </button>
                    <a className="button" href={`https://wa.me/?text=${encodeURIComponent(n.text)}`} target="_blank" rel="noreferrer">
                      {t('insShare')}
                    </a>
                  </div>
                </li>
              ))}
            </ul>
            <fieldset className="quiet-hours">
              <legend>{t('quietHours')}</legend>
              <label className="field">
                <span>{t('quietFrom')}</span>
                <input type="time" value={quiet.from} onChange={(e) => setQuietPart({ from: e.target.value })} data-testid="quiet-from" />
              </label>
              <label className="field">
                <span>{t('quietTo')}</span>
                <input type="time" value={quiet.to} onChange={(e) => setQuietPart({ to: e.target.value })} data-testid="quiet-to" />
              </label>
            </fieldset>
            {permission === 'granted' ? (
              <p className="muted">{t('desktopOn')}</p>
            ) : permission === 'default' && canNotify() ? (
              <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
                {t('desktopAllow')}
              </button>
            ) : (
              <p className="muted">{t('desktopBlocked')}</p>
            )}
          </div>
        </Dialog>
      )}
    </>
  );
}
