import type { AutomaticBackups } from '../host-shape';
import type { HostBackups } from './host-backups';

/** Looks every few minutes whether a backup is due; never on the start's path. Returns the stop. */
export function startSchedule(backups: HostBackups, automatic: AutomaticBackups, log: (m: string, e?: unknown) => void): () => void {
  const tick = () => void backups.runSchedule().catch((e: unknown) => log('[backup] the schedule failed', e));
  let every: NodeJS.Timeout | null = null;
  const first = setTimeout(() => {
    tick();
    every = setInterval(tick, automatic.everyMs ?? 5 * 60_000);
    every.unref();
  }, automatic.firstAfterMs ?? 60_000);
  first.unref();
  return () => {
    clearTimeout(first);
    if (every) clearInterval(every);
  };
}
