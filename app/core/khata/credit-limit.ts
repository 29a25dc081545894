import type { Lang } from '../contract/vocabulary';
import { fail, say } from '../i18n/fail';
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

const figures = (check: Omit<CreditCheck, 'message'>, customer: string) => ({
  customer,
  owes: formatInr(Math.max(0, check.balancePaise)),
  after: formatInr(check.afterPaise),
  over: formatInr(check.overByPaise),
  limit: formatInr(check.limitPaise),
});

export function checkCredit(
  balancePaise: Paise,
  limitPaise: Paise,
  amountPaise: Paise,
  policy: CreditPolicy,
  customerName: string,
  lang: Lang = 'en',
): CreditCheck {
  const afterPaise = balancePaise + amountPaise;
  const overByPaise = limitPaise > 0 && amountPaise > 0 ? Math.max(0, afterPaise - limitPaise) : 0;
  const check = { balancePaise, limitPaise, afterPaise, overByPaise, policy };
  return { ...check, message: overByPaise > 0 ? say(lang, 'khata.overLimit', figures(check, customerName)) : null };
}

/**
 * At posting: within the limit, or warned and acknowledged, goes through; otherwise CREDIT_LIMIT
 * with the figures, so the counter can ask (warn) or explain (block).
 */
export function enforceCredit(check: CreditCheck, acknowledged: boolean, customerName: string): void {
  if (check.overByPaise === 0) return;
  if (check.policy === 'warn' && acknowledged) return;
  fail('CREDIT_LIMIT', check.policy === 'block' ? 'khata.overLimitBlock' : 'khata.overLimitWarn', figures(check, customerName), check);
}
