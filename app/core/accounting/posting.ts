import { formatInr } from '../format/inr';
import { fail, internalFault } from '../i18n/fail';
import { sum, type Paise } from '../money';
import type { AccountCode } from './chart';

/**
 * The one posting builder: every journal entry in the books goes through `balanced()`,
 * which proves debit = credit before anything is written. Corrections are `reversal()`s.
 */
export interface PostingLine {
  account: AccountCode;
  debit: Paise;
  credit: Paise;
  /** a customer or supplier id, for sub-ledgers such as khata */
  partyId: string | null;
}

export const dr = (account: AccountCode, amount: Paise, partyId: string | null = null): PostingLine => ({ account, debit: amount, credit: 0, partyId });
export const cr = (account: AccountCode, amount: Paise, partyId: string | null = null): PostingLine => ({ account, debit: 0, credit: amount, partyId });

/** Signed amount on an account: positive goes to the debit side, negative to the credit side. */
export const signed = (account: AccountCode, amount: Paise, partyId: string | null = null): PostingLine =>
  amount >= 0 ? dr(account, amount, partyId) : cr(account, -amount, partyId);

declare const proven: unique symbol;

/**
 * Lines that `balanced()` (or `reversal()`) has proved: the only kind the journal accepts, so an
 * entry that skipped the proof does not compile. The mark exists only for the compiler.
 */
export type Balanced = readonly PostingLine[] & { readonly [proven]: true };

export function balanced(lines: readonly PostingLine[]): Balanced {
  const kept = lines.filter((l) => l.debit !== 0 || l.credit !== 0);
  for (const l of kept) {
    if (!Number.isSafeInteger(l.debit) || !Number.isSafeInteger(l.credit) || l.debit < 0 || l.credit < 0 || (l.debit > 0 && l.credit > 0)) {
      internalFault(`Malformed posting line on ${l.account}`, l);
    }
  }
  const debit = sum(kept.map((l) => l.debit));
  const credit = sum(kept.map((l) => l.credit));
  if (debit !== credit) fail('INVALID_INPUT', 'accounting.entryUnbalanced', { debit: formatInr(debit), credit: formatInr(credit) }, { debit, credit });
  if (kept.length < 2) fail('INVALID_INPUT', 'accounting.entryTooShort');
  // The one place lines become Balanced: just proved above.
  const proved: readonly PostingLine[] = kept;
  return proved as Balanced;
}

/** The entry that undoes `lines`: every debit becomes a credit and the other way round. */
export function reversal(lines: readonly PostingLine[]): Balanced {
  return balanced(lines.map((l) => ({ ...l, debit: l.credit, credit: l.debit })));
}

/**
 * The most any account may hold or any bill may come to, in paise: ₹1 lakh crore. Far past any
 * shop, and low enough that a statement adding up every account of the chart stays an exact
 * integer (2^53 is about 90 times this).
 */
export const BOOKS_LIMIT_PAISE = 100_000_000_000_000;

/**
 * Refuses an entry that would take an account's balance past BOOKS_LIMIT_PAISE either way:
 * `balanceOf` is the account's balance before the entry. Checked before anything is written,
 * so the books never hold a sum that statements cannot add exactly.
 */
export function checkBooksRange(lines: readonly PostingLine[], balanceOf: (account: string) => number): void {
  const deltas = new Map<string, number>();
  for (const l of lines) deltas.set(l.account, (deltas.get(l.account) ?? 0) + l.debit - l.credit);
  for (const [account, delta] of deltas) {
    const after = balanceOf(account) + delta;
    if (!Number.isSafeInteger(after) || Math.abs(after) > BOOKS_LIMIT_PAISE) {
      fail('INVALID_INPUT', 'accounting.beyondBooksLimit', { limit: formatInr(BOOKS_LIMIT_PAISE) }, { account });
    }
  }
}
