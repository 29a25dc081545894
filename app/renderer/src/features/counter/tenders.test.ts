import { describe, expect, it } from 'vitest';
import { EMPTY_TENDERS, planTenders } from './tenders';

describe('payment panel tenders', () => {
  it('takes exact cash when nothing is typed', () => {
    expect(planTenders(42300, EMPTY_TENDERS)).toEqual({
      tenders: [{ method: 'cash', amountPaise: 42300, tenderedPaise: 42300 }],
      changePaise: 0,
      remainingPaise: 0,
      error: null,
    });
  });
  it('splits UPI and cash with change', () => {
    const plan = planTenders(42300, { ...EMPTY_TENDERS, upi: '200', cash: '250' });
    expect(plan.tenders).toEqual([
      { method: 'upi', amountPaise: 20000 },
      { method: 'cash', amountPaise: 22300, tenderedPaise: 25000 },
    ]);
    expect(plan.changePaise).toBe(2700);
  });
  it('puts the whole bill on khata', () => {
    expect(planTenders(42300, { ...EMPTY_TENDERS, credit: '423' }).tenders).toEqual([{ method: 'credit', amountPaise: 42300 }]);
  });
  it('says when cash is short or the amounts are wrong', () => {
    expect(planTenders(42300, { ...EMPTY_TENDERS, cash: '400' })).toMatchObject({ remainingPaise: 2300, error: 'Cash received is less than the cash to pay' });
    expect(planTenders(42300, { ...EMPTY_TENDERS, upi: '500' }).error).toMatch(/more than the bill/);
    expect(planTenders(42300, { ...EMPTY_TENDERS, upi: 'abc' }).error).toMatch(/not an amount/);
  });
});
