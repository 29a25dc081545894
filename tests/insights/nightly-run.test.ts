import { describe, expect, it } from 'vitest';
import { everyNight } from '../../app/host/workers/nightly';

/**
 * The forecasting and insights jobs start their night's run through one check: past the hour
 * (India time), nothing running, nothing started today; a failing check is told and the timer
 * goes on.
 */
function nightAt(iso: string, lastStartedAt?: string, busy = false) {
  let now = new Date(iso);
  let last = lastStartedAt;
  const starts: string[] = [];
  const errors: unknown[] = [];
  let failing = false;
  const stop = everyNight({
    clock: { now: () => now },
    everyMs: 5,
    hour: 2,
    busy: () => busy,
    lastStartedAt: () => {
      if (failing) throw new Error('the shop file is closed');
      return last;
    },
    start: () => {
      last = now.toISOString();
      starts.push(last);
    },
    onError: (e) => errors.push(e),
  });
  return {
    starts,
    errors,
    stop,
    set: (next: { iso?: string; busy?: boolean; failing?: boolean }) => {
      if (next.iso) now = new Date(next.iso);
      if (next.busy !== undefined) busy = next.busy;
      if (next.failing !== undefined) failing = next.failing;
    },
  };
}
const ticks = (n: number) => new Promise((resolve) => setTimeout(resolve, n * 5 + 20));

describe('the nightly run', () => {
  it('waits for the hour in India, then starts once that day and again the next night', async () => {
    // 20:00 UTC is 01:30 in India: before the hour.
    const night = nightAt('2026-03-01T20:00:00Z');
    await ticks(4);
    expect(night.starts).toEqual([]);
    night.set({ iso: '2026-03-01T21:00:00Z' }); // 02:30 IST on 2 March
    await ticks(4);
    expect(night.starts).toEqual(['2026-03-01T21:00:00.000Z']);
    night.set({ iso: '2026-03-02T15:00:00Z' }); // 20:30 IST, same day
    await ticks(4);
    expect(night.starts).toHaveLength(1);
    night.set({ iso: '2026-03-02T21:00:00Z' }); // 02:30 IST on 3 March
    await ticks(4);
    expect(night.starts).toHaveLength(2);
    night.stop();
  });

  it('starts nothing beside a run in progress or after a run started earlier the same day', async () => {
    const busy = nightAt('2026-03-01T21:00:00Z', undefined, true);
    const ranToday = nightAt('2026-03-01T23:00:00Z', '2026-03-01T20:45:00Z'); // both 2 March in India
    await ticks(4);
    expect(busy.starts).toEqual([]);
    expect(ranToday.starts).toEqual([]);
    busy.set({ busy: false });
    await ticks(4);
    expect(busy.starts).toHaveLength(1);
    busy.stop();
    ranToday.stop();
  });

  it('tells a failed check and keeps looking', async () => {
    const night = nightAt('2026-03-01T21:00:00Z', '2026-02-28T21:00:00Z');
    night.set({ failing: true });
    await ticks(3);
    expect(night.errors.length).toBeGreaterThan(0);
    expect(String(night.errors[0])).toContain('the shop file is closed');
    night.set({ failing: false });
    await ticks(4);
    expect(night.starts).toHaveLength(1);
    night.stop();
  });
});
