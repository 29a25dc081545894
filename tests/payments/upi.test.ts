import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUpiLink, upiAmount, upiPayLink } from '../../app/core/payments/upi';

describe('UPI pay links', () => {
  it('builds an NPCI link with a two-decimal amount and encoded values', () => {
    const link = upiPayLink({
      vpa: 'sharmastore@upi',
      payeeName: 'Sharma General Store',
      amountPaise: 24550,
      note: 'Bill C1/2627/00042',
      ref: 'C1/2627/00042',
      mcc: '5411',
    });
    expect(link).toBe('upi://pay?pa=sharmastore%40upi&pn=Sharma%20General%20Store&mc=5411&tr=C1%2F2627%2F00042&tn=Bill%20C1%2F2627%2F00042&am=245.50&cu=INR');
    expect(parseUpiLink(link)).toMatchObject({ pa: 'sharmastore@upi', am: '245.50', cu: 'INR', tr: 'C1/2627/00042' });
  });
  it('leaves the amount out for a static QR', () => {
    expect(upiPayLink({ vpa: 'a.b@okaxis', payeeName: 'A & B' })).toBe('upi://pay?pa=a.b%40okaxis&pn=A%20%26%20B&cu=INR');
  });
  it('never writes a float artefact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (p) => {
        const am = upiAmount(p);
        expect(am).toMatch(/^\d+\.\d{2}$/);
        expect(Number(am.replace('.', ''))).toBe(p);
      }),
    );
    expect(upiAmount(5)).toBe('0.05');
  });
  it('refuses a bad VPA or amount', () => {
    expect(() => upiPayLink({ vpa: 'not-a-vpa', payeeName: 'x' })).toThrow();
    expect(() => upiAmount(0)).toThrow();
  });
});
