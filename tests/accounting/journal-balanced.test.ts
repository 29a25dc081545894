import { describe, expect, expectTypeOf, it } from 'vitest';
import { balanced, cr, dr, reversal, type Balanced, type PostingLine } from '../../app/core/accounting/posting';
import type { JournalEntry, JournalRepo } from '../../app/core/services/accounting/ports';

/** The posting builder is the only way into the journal: its insert takes Balanced lines, which only balanced() and reversal() make. */
const entry: JournalEntry = {
  id: 'je-1',
  date: '2026-11-24',
  voucherType: 'journal',
  refType: 'voucher',
  refId: 'vch-1',
  narration: 'test',
  reversesId: null,
  createdAt: '2026-11-24T05:30:00.000Z',
};

describe('the journal accepts only lines the posting builder proved', () => {
  it('takes balanced() and reversal(), and plain lines do not compile', () => {
    const written: Array<readonly PostingLine[]> = [];
    const journal: Pick<JournalRepo, 'insert'> = { insert: (_e, lines) => void written.push(lines) };
    const sale = balanced([dr('CASH', 28500), cr('SALES', 27143), cr('OUTPUT_CGST', 679), cr('OUTPUT_SGST', 678)]);
    journal.insert(entry, sale);
    journal.insert(entry, reversal(sale));

    const plain: PostingLine[] = [dr('CASH', 100), cr('SALES', 100)];
    // @ts-expect-error: plain lines were never proved to balance
    journal.insert(entry, plain);
    // @ts-expect-error: nor is an array literal, however balanced it looks
    journal.insert(entry, [dr('CASH', 100), cr('SALES', 100)]);
    // @ts-expect-error: nor are proved lines once copied into a new array (they could have been changed)
    journal.insert(entry, [...sale]);

    expectTypeOf(balanced).returns.toEqualTypeOf<Balanced>();
    expectTypeOf(reversal).returns.toEqualTypeOf<Balanced>();
    expect(written).toHaveLength(5);
    expect(written[1]).toEqual([cr('CASH', 28500), dr('SALES', 27143), dr('OUTPUT_CGST', 679), dr('OUTPUT_SGST', 678)]);
  });

  it('proves the lines before they become Balanced: a set that does not balance throws', () => {
    expect(() => balanced([dr('CASH', 100), cr('SALES', 99)])).toThrow(/does not balance/);
  });
});
