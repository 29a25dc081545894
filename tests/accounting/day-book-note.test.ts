import { describe, expect, it } from 'vitest';
import { dayBookReport } from '../../app/core/reports/books';

const entry = (id: string) => ({
  id,
  date: '2026-12-06',
  voucherType: 'opening',
  document: { type: 'opening' as const, id, number: null },
  narration: 'Opening stock',
  reversesId: null,
  amountPaise: 977700,
  lines: [
    { account: 'STOCK', accountName: 'Stock in trade', partyId: null, debitPaise: 977700, creditPaise: 0 },
    { account: 'CAPITAL', accountName: 'Capital', partyId: null, debitPaise: 0, creditPaise: 977700 },
  ],
});
const noteOf = (count: number, lang: 'en' | 'hi') =>
  dayBookReport({ from: '2026-12-06', to: '2026-12-06', entries: Array.from({ length: count }, (_, i) => entry(`e${i}`)), totalPaise: 977700 * count }, lang)
    .notes?.[0]?.text;

describe('the day book says how many entries in words that agree with the number', () => {
  it('one entry is "1 entry", more are "entries"', () => {
    expect(noteOf(1, 'en')).toBe('1 entry, ₹9,777.00 debited and credited');
    expect(noteOf(2, 'en')).toBe('2 entries, ₹19,554.00 debited and credited');
    expect(noteOf(1, 'hi')).toBe('1 एंट्री, ₹9,777.00 नामे और जमा');
  });
});
