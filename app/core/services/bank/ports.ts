import type { z } from 'zod';
import type { ParsedBankLine } from '../../bank/statement';
import type { BankLineView, BookLineView } from '../../contract/index';

/** The repositories this area owns in the Store (db/repos/bank). */
export interface BankStore {
  bank: BankRepo;
}

export interface NewBankStatement {
  id: string;
  account: string;
  fileName: string;
  importedAt: string;
  importedBy: string;
  from: string;
  to: string;
  closingBalancePaise: number | null;
  lines: Array<ParsedBankLine & { id: string; lineKey: string }>;
}

export interface BankRepo {
  existingKeys(account: string, keys: readonly string[]): Set<string>;
  insertStatement(s: NewBankStatement): void;
  line(id: string): (z.output<typeof BankLineView> & { account: string }) | undefined;
  lines(account: string, from: string | null, to: string | null, unmatchedOnly: boolean): Array<z.output<typeof BankLineView>>;
  /** journal lines on the bank account not matched to a statement line */
  unmatchedBookLines(account: string, upTo: string | null): Array<z.output<typeof BookLineView>>;
  bookLine(entryId: string, seq: number): (z.output<typeof BookLineView> & { account: string; matched: boolean }) | undefined;
  match(m: { bankLineId: string; entryId: string; seq: number; how: 'auto' | 'manual' | 'posted'; at: string; userId: string | null }): void;
  unmatch(bankLineId: string): void;
  /** days with UPI or card collections on a clearing account not yet settled to the bank */
  unsettledDays(clearing: string, upTo: string): Array<{ date: string; amountPaise: number }>;
  markSettled(clearing: string, dates: readonly string[], entryId: string): void;
  /** for the reconciliation: book lines dated ≤ asOf whose statement line is missing or later, and the other way round */
  openAsOf(
    account: string,
    asOf: string,
  ): { book: Array<z.output<typeof BookLineView>>; bank: Array<z.output<typeof BankLineView>>; statementBalancePaise: number | null };
}
