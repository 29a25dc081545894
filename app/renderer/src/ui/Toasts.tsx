import { useEffect, useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n';
import { errorMessage } from './errors';

export type ToastKind = 'ok' | 'error' | 'info';
interface Toast {
  id: number;
  kind: ToastKind;
  /** words, or a failed call whose message is put in the reader's language when shown */
  text: string | { error: unknown };
  at: number;
}

/** How long a confirmation stays; an error stays until it is dismissed or the screen changes. */
const SHOWN_MS = 4000;
/** A toast raised by the action that moved to another screen (a purchase order made from the low-stock list) goes along. */
const CARRIED_MS = 1000;

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const set = (next: Toast[]) => {
  toasts = next;
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** At most this many at once; a burst of notices (other tills' receipts) pushes out older notices before any error. */
const MOST_SHOWN = 4;

function makeRoom(shown: Toast[]): Toast[] {
  if (shown.length < MOST_SHOWN) return shown;
  const oldestNotice = shown.findIndex((t) => t.kind !== 'error');
  const dropped = oldestNotice >= 0 ? oldestNotice : 0;
  return makeRoom(shown.filter((_, i) => i !== dropped));
}

function push(kind: ToastKind, text: Toast['text']) {
  const id = nextId++;
  set([...makeRoom(toasts), { id, kind, text, at: Date.now() }]);
  if (kind !== 'error') setTimeout(() => dismissToast(id), SHOWN_MS);
}

export const showToast = (kind: ToastKind, text: string) => push(kind, text);
/** The one place a failed call is shown as a toast (the query client's error handlers call it). */
export const showError = (error: unknown) => push('error', { error });
export const dismissToast = (id: number) => set(toasts.filter((t) => t.id !== id));
export const clearToasts = () => set([]);
export const useToast = () => showToast;

const screenOf = (hash: string) => hash.split('?')[0] ?? '';

/** The toasts in a corner, over whatever screen is open; moving to another screen clears them. */
export function Toasts() {
  const { lang, t: say } = useT();
  const shown = useSyncExternalStore(subscribe, () => toasts);
  useEffect(() => {
    let screen = screenOf(location.hash);
    const onChange = () => {
      if (screenOf(location.hash) === screen) return;
      screen = screenOf(location.hash);
      const since = Date.now() - CARRIED_MS;
      set(toasts.filter((t) => t.at >= since));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {shown.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`}>
          {typeof t.text === 'string' ? t.text : errorMessage(t.text.error, lang)}
          {t.kind === 'error' && (
            <button type="button" className="toast-close" aria-label={say('close')} onClick={() => dismissToast(t.id)}>
              ✕
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
