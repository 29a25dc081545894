import { describe, expect, it } from 'vitest';
import { movingAverage, seasonalNaive } from '../../app/core/forecasting/baselines';
import { classifyValues } from '../../app/core/forecasting/classify';
import { dayFromIso, weekdayOf } from '../../app/core/forecasting/days';
import { calendarEvents, poolEffects } from '../../app/core/forecasting/effects';
import { crostonRate, sbaRate, tsbRate } from '../../app/core/forecasting/intermittent';
import { profileEs } from '../../app/core/forecasting/profile-es';
import { panelOf, poissonSampler, seriesOf } from './support';

describe('baselines', () => {
  it('seasonal naive repeats the last known same weekday, skipping censored days', () => {
    // 14 days; day 8 (a week before the first target's neighbour) is censored.
    const values = [1, 2, 3, 4, 5, 6, 7, 10, Number.NaN, 30, 40, 50, 60, 70];
    const s = seriesOf('a', [...values, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const f = seasonalNaive(s, 14, 9);
    // Targets 14…22: a week back is 7…13; day 8 is censored, so target 15 takes day 1 (two weeks back).
    expect(Array.from(f)).toEqual([10, 2, 30, 40, 50, 60, 70, 10, 2]);
  });

  it('the moving average is the mean of the last known days, flat', () => {
    const s = seriesOf('a', [5, Number.NaN, 1, 2, 3, 0, 0]);
    expect(Array.from(movingAverage(s, 5, 2, 3))).toEqual([2, 2]);
    expect(Array.from(movingAverage(s, 5, 1, 28))).toEqual([11 / 4]);
  });
});

describe('intermittent demand (hand-worked, α = 0.1, β = 0.05)', () => {
  // Demand on days 3, 7 and 9: sizes 3, 2, 4; intervals 3, 4, 2.
  const series = [0, 0, 3, 0, 0, 0, 2, 0, 4];

  it('classifies by ADI and CV²', () => {
    const c = classifyValues(series);
    expect(c.adi).toBe(3);
    expect(c.cv2).toBeCloseTo(1 / 9, 10);
    expect(c.demandClass).toBe('intermittent');
    expect(classifyValues([5, 6, 5, 7, 6]).demandClass).toBe('smooth');
    expect(classifyValues([1, 20, 2, 30, 1]).demandClass).toBe('erratic');
    expect(classifyValues([0, 0, 1, 0, 40, 0]).demandClass).toBe('lumpy');
    expect(classifyValues([0, 0, 0]).demandClass).toBe('no-demand');
  });

  it('Croston: z = 3, 2.9, 3.01 and p = 3, 3.1, 2.99 → 3.01 / 2.99', () => {
    expect(crostonRate(series)).toBeCloseTo(3.01 / 2.99, 10);
  });

  it('SBA takes 1 − α/2 of it', () => {
    expect(sbaRate(series)).toBeCloseTo(0.95 * (3.01 / 2.99), 10);
  });

  it('TSB smooths the chance of a sale every day (π from 1/3) and the size on sale days', () => {
    // π: 1/3 → ×0.95, ×0.95, +0.05(1−π), ×0.95³, +0.05(1−π), ×0.95, +0.05(1−π) = 0.341963; z → 3.01
    expect(tsbRate(series)).toBeCloseTo(1.0293078, 6);
  });

  it('TSB decays after the item stops selling; Croston does not', () => {
    const stopped = [...series, ...Array<number>(60).fill(0)];
    expect(crostonRate(stopped)).toBeCloseTo(crostonRate(series), 10);
    expect(tsbRate(stopped)).toBeLessThan(0.1 * tsbRate(series));
  });

  it('no sale ever: every rate is 0', () => {
    expect([crostonRate([0, 0]), sbaRate([0, 0]), tsbRate([0, 0]), crostonRate([])]).toEqual([0, 0, 0, 0]);
  });
});

describe('the weekly profile model', () => {
  it('recovers a weekly pattern from noisy daily sales', () => {
    const shape = [1.6, 0.7, 0.8, 0.8, 0.9, 1.0, 1.2]; // Sunday … Saturday, mean 1
    const start = dayFromIso('2024-02-05') ?? 0;
    const draw = poissonSampler(3);
    const days = 364;
    const values = Array.from({ length: days + 28 }, (_, i) => (i < days ? draw(20 * (shape[weekdayOf(start + i)] ?? 1)) : 0));
    const panel = panelOf('2024-02-05', [seriesOf('milk', values)]);
    const effects = poolEffects(panel, days, calendarEvents(panel));
    const forecast = profileEs(panel.series[0]!, 0, effects, 28);
    let forecastTotal = 0;
    let truthTotal = 0;
    for (let h = 0; h < 28; h += 1) {
      const truth = 20 * (shape[weekdayOf(start + days + h)] ?? 1);
      expect(Math.abs((forecast.mean[h] ?? 0) - truth) / truth).toBeLessThan(0.15);
      forecastTotal += forecast.mean[h] ?? 0;
      truthTotal += truth;
    }
    expect(Math.abs(forecastTotal / truthTotal - 1)).toBeLessThan(0.06);
    // Its weekday factors match the shape (±0.08).
    shape.forEach((f, w) => expect(Math.abs((effects.weekday[0]![w] ?? 0) - f)).toBeLessThan(0.08));
  });
});
