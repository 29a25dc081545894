import { ACCOUNT_GROUP_CODES, type AccountGroup } from '../contract/vocabulary';
import type { AccountType } from './chart';
import { formatDate } from '../format/date';
import { fail } from '../i18n/fail';
import type { Paise } from '../money/index';

/**
 * Trial balance: for each account (and, when asked, each customer and supplier on the control
 * accounts) the opening balance, the period's debits and credits, and the closing balance. The
 * closing debits and credits add up to the same figure when the books balance.
 */
export interface AccountInfo {
  code: string;
  name: string;
  type: AccountType;
  group: AccountGroup;
}

export interface Movement {
  account: string;
  partyId: string;
  openingDebit: Paise;
  openingCredit: Paise;
  debit: Paise;
  credit: Paise;
}

export function checkRange(from: string, to: string): void {
  if (from > to) fail('INVALID_INPUT', 'accounting.periodReversed', { from: formatDate(from), to: formatDate(to) });
}

const groupOrder = (g: AccountGroup) => ACCOUNT_GROUP_CODES.indexOf(g);

export function trialBalance(
  accounts: ReadonlyMap<string, AccountInfo>,
  movements: readonly Movement[],
  partyName: (account: string, partyId: string) => string | null,
) {
  const rows = movements
    .map((m) => {
      const a = accounts.get(m.account) ?? { code: m.account, name: m.account, type: 'asset' as const, group: 'current_assets' as const };
      const opening = m.openingDebit - m.openingCredit;
      return {
        code: a.code,
        name: a.name,
        group: a.group,
        type: a.type,
        partyId: m.partyId || null,
        partyName: m.partyId ? partyName(m.account, m.partyId) : null,
        openingPaise: opening,
        debitPaise: m.debit,
        creditPaise: m.credit,
        closingPaise: opening + m.debit - m.credit,
      };
    })
    .filter((r) => r.openingPaise !== 0 || r.debitPaise !== 0 || r.creditPaise !== 0)
    .sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || a.code.localeCompare(b.code) || (a.partyName ?? '').localeCompare(b.partyName ?? ''));
  const totals = { openingPaise: 0, debitPaise: 0, creditPaise: 0, closingDebitPaise: 0, closingCreditPaise: 0 };
  for (const r of rows) {
    totals.openingPaise += r.openingPaise;
    totals.debitPaise += r.debitPaise;
    totals.creditPaise += r.creditPaise;
    if (r.closingPaise > 0) totals.closingDebitPaise += r.closingPaise;
    else totals.closingCreditPaise -= r.closingPaise;
  }
  return { rows, totals };
}
