import { describe, expect, it } from 'vitest';
import { financialYearOf, localDate } from '../../app/core/calendar/fy';

describe('financial year', () => {
  it('runs April to March', () => {
    expect(financialYearOf('2026-03-31')).toMatchObject({ short: '2526', label: '2025-26', from: '2025-04-01', to: '2026-03-31' });
    expect(financialYearOf('2026-04-01')).toMatchObject({ short: '2627', from: '2026-04-01', to: '2027-03-31' });
  });
  it('takes the IST date, not the UTC one', () => {
    expect(localDate(new Date('2026-03-31T19:00:00Z'))).toBe('2026-04-01');
  });
});
