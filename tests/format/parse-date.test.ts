import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../app/core/format/index';

describe('dates typed at the shop', () => {
  it('reads DD-MM-YYYY (also / or ., a 2-digit year, or ISO), and refuses dates that do not exist', () => {
    expect(parseDate('06-12-2026')).toBe('2026-12-06');
    expect(parseDate(' 6/12/26 ')).toBe('2026-12-06');
    expect(parseDate('29.02.2028')).toBe('2028-02-29');
    expect(parseDate('2026-12-06')).toBe('2026-12-06');
    expect(parseDate(formatDate('2027-03-31'))).toBe('2027-03-31');
    for (const bad of ['29-02-2027', '31-04-2026', '12/31/2026', '2026', '', 'next week']) expect(parseDate(bad)).toBeNull();
  });
});
