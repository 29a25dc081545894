import { z } from 'zod';
import { FILE_BODY_BYTES, method } from '../define';
import { Id, IsoDate, Paise } from '../schemas';
import { AccountCodeSchema } from './accounting/accounts';

export const BankLineView = z.object({
  id: Id,
  statementId: Id,
  date: IsoDate,
  narration: z.string(),
  reference: z.string(),
  /** a deposit is positive, a withdrawal negative */
  amountPaise: Paise,
  balancePaise: Paise.nullable(),
  match: z
    .object({ entryId: Id, seq: z.int(), how: z.enum(['auto', 'manual', 'posted']), voucherType: z.string(), narration: z.string(), date: IsoDate })
    .nullable(),
});

export const BookLineView = z.object({
  entryId: Id,
  seq: z.int(),
  date: IsoDate,
  voucherType: z.string(),
  narration: z.string(),
  reference: z.string(),
  amountPaise: Paise,
});

export const ReconciliationView = z.object({
  account: z.string(),
  asOf: IsoDate,
  bookBalancePaise: Paise,
  /** book credits (payments, cheques issued) the bank has not shown yet */
  notPresented: z.array(BookLineView),
  /** book debits (deposits, settlements) the bank has not credited yet */
  notCredited: z.array(BookLineView),
  /** statement lines not in the books yet (charges, interest, direct credits) */
  bankOnly: z.array(BankLineView),
  computedBankBalancePaise: Paise,
  statementBalancePaise: Paise.nullable(),
  differencePaise: Paise.nullable(),
});

const Account = AccountCodeSchema.default('BANK').describe('a bank account; BANK unless another is named');

export const bankApi = {
  'bank.import': method({
    summary:
      'Import a bank statement CSV (HDFC, SBI, ICICI style exports: date, narration, reference, withdrawal, deposit, balance) and auto-match UPI/card settlements and payments. The same lines imported twice are refused as a duplicate.',
    access: 'manager',
    params: z.object({ account: Account, fileName: z.string().min(1).max(120), csv: z.string().min(1).max(5_000_000) }),
    result: z.object({
      statementId: Id,
      imported: z.int(),
      skipped: z.int().describe('lines already imported from an earlier statement'),
      autoMatched: z.int(),
      from: IsoDate,
      to: IsoDate,
    }),
    errors: ['INVALID_INPUT', 'DUPLICATE', 'NOT_FOUND'],
    example: {
      fileName: 'hdfc-nov-2026.csv',
      csv: 'Date,Narration,Chq./Ref.No.,Value Dt,Withdrawal Amt.,Deposit Amt.,Closing Balance\n24/11/26,CASH DEPOSIT SADAR BAZAR BR,4471,24/11/26,,15000.00,15000.00\n24/11/26,SMS CHARGES,,24/11/26,17.70,,14982.30\n',
    },
    changes: ['bank', 'accounting'],
    maxBodyBytes: FILE_BODY_BYTES,
  }),
  'bank.lines': method({
    summary: 'Statement lines of a bank account with what each is matched to.',
    access: 'manager',
    params: z.object({ account: Account, from: IsoDate.optional(), to: IsoDate.optional(), unmatchedOnly: z.boolean().default(false) }),
    result: z.array(BankLineView),
    errors: [],
    example: { unmatchedOnly: true },
    reads: ['bank', 'accounting'],
  }),
  'bank.candidates': method({
    summary: 'Book entries on the bank account that a statement line could be (same amount, near in date), best first.',
    access: 'manager',
    params: z.object({ bankLineId: Id }),
    result: z.array(BookLineView),
    errors: ['NOT_FOUND'],
    example: { bankLineId: 'bkl-0001' },
    reads: ['bank', 'accounting'],
  }),
  'bank.unmatch': method({
    summary: 'Undo a statement line’s match (an entry the match posted stays: reverse it separately if it was wrong).',
    access: 'manager',
    params: z.object({ bankLineId: Id }),
    result: BankLineView,
    errors: ['NOT_FOUND'],
    example: { bankLineId: 'bkl-0001' },
    changes: ['bank'],
  }),
  'bank.match': method({
    summary: 'Match a statement line to a book entry by hand.',
    access: 'manager',
    params: z.object({ bankLineId: Id, entryId: Id, seq: z.int().min(1).max(10_000) }),
    result: BankLineView,
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'DUPLICATE'],
    example: { bankLineId: 'bkl-0001', entryId: 'je-0009', seq: 1 },
    changes: ['bank'],
  }),
  'bank.post': method({
    summary: 'Book a statement line the books do not have yet (bank charges, interest, a customer’s transfer, a supplier paid by NEFT) and match it.',
    access: 'manager',
    params: z.object({
      bankLineId: Id,
      account: AccountCodeSchema.describe('the other side: BANK_CHARGES, INTEREST_RECEIVED, DEBTORS, CREDITORS …'),
      partyId: Id.optional().describe('the customer (DEBTORS) or supplier (CREDITORS)'),
      narration: z.string().trim().max(200).default(''),
    }),
    result: BankLineView,
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'DUPLICATE', 'PERIOD_CLOSED'],
    example: { bankLineId: 'bkl-0002', account: 'BANK_CHARGES', narration: 'SMS charges' },
    changes: ['bank', 'accounting'],
  }),
  'bank.reconciliation': method({
    summary:
      'Bank reconciliation statement as on a date: balance as per books, items not yet through the bank, items not yet in the books, balance as per the statement.',
    access: 'manager',
    params: z.object({ account: Account, asOf: IsoDate }),
    result: ReconciliationView,
    errors: ['NOT_FOUND'],
    example: { asOf: '2026-11-30' },
    reads: ['bank', 'accounting'],
  }),
};
