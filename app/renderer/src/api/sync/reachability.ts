/**
 * Whether the counter host answers: a light `/healthz` every few seconds (never from the
 * service worker's cache), and at once when the browser says it went on or off line.
 */
export type HostReach = 'checking' | 'reachable' | 'unreachable';

const EVERY_MS = 4_000;
const WAIT_MS = 3_000;

export function watchHost(onChange: (reach: HostReach) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const probe = async () => {
    clearTimeout(timer);
    let reach: HostReach = 'unreachable';
    if (navigator.onLine) {
      const abort = new AbortController();
      const giveUp = setTimeout(() => abort.abort(), WAIT_MS);
      try {
        const res = await fetch('./healthz', { cache: 'no-store', signal: abort.signal });
        reach = res.ok ? 'reachable' : 'unreachable';
      } catch {
        reach = 'unreachable';
      } finally {
        clearTimeout(giveUp);
      }
    }
    if (stopped) return;
    onChange(reach);
    timer = setTimeout(() => void probe(), EVERY_MS);
  };
  const now = () => void probe();
  window.addEventListener('online', now);
  window.addEventListener('offline', now);
  void probe();
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('online', now);
    window.removeEventListener('offline', now);
  };
}
