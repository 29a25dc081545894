import { describe, expect, it } from 'vitest';
import { khataReminder } from '../../app/core/khata/reminder';

/* The reminder's amount: the rupee sign in a Hindi message (sent as Unicode anyway), Rs. in an English SMS. */
const input = {
  shopName: 'Sharma Kirana',
  shopPhone: '9826000000',
  upiVpa: 'sharma@upi',
  customerName: 'Anita',
  customerPhone: '9893012345',
  duePaise: 123450,
  asOf: '2026-11-24',
  oldestDue: '2026-10-02',
};

describe('the khata reminder says the amount in its language’s way', () => {
  it('Hindi: ₹1,234.50, no Rs.', () => {
    const text = khataReminder({ ...input, lang: 'hi' }).text;
    expect(text).toContain('₹1,234.50');
    expect(text).not.toContain('Rs.');
  });
  it('English: Rs. 1,234.50', () => {
    expect(khataReminder({ ...input, lang: 'en' }).text).toContain('Rs. 1,234.50');
  });
});
