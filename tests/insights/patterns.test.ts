import { describe, expect, it } from 'vitest';
import { dayNumber, hourOf, isoOfDay, weekdayOfDay } from '../../app/core/insights/ist';
import { busyHours } from '../../app/core/insights/patterns/busy-hours';
import { addMonths, change, comparePeriods, sameDateInYear, totalOver } from '../../app/core/insights/patterns/periods';
import { bakeryReceipts } from '../../scripts/insights/data';

describe('the shop calendar (IST)', () => {
  it('puts 19:00 UTC on 31 March into 1 April, 00:30 IST', () => {
    const at = Date.parse('2026-03-31T19:00:00Z');
    expect(isoOfDay(dayNumber(at))).toBe('2026-04-01');
    expect(hourOf(at)).toBe(0);
    expect(weekdayOfDay(dayNumber(at))).toBe(3);
  });
});

describe('busy hours', () => {
  it('counts per weekday and hour and averages per day seen', () => {
    // Two Mondays (IST): three bills at 10:xx on the first, one on the second; one Tuesday bill at 18:xx.
    const at = (iso: string) => Date.parse(iso);
    const h = busyHours([
      at('2026-03-02T04:40:00Z'),
      at('2026-03-02T04:50:00Z'),
      at('2026-03-02T05:10:00Z'),
      at('2026-03-09T04:45:00Z'),
      at('2026-03-03T12:40:00Z'),
    ]);
    expect(h.counts[1]?.[10]).toBe(4);
    expect(h.daysSeen[1]).toBe(2);
    expect(h.averages[1]?.[10]).toBe(2);
    expect(h.counts[2]?.[18]).toBe(1);
    expect(h.busiest).toEqual({ weekday: 1, hour: 10, average: 2 });
    expect(busyHours([]).busiest).toBeNull();
  });

  it('finds the bakery busiest at 11:00, and on Saturdays', () => {
    const receipts = bakeryReceipts();
    expect(receipts).toHaveLength(9531);
    const h = busyHours(
      receipts.map((r) => r.at),
      0,
    );
    expect(h.busiestHour).toBe(11);
    expect(h.busiestWeekday).toBe(6);
    expect(h.busiest).toMatchObject({ weekday: 6, hour: 11 });
    expect(h.counts.flat().reduce((s, n) => s + n, 0)).toBe(9531);
  });
});

describe('period comparisons', () => {
  it('compares this financial year so far with the same days of the last one', () => {
    expect(comparePeriods('fy', '2026-05-10')).toEqual({
      kind: 'fy',
      current: { from: '2026-04-01', to: '2026-05-10' },
      previous: { from: '2025-04-01', to: '2025-05-10' },
      lastYear: { from: '2025-04-01', to: '2025-05-10' },
    });
    expect(comparePeriods('fy', '2026-02-15').current.from).toBe('2025-04-01');
  });

  it('compares a week from Monday with the week before and 52 weeks back', () => {
    // 2026-03-04 is a Wednesday.
    expect(comparePeriods('week', '2026-03-04')).toMatchObject({
      current: { from: '2026-03-02', to: '2026-03-04' },
      previous: { from: '2026-02-23', to: '2026-02-25' },
      lastYear: { from: '2025-03-03', to: '2025-03-05' },
    });
  });

  it('clamps months and leap days', () => {
    expect(comparePeriods('month', '2026-03-31')).toMatchObject({
      current: { from: '2026-03-01', to: '2026-03-31' },
      previous: { from: '2026-02-01', to: '2026-02-28' },
    });
    expect(comparePeriods('month', '2026-03-10').previous).toEqual({ from: '2026-02-01', to: '2026-02-10' });
    expect(comparePeriods('day', '2028-02-29').lastYear).toEqual({ from: '2027-02-28', to: '2027-02-28' });
    expect(comparePeriods('year', '2026-06-30').previous).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(sameDateInYear('2024-02-29', 2025)).toBe('2025-02-28');
    expect(() => comparePeriods('day', '2026-13-01')).toThrow();
  });

  it('totals a daily figure over a range and gives the change in basis points', () => {
    const daily = new Map([
      ['2026-03-01', 100],
      ['2026-03-02', 50],
      ['2026-03-05', 10],
    ]);
    expect(totalOver(daily, { from: '2026-03-01', to: '2026-03-04' })).toBe(150);
    expect(change(150, 120)).toEqual({ current: 150, previous: 120, difference: 30, changeBp: 2500 });
    expect(change(5, 0).changeBp).toBeNull();
  });
});
