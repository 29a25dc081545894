import { describe, expect, it } from 'vitest';
import { fyEnd, fyLabel, fyStart, monthEnd, rangeFromLink, returnPeriod, thisFy, todayIso } from './period';

describe('the books’ periods', () => {
  it('a financial year runs April to March', () => {
    expect(fyStart('2026-11-24')).toBe('2026-04-01');
    expect(fyStart('2027-03-31')).toBe('2026-04-01');
    expect(fyStart('2027-04-01')).toBe('2027-04-01');
    expect(fyEnd('2027-01-15')).toBe('2027-03-31');
    expect(fyLabel('2027-02-01')).toBe('2026-27');
    expect(thisFy('2026-11-24')).toEqual({ from: '2026-04-01', to: '2026-11-24' });
  });
  it('months end on their last day, leap years included', () => {
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    expect(monthEnd('2026-11-03')).toBe('2026-11-30');
    expect(returnPeriod('2026-11-01')).toBe('112026');
  });
  it('today is India’s date, not UTC’s', () => {
    // 20:00 UTC on 24 Nov is 01:30 on 25 Nov in India.
    expect(todayIso(new Date('2026-11-24T20:00:00Z'))).toBe('2026-11-25');
  });
  it.each([
    ['?from=2026-11-01&to=2026-11-24', { from: '2026-11-01', to: '2026-11-24' }],
    ['?from=2026-11-01', { from: '2026-04-01', to: '2026-11-24' }],
    ['?from=yesterday&to=2026-11-24', { from: '2026-04-01', to: '2026-11-24' }],
    ['', { from: '2026-04-01', to: '2026-11-24' }],
  ])('a link %j names the period only with both dates in ISO form', (query, range) => {
    expect(rangeFromLink(new URLSearchParams(query), () => thisFy('2026-11-24'))).toEqual(range);
  });
});
