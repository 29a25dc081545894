import { describe, expect, it } from 'vitest';
import { creditLines, creditNotePostings, creditTotals, type ReturnableLine, type ReturnedSoFar } from '../../app/core/accounting/credit-note';
import type { RefundMethod } from '../../app/core/contract/vocabulary';

/** Partial returns worked by hand: each head takes half-up(amount × qty / sold); the last return takes what is left. */
const line = (qtyMilli: number, taxable: number, cgst: number, sgst: number, igst: number, cess = 0, gstRateBp = 500): ReturnableLine => ({
  lineNo: 1,
  productId: 'p1',
  name: 'Test Biscuit 100g',
  hsn: '1905',
  unit: 'pcs',
  qtyMilli,
  gstRateBp,
  cessRateBp: cess ? 1200 : 0,
  taxablePaise: taxable,
  cgstPaise: cgst,
  sgstPaise: sgst,
  igstPaise: igst,
  cessPaise: cess,
});
const before = (qtyMilli: number, taxable: number, cgst: number, sgst: number, igst = 0, cess = 0): ReturnedSoFar => ({
  qtyMilli,
  taxablePaise: taxable,
  cgstPaise: cgst,
  sgstPaise: sgst,
  igstPaise: igst,
  cessPaise: cess,
});

const threeBiscuits = line(3000, 2714, 68, 68, 0);

// [name, sold line, returned before, qty now, round-off, [taxable, cgst, sgst, igst, cess], value, round-off, total]
type Row = [string, ReturnableLine, ReturnedSoFar | null, number, boolean, [number, number, number, number, number], number, number, number];

const ROWS: Row[] = [
  // 2714 × 1/3 = 904.67 → 905; 68 / 3 = 22.67 → 23; 951 → ₹10
  ['one of three', threeBiscuits, null, 1000, true, [905, 23, 23, 0, 0], 951, 49, 1000],
  // 2714 × 2/3 = 1809.33 → 1809; 136 / 3 = 45.33 → 45; 1899 → ₹19
  ['two of three', threeBiscuits, null, 2000, true, [1809, 45, 45, 0, 0], 1899, 1, 1900],
  // the last one after two: 2714 − 1809, 68 − 45
  ['the last one after two', threeBiscuits, before(2000, 1809, 45, 45), 1000, true, [905, 23, 23, 0, 0], 951, 49, 1000],
  // the last two after one: 2714 − 905, 68 − 23
  ['the last two after one', threeBiscuits, before(1000, 905, 23, 23), 2000, true, [1809, 45, 45, 0, 0], 1899, 1, 1900],
  // the whole line: exactly the bill's amounts; 2850 → ₹28.50 → ₹29
  ['the whole line', threeBiscuits, null, 3000, true, [2714, 68, 68, 0, 0], 2850, 50, 2900],
  // inter-state, half of 2: 1000 and IGST 180; no round-off
  ['inter-state half, no round-off', line(2000, 2000, 0, 0, 360, 0, 1800), null, 1000, false, [1000, 0, 0, 180, 0], 1180, 0, 1180],
  // 0.500 of 1.250 kg: 3915 × 500 / 1250 = 1566; 98 × 0.4 = 39.2 → 39; 1644 → ₹16
  ['loose 0.5 of 1.25 kg', line(1250, 3915, 98, 98, 0), null, 500, true, [1566, 39, 39, 0, 0], 1644, -44, 1600],
  // a quarter of a cess line: 40000/4, 5600/4, 4800/4
  ['a quarter with cess', line(4000, 40000, 5600, 5600, 0, 4800, 2800), null, 1000, true, [10000, 1400, 1400, 0, 1200], 14000, 0, 14000],
];

describe('credit note shares by hand', () => {
  it.each(ROWS)('%s', (_name, sold, prior, qty, roundOff, heads, value, round, total) => {
    const returned = new Map(prior ? [[sold.lineNo, prior]] : []);
    const lines = creditLines([sold], returned, [{ lineNo: sold.lineNo, qtyMilli: qty }]);
    const [taxable, cgst, sgst, igst, cess] = heads;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      qtyMilli: qty,
      taxablePaise: taxable,
      cgstPaise: cgst,
      sgstPaise: sgst,
      igstPaise: igst,
      cessPaise: cess,
      totalPaise: value,
    });
    expect(creditTotals(lines, roundOff)).toEqual({
      taxablePaise: taxable,
      cgstPaise: cgst,
      sgstPaise: sgst,
      igstPaise: igst,
      cessPaise: cess,
      valuePaise: value,
      roundOffPaise: round,
      totalPaise: total,
    });
  });
});

// [refund, customer, cost, expected journal rows as [account, debit, credit, party]]
type PostingRow = [RefundMethod, string | null, number, Array<[string, number, number, string | null]>];

const ONE_OF_THREE = creditTotals(creditLines([threeBiscuits], new Map(), [{ lineNo: 1, qtyMilli: 1000 }]), true);

// Sales returns 905, output CGST and SGST 23 each and round-off 49 come back on every note: 1000 refunded.
const TAX_BACK: Array<[string, number, number, string | null]> = [
  ['SALES_RETURNS', 905, 0, null],
  ['OUTPUT_CGST', 23, 0, null],
  ['OUTPUT_SGST', 23, 0, null],
  ['ROUND_OFF', 49, 0, null],
];
const goodsBack = (cost: number): Array<[string, number, number, string | null]> => [
  ['STOCK', cost, 0, null],
  ['COGS', 0, cost, null],
];

const POSTINGS: PostingRow[] = [
  ['cash', null, 800, [...TAX_BACK, ['CASH', 0, 1000, null], ...goodsBack(800)]],
  ['upi', null, 0, [...TAX_BACK, ['UPI_CLEARING', 0, 1000, null]]],
  ['card', 'c1', 800, [...TAX_BACK, ['CARD_CLEARING', 0, 1000, null], ...goodsBack(800)]],
  ['bank', null, 800, [...TAX_BACK, ['BANK', 0, 1000, null], ...goodsBack(800)]],
  ['credit', 'c1', 800, [...TAX_BACK, ['DEBTORS', 0, 1000, 'c1'], ...goodsBack(800)]],
  ['credit', 'c2', 1, [...TAX_BACK, ['DEBTORS', 0, 1000, 'c2'], ...goodsBack(1)]],
];

describe('credit note journal by hand (one of three biscuits back, ₹10 refunded)', () => {
  it.each(POSTINGS)('refund by %s to %s at cost %i', (refund, customer, cost, rows) => {
    const journal = creditNotePostings(ONE_OF_THREE, refund, customer, cost);
    expect(journal.map((l) => [l.account, l.debit, l.credit, l.partyId])).toEqual(rows);
  });

  it('refuses a khata credit for a walk-in buyer', () => {
    expect(() => creditNotePostings(ONE_OF_THREE, 'credit', null, 800)).toThrow(expect.objectContaining({ code: 'CUSTOMER_REQUIRED' }));
  });
});
