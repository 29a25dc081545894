import { MONEY_GROUPS, type PartyType } from '../../accounting/chart';
import type { AccountGroup } from '../../contract/vocabulary';
import { assertOpenPeriod } from '../../accounting/period';
import type { PostingLine } from '../../accounting/posting';
import type { DocKind } from '../../billing/numbering';
import { takeDocNumber } from '../shop/numbers';
import { financialYearOf, localDate } from '../../calendar/fy';
import { fail } from '../../i18n/fail';
import { found } from '../guards';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { PartyInfo } from '../khata/ports';

/** What every voucher service needs: today, the open period, the next number, accounts checked by kind. */
export const today = (deps: ServiceDeps) => localDate(deps.clock.now());

export function fyStartMonth(deps: ServiceDeps): number {
  return deps.store.shop.get().fyStartMonth;
}

/** The date a voucher is posted on: given or today, never in a closed period, never in the future. */
export function postingDate(deps: ServiceDeps, date: string | undefined): string {
  const now = today(deps);
  const d = date ?? now;
  if (d > now) fail('INVALID_INPUT', 'accounting.futureDate');
  assertOpenPeriod(d, deps.store.accountingSettings.get().closedUpto);
  return d;
}

/** The next number of the device's series for a kind, in the date's financial year. Call inside the transaction. */
export function nextNumber(deps: ServiceDeps, ctx: CallContext, kind: DocKind, date: string): { number: string; fy: string } {
  const fy = financialYearOf(date, fyStartMonth(deps)).short;
  return { number: takeDocNumber(deps, ctx.device.code, kind, fy), fy };
}

export function account(deps: ServiceDeps, code: string) {
  const a = found(deps.store.accounts.get(code), 'Account');
  if (!a.active) fail('INVALID_INPUT', 'accounting.accountRetired', { account: a.name });
  return a;
}

/** A cash, bank or clearing account: where money is paid from or into. */
export function moneyAccount(deps: ServiceDeps, code: string) {
  const a = account(deps, code);
  if (!MONEY_GROUPS.includes(a.group)) fail('INVALID_INPUT', 'accounting.notMoneyAccount', { account: a.name });
  return a;
}

export function accountOfGroups(
  deps: ServiceDeps,
  code: string,
  groups: readonly AccountGroup[],
  refusal: 'accounting.notBankAccount' | 'accounting.notCashAccount' | 'accounting.notExpenseAccount',
) {
  const a = account(deps, code);
  if (!groups.includes(a.group)) fail('INVALID_INPUT', refusal, { account: a.name });
  return a;
}

/** What an expense bill may be booked to: expense heads, and assets bought (a fridge, a deposit). */
export const EXPENSE_GROUPS: readonly AccountGroup[] = ['purchases', 'direct_expenses', 'indirect_expenses', 'fixed_assets', 'current_assets'];

export function party(deps: ServiceDeps, type: PartyType, id: string): PartyInfo {
  return found(type === 'customer' ? deps.store.parties.customer(id) : deps.store.parties.supplier(id), type === 'customer' ? 'Customer' : 'Supplier');
}

/** Checks each line's account exists, is active, and names a party of the right kind on a control account. */
export function checkLines(deps: ServiceDeps, lines: readonly PostingLine[]): void {
  for (const l of lines) {
    account(deps, l.account);
    if (l.account === 'DEBTORS' && l.partyId) party(deps, 'customer', l.partyId);
    if (l.account === 'CREDITORS' && l.partyId) party(deps, 'supplier', l.partyId);
  }
}
