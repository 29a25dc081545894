import { fail } from '../i18n/fail';
import type { Paise } from '../money';
import { PARTY_ACCOUNTS, type AccountCode } from './chart';
import { balanced, cr, dr, signed, type Balanced } from './posting';

/**
 * The journals of money vouchers. Every one goes through balanced(); the services check first
 * that the accounts named exist and are of the right kind (money, expense …).
 */
export interface TaxHeads {
  cgstPaise: Paise;
  sgstPaise: Paise;
  igstPaise: Paise;
  cessPaise: Paise;
}

export const NO_TAX: TaxHeads = { cgstPaise: 0, sgstPaise: 0, igstPaise: 0, cessPaise: 0 };

type NotPositive =
  | 'accounting.receivedNotPositive'
  | 'accounting.paidNotPositive'
  | 'accounting.expenseNotPositive'
  | 'accounting.movedNotPositive'
  | 'accounting.settlementNotPositive';

function positive(amount: Paise, refusal: NotPositive): Paise {
  if (!Number.isSafeInteger(amount) || amount <= 0) fail('INVALID_INPUT', refusal);
  return amount;
}

/** A customer pays against khata: money in, debtors down (past zero it is an advance). */
export function receiptPostings(customerId: string, amount: Paise, into: AccountCode): Balanced {
  positive(amount, 'accounting.receivedNotPositive');
  return balanced([dr(into, amount), cr('DEBTORS', amount, customerId)]);
}

/** Paying a supplier against dues: creditors down, money out. */
export function supplierPaymentPostings(supplierId: string, amount: Paise, from: AccountCode): Balanced {
  positive(amount, 'accounting.paidNotPositive');
  return balanced([dr('CREDITORS', amount, supplierId), cr(from, amount)]);
}

/** Paying out to any account: drawings, a loan, an advance. */
export function accountPaymentPostings(account: AccountCode, amount: Paise, from: AccountCode): Balanced {
  positive(amount, 'accounting.paidNotPositive');
  if (account === from) fail('INVALID_INPUT', 'accounting.payToSameAccount');
  return balanced([dr(account, amount), cr(from, amount)]);
}

/** Where an expense is settled: paid from a money account, or owed to a supplier (on credit). */
export type Settlement = { from: AccountCode } | { supplierId: string };

/** An expense bill: the expense at its taxable value, its GST as input credit, paid or owed. */
export function expensePostings(account: AccountCode, taxable: Paise, tax: TaxHeads, settlement: Settlement): Balanced {
  positive(taxable, 'accounting.expenseNotPositive');
  for (const v of Object.values(tax)) if (!Number.isSafeInteger(v) || v < 0) fail('INVALID_INPUT', 'accounting.taxNegative');
  if (tax.igstPaise > 0 && (tax.cgstPaise > 0 || tax.sgstPaise > 0)) fail('INVALID_INPUT', 'accounting.igstOrCgst');
  if (tax.cgstPaise !== tax.sgstPaise) fail('INVALID_INPUT', 'accounting.cgstEqualsSgst');
  const total = taxable + tax.cgstPaise + tax.sgstPaise + tax.igstPaise + tax.cessPaise;
  const owed = 'from' in settlement ? cr(settlement.from, total) : cr('CREDITORS', total, settlement.supplierId);
  return balanced([
    dr(account, taxable),
    dr('INPUT_CGST', tax.cgstPaise),
    dr('INPUT_SGST', tax.sgstPaise),
    dr('INPUT_IGST', tax.igstPaise),
    dr('INPUT_CESS', tax.cessPaise),
    owed,
  ]);
}

/** Contra: money moved between cash and bank (a deposit, a withdrawal, a transfer). */
export function contraPostings(from: AccountCode, to: AccountCode, amount: Paise): Balanced {
  positive(amount, 'accounting.movedNotPositive');
  if (from === to) fail('INVALID_INPUT', 'accounting.contraSameAccount');
  return balanced([dr(to, amount), cr(from, amount)]);
}

export interface JournalLineInput {
  account: AccountCode;
  debitPaise: Paise;
  creditPaise: Paise;
  partyId: string | null;
}

/** A manual journal: any accounts, but balanced, one side per line, and parties on the control accounts. */
export function journalPostings(lines: readonly JournalLineInput[]): Balanced {
  lines.forEach((l, i) => {
    const where = { line: i + 1, account: l.account };
    if (!Number.isSafeInteger(l.debitPaise) || !Number.isSafeInteger(l.creditPaise) || l.debitPaise < 0 || l.creditPaise < 0) {
      fail('INVALID_INPUT', 'accounting.lineAmountWhole', { line: i + 1 }, where);
    }
    if (l.debitPaise > 0 === l.creditPaise > 0) fail('INVALID_INPUT', 'accounting.lineOneSide', { line: i + 1 }, where);
    if (Object.hasOwn(PARTY_ACCOUNTS, l.account) && !l.partyId) {
      fail('INVALID_INPUT', l.account === 'DEBTORS' ? 'accounting.lineNeedsCustomer' : 'accounting.lineNeedsSupplier', { line: i + 1 }, where);
    }
  });
  return balanced(
    lines.map((l) => ({
      account: l.account,
      debit: l.debitPaise,
      credit: l.creditPaise,
      partyId: Object.hasOwn(PARTY_ACCOUNTS, l.account) ? l.partyId : null,
    })),
  );
}

/** Counted cash against the books: more is income on cash over and short, less is a loss on it; null when they agree. */
export function cashCountPostings(countedPaise: Paise, bookPaise: Paise): Balanced | null {
  const over = countedPaise - bookPaise;
  if (over === 0) return null;
  return balanced([signed('CASH', over), signed('CASH_OVER_SHORT', -over)]);
}

/**
 * A UPI or card settlement reaching the bank: the collections leave clearing, the bank gets what
 * arrived, and the difference is the provider's charge.
 */
export function settlementPostings(bank: AccountCode, clearing: AccountCode, collectedPaise: Paise, receivedPaise: Paise): Balanced {
  positive(receivedPaise, 'accounting.settlementNotPositive');
  if (receivedPaise > collectedPaise) fail('INVALID_INPUT', 'accounting.settlementAboveCollected');
  return balanced([dr(bank, receivedPaise), dr('BANK_CHARGES', collectedPaise - receivedPaise), cr(clearing, collectedPaise)]);
}
