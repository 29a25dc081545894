import { describe, expect, it } from 'vitest';
import { dayFromIso, weekdayOf } from '../../app/core/forecasting/days';
import { forecastPanel, type PanelForecast } from '../../app/core/forecasting/engine';
import { LOCAL_METHODS } from '../../app/core/forecasting/methods';
import { withFutureDays } from '../../app/core/forecasting/series';
import { allFinite, panelOf, poissonSampler, seriesOf } from './support';

/** The pure methods only (the wasm ones have their own tests): fast, and the same on every machine. */
const forecast = (history: ReturnType<typeof panelOf>, horizon = 14) =>
  forecastPanel(withFutureDays(history, horizon), { origin: history.days, horizon, methods: LOCAL_METHODS, folds: 2 });

const everyNumberFinite = (f: PanelForecast) =>
  f.series.every((s) => [s.mean, s.point, s.lower, s.upper].every(allFinite) && Number.isFinite(s.dispersion) !== undefined);

describe('forecasting from poor histories never gives NaN or a crash', () => {
  it('one day of history: a flat forecast at that day, flagged as not enough history', async () => {
    const f = await forecast(panelOf('2025-06-01', [seriesOf('new', [7])]));
    const s = f.series[0]!;
    expect(s.enoughHistory).toBe(false);
    expect(s.chosen).toBe('mean-28');
    expect(Array.from(s.mean)).toEqual(new Array(14).fill(7));
    expect(everyNumberFinite(f)).toBe(true);
  });

  it('all zeros: no demand, forecasts of 0', async () => {
    const f = await forecast(panelOf('2025-01-01', [seriesOf('dead', new Array(120).fill(0))]));
    expect(f.series[0]?.demandClass).toBe('no-demand');
    expect(Array.from(f.series[0]!.point)).toEqual(new Array(14).fill(0));
    expect(everyNumberFinite(f)).toBe(true);
  });

  it('a huge outlier (a bulk order of 5,000) barely moves a 20-a-day forecast', async () => {
    const draw = poissonSampler(9);
    const values = Array.from({ length: 200 }, () => draw(20));
    values[190] = 5000;
    const f = await forecast(panelOf('2025-01-01', [seriesOf('rice', values)]));
    const mean = Array.from(f.series[0]!.mean);
    expect(Math.max(...mean)).toBeLessThan(40);
    expect(Math.min(...mean)).toBeGreaterThan(10);
    expect(everyNumberFinite(f)).toBe(true);
  });

  it('missing days (closed, out of stock) are skipped, not taken as zeros', async () => {
    const draw = poissonSampler(4);
    const start = dayFromIso('2025-01-01') ?? 0;
    const shape = [1.5, 0.8, 0.8, 0.9, 0.9, 1, 1.1];
    // A third of the days unknown, including every Tuesday.
    const values = Array.from({ length: 210 }, (_, i) =>
      i % 3 === 0 || weekdayOf(start + i) === 2 ? Number.NaN : draw(12 * (shape[weekdayOf(start + i)] ?? 1)),
    );
    const f = await forecast(panelOf('2025-01-01', [seriesOf('oil', values)]));
    const s = f.series[0]!;
    const total = Array.from(s.mean).reduce((a, b) => a + b, 0);
    expect(total / 14).toBeGreaterThan(10.5);
    expect(total / 14).toBeLessThan(13.5);
    expect(everyNumberFinite(f)).toBe(true);
  });

  it('an empty panel gives no forecasts', async () => {
    const f = await forecastPanel({ start: 0, days: 14, series: [] }, { origin: 0, horizon: 14, methods: LOCAL_METHODS });
    expect(f.series).toEqual([]);
  });

  it('refuses to forecast days the panel does not hold', async () => {
    await expect(forecastPanel(panelOf('2025-01-01', [seriesOf('a', [1, 2, 3])]), { origin: 3, horizon: 7, methods: LOCAL_METHODS })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('choosing per product', () => {
  it('routes an intermittent item to the intermittent candidates and a weekly one to the weekly ones; the interval holds the point', async () => {
    const draw = poissonSampler(21);
    const start = dayFromIso('2024-06-03') ?? 0;
    const weekly = Array.from({ length: 240 }, (_, i) => draw(weekdayOf(start + i) === 0 ? 40 : 10));
    const sparse = Array.from({ length: 240 }, (_, i) => (i % 9 === 4 ? 2 + (i % 2) : 0));
    const f = await forecast(panelOf('2024-06-03', [seriesOf('atta', weekly), seriesOf('saffron', sparse)]), 28);
    const [atta, saffron] = f.series;
    expect(saffron?.demandClass).toBe('intermittent');
    expect(['profile-es', 'croston', 'sba', 'tsb']).toContain(saffron?.chosen);
    expect(['smooth', 'erratic']).toContain(atta?.demandClass);
    // Sundays four times the other days, as sold.
    const sundays = Array.from(atta!.mean).filter((_, h) => weekdayOf(start + 240 + h) === 0);
    const others = Array.from(atta!.mean).filter((_, h) => weekdayOf(start + 240 + h) !== 0);
    expect(Math.min(...sundays) / Math.max(...others)).toBeGreaterThan(2.8);
    for (const s of f.series)
      for (let h = 0; h < 28; h += 1) expect((s.lower[h] ?? 0) <= (s.point[h] ?? 0) && (s.point[h] ?? 0) <= (s.upper[h] ?? 0)).toBe(true);
    expect(Object.keys(atta!.backtestError)).toContain('snaive');
  });
});
