import { describe, expect, it } from 'vitest';
import { FESTIVAL_FEATURES, festivalFeaturesOn, upcomingFestivals } from '../../app/core/forecasting/calendar';
import { dayFromIso, isoFromDay, isSalaryWeek, weekdayOf } from '../../app/core/forecasting/days';
import { calendarEvents, poolEffects } from '../../app/core/forecasting/effects';
import { FESTIVALS } from '../../app/core/forecasting/festivals';
import { profileEs } from '../../app/core/forecasting/profile-es';
import { festivalShop } from './support';

const day = (iso: string) => dayFromIso(iso) ?? Number.NaN;
const feature = (name: string) => FESTIVAL_FEATURES.indexOf(name as (typeof FESTIVAL_FEATURES)[number]);

describe('the festival calendar', () => {
  it('holds 2023–2028 for every festival, on real dates', () => {
    for (const f of FESTIVALS) {
      expect(f.dates.map((d) => d.slice(0, 4))).toEqual(['2023', '2024', '2025', '2026', '2027', '2028']);
      for (const d of f.dates) expect(dayFromIso(d)).not.toBeNull();
    }
    const dateOf = (key: string, year: string) => FESTIVALS.find((f) => f.key === key)?.dates.find((d) => d.startsWith(year));
    // Spot checks against the Government of India's holiday lists.
    expect(dateOf('diwali', '2025')).toBe('2025-10-20');
    expect(dateOf('holi', '2024')).toBe('2024-03-25');
    expect(dateOf('eid-ul-fitr', '2025')).toBe('2025-03-31');
    expect(dateOf('eid-ul-adha', '2023')).toBe('2023-06-29');
    expect(dateOf('raksha-bandhan', '2025')).toBe('2025-08-09');
    expect(dateOf('dussehra', '2024')).toBe('2024-10-12');
  });

  it('marks the build-up, the days and the days after (Diwali 2025 runs from Dhanteras, 18 Oct)', () => {
    const on = (iso: string) => festivalFeaturesOn(day(iso)).map((i) => FESTIVAL_FEATURES[i]);
    expect(on('2025-10-04')).toContain('diwali:lead-2w');
    expect(on('2025-10-17')).toContain('diwali:lead-1w');
    expect(on('2025-10-18')).toContain('diwali:on');
    expect(on('2025-10-22')).toContain('diwali:on');
    expect(on('2025-10-23')).toContain('diwali:after');
    expect(on('2025-12-10')).toContain('wedding-season');
    expect(on('2025-07-20')).toEqual([]);
  });

  it('weekday, salary week and what is coming', () => {
    expect(weekdayOf(day('2025-10-20'))).toBe(1);
    expect([isSalaryWeek(day('2025-11-01')), isSalaryWeek(day('2025-11-07')), isSalaryWeek(day('2025-11-08'))]).toEqual([true, true, false]);
    const next = upcomingFestivals(day('2025-10-08'), 20);
    expect(next.map((f) => [f.key, isoFromDay(f.main), f.inDays])).toEqual([['diwali', '2025-10-20', 12]]);
  });
});

describe('a festival lift learned from two past years', () => {
  const { panel, diwali2025 } = festivalShop(20);
  const origin = diwali2025 - 16;
  const effects = poolEffects(panel, origin, calendarEvents(panel));

  it('pools the category: sweets ×4 in the week before and ×3 on the days; staples unmoved', () => {
    const sweets = effects.lifts.get('sweets');
    const staples = effects.lifts.get('staples');
    expect(sweets?.[feature('diwali:lead-1w')]).toBeGreaterThan(3.5);
    expect(sweets?.[feature('diwali:lead-1w')]).toBeLessThan(4.5);
    expect(sweets?.[feature('diwali:on')]).toBeGreaterThan(2.6);
    expect(sweets?.[feature('diwali:on')]).toBeLessThan(3.4);
    for (const f of ['diwali:lead-1w', 'diwali:on', 'holi:on']) {
      expect(Math.abs((staples?.[feature(f)] ?? 0) - 1)).toBeLessThan(0.15);
    }
  });

  it('forecasts this year’s build-up from them', () => {
    const k = panel.series.findIndex((s) => s.category === 'sweets');
    const forecast = profileEs(panel.series[k]!, k, effects, 28);
    const at = (offset: number) => forecast.mean[diwali2025 + offset - origin] ?? 0;
    const plain = at(-14);
    expect(plain).toBeGreaterThan(8);
    expect(plain).toBeLessThan(12);
    // Lead week (4 days before Diwali: Thursday) and Diwali itself.
    expect(at(-4) / plain).toBeGreaterThan(3.2);
    expect(at(0) / plain).toBeGreaterThan(2.4);
  });
});
