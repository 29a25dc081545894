import { AppError } from '../contract/errors';
import { formatInr } from '../format/inr';
import type { Paise } from '../money';

/**
 * The khata credit limit, checked in the core whenever a bill puts an amount on a customer's
 * account. A limit of zero means none was set (as in Tally). The owner chooses the policy: 'warn'
 * lets the cashier go on once the counter has shown the warning; 'block' refuses the bill.
 */
export type CreditPolicy = 'warn' | 'block';

export interface CreditCheck {
  balancePaise: Paise;
  limitPaise: Paise;
  /** the balance once this amount is on the khata */
  afterPaise: Paise;
  /** how far past the limit that is (0 when within it or no limit) */
  overByPaise: Paise;
  policy: CreditPolicy;
  /** what the counter shows; null when within the limit */
  message: string | null;
}

export function checkCredit(balancePaise: Paise, limitPaise: Paise, amountPaise: Paise, policy: CreditPolicy, customerName: string): CreditCheck {
  const afterPaise = balancePaise + amountPaise;
  const overByPaise = limitPaise > 0 && amountPaise > 0 ? Math.max(0, afterPaise - limitPaise) : 0;
  const message =
    overByPaise > 0
      ? `${customerName} owes ${formatInr(Math.max(0, balancePaise))}; with this bill it is ${formatInr(afterPaise)}, ${formatInr(overByPaise)} over the credit limit of ${formatInr(limitPaise)}`
      : null;
  return { balancePaise, limitPaise, afterPaise, overByPaise, policy, message };
}

/**
 * At posting: within the limit, or warned and acknowledged, goes through; otherwise CREDIT_LIMIT
 * with the figures, so the counter can ask (warn) or explain (block).
 */
export function enforceCredit(check: CreditCheck, acknowledged: boolean): void {
  if (check.overByPaise === 0) return;
  if (check.policy === 'warn' && acknowledged) return;
  const message =
    check.policy === 'block'
      ? `${check.message}. The owner has set khata to stop at the limit: take part of it in cash or UPI.`
      : `${check.message}. Confirm to put it on khata anyway.`;
  throw new AppError('CREDIT_LIMIT', message, check);
}
