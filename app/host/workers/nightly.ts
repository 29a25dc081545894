import { localDate } from '../../core/calendar/fy';
import type { Clock } from '../../core/services/ports';

export interface NightlyRun {
  clock: Clock;
  /** how often to look whether the run is due */
  everyMs: number;
  /** the hour (India time, 0–23) from which the night's run may start */
  hour: number;
  /** a run is in progress: nothing starts beside it */
  busy: () => boolean;
  /** when the newest run started (ISO), if any: one run a day */
  lastStartedAt: () => string | undefined;
  start: () => void;
  /** a failed check is told, never thrown out of the timer */
  onError: (error: unknown) => void;
}

const indiaHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', hour: '2-digit', hourCycle: 'h23' });

/** Starts a background job once a night: the first check past `hour` o'clock on a day no run has started. Returns the stop. */
export function everyNight(run: NightlyRun): () => void {
  const tick = () => {
    if (run.busy()) return;
    const now = run.clock.now();
    if (Number(indiaHour.format(now)) < run.hour) return;
    const last = run.lastStartedAt();
    if (last !== undefined && localDate(new Date(last)) === localDate(now)) return;
    run.start();
  };
  const timer = setInterval(() => {
    try {
      tick();
    } catch (e) {
      run.onError(e);
    }
  }, run.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
