import { z } from 'zod';
import { method, readById } from '../../define';
import { AmountPaise, Id, IsoDate, IsoInstant, LIMITS, Paise } from '../../schemas';
import { AccountCodeSchema, JournalEntryView } from './accounts';

/** Money vouchers (receipts, payments, expenses, contra, journal, cash counts): accounting.* methods. */
export const VOUCHER_KINDS = ['receipt', 'payment', 'expense', 'contra', 'journal', 'register'] as const;

export const VoucherView = z.object({
  id: Id,
  number: z.string(),
  kind: z.enum(VOUCHER_KINDS),
  date: IsoDate,
  createdAt: IsoInstant,
  partyType: z.enum(['customer', 'supplier']).nullable(),
  partyId: z.string().nullable(),
  partyName: z.string().nullable(),
  amountPaise: Paise,
  method: z.string(),
  reference: z.string(),
  narration: z.string(),
  reversal: z.object({ at: IsoInstant, reason: z.string(), byUserId: Id }).nullable(),
  entries: z.array(JournalEntryView),
});

export const RegisterView = z.object({
  id: Id,
  businessDate: IsoDate,
  openedAt: IsoInstant,
  openingCountedPaise: Paise,
  openingBookPaise: Paise,
  closedAt: IsoInstant.nullable(),
  closingCountedPaise: Paise.nullable(),
  closingBookPaise: Paise.nullable(),
  /** counted − books: positive is cash over, negative cash short */
  differencePaise: Paise.nullable(),
  status: z.enum(['open', 'closed']),
  /** the audit chain's head when the drawer closed: print it, and a later cut-off of the log shows */
  auditHead: z.string().nullable(),
});

const Common = {
  clientRef: z.string().min(8).max(64).optional().describe('idempotency key: a retry with the same one returns the first voucher'),
  date: IsoDate.optional().describe('defaults to today; must be in an open period'),
  reference: z.string().trim().max(60).default('').describe('cheque, UTR or bill number'),
  narration: z.string().trim().max(200).default(''),
};
const Amount = AmountPaise.min(1).describe('integer paise, more than zero');
const Tax = z.object({
  cgstPaise: AmountPaise.default(0),
  sgstPaise: AmountPaise.default(0),
  igstPaise: AmountPaise.default(0),
  cessPaise: AmountPaise.default(0),
});

export const vouchersApi = {
  'accounting.payment': method({
    summary: 'Pay money out: to a supplier against dues (sundry creditors), or to any account (drawings, a loan, an advance).',
    access: 'manager',
    params: z.object({
      ...Common,
      to: z.union([z.object({ supplierId: Id }), z.object({ account: AccountCodeSchema })]),
      amountPaise: Amount,
      from: AccountCodeSchema.default('CASH').describe('a cash or bank account'),
    }),
    result: VoucherView,
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { to: { account: 'DRAWINGS' }, amountPaise: 200000, from: 'CASH', narration: 'Owner’s household' },
    changes: ['accounting'],
  }),
  'accounting.expense': method({
    summary: 'Book an expense bill (rent, electricity, freight …) with any GST on it as input credit, paid from cash or bank or owed to a supplier.',
    access: 'manager',
    params: z.object({
      ...Common,
      account: AccountCodeSchema.describe('an expense account'),
      amountPaise: Amount.describe('the taxable value of the bill'),
      tax: Tax.default({ cgstPaise: 0, sgstPaise: 0, igstPaise: 0, cessPaise: 0 }),
      paidFrom: AccountCodeSchema.optional().describe('a cash or bank account; leave out with supplierId for a bill on credit'),
      supplierId: Id.optional().describe('the supplier the bill is owed to (on credit)'),
    }),
    result: VoucherView,
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { account: 'ELECTRICITY', amountPaise: 184000, paidFrom: 'CASH', reference: 'MPEB Nov bill' },
    changes: ['accounting'],
  }),
  'accounting.contra': method({
    summary: 'Move money between cash and bank accounts (a deposit, a withdrawal, a transfer).',
    access: 'manager',
    params: z.object({ ...Common, from: AccountCodeSchema, to: AccountCodeSchema, amountPaise: Amount }),
    result: VoucherView,
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { from: 'CASH', to: 'BANK', amountPaise: 1500000, reference: 'Deposit slip 4471' },
    changes: ['accounting'],
  }),
  'accounting.journal': method({
    summary: 'A manual journal voucher: any accounts, debits equal to credits, a customer or supplier on each khata or creditors line.',
    access: 'owner',
    params: z.object({
      ...Common,
      lines: z
        .array(
          z.object({
            account: AccountCodeSchema,
            debitPaise: AmountPaise.default(0),
            creditPaise: AmountPaise.default(0),
            partyId: Id.nullable().default(null),
          }),
        )
        .min(2)
        .max(50),
    }),
    result: VoucherView,
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'PERIOD_CLOSED'],
    example: {
      narration: 'Capital brought in',
      lines: [
        { account: 'BANK', debitPaise: 5000000 },
        { account: 'CAPITAL', creditPaise: 5000000 },
      ],
    },
    changes: ['accounting'],
  }),
  'accounting.reverseVoucher': method({
    summary: 'Correct a voucher by posting its exact reversal today (the voucher and its number stay, marked reversed).',
    access: 'owner',
    params: z.object({ id: Id, reason: z.string().trim().min(3).max(200) }),
    result: VoucherView,
    errors: ['NOT_FOUND', 'ALREADY_CANCELLED', 'INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { id: 'vch-0001', reason: 'Entered twice' },
    changes: ['accounting'],
  }),
  'accounting.voucher': readById({
    summary: 'One voucher with its journal entries.',
    access: 'manager',
    result: VoucherView,
    exampleId: 'vch-0001',
    reads: ['accounting'],
  }),
  'accounting.vouchers': method({
    summary: 'Vouchers of a date range, newest first.',
    access: 'manager',
    params: z.object({ from: IsoDate, to: IsoDate, kind: z.enum(VOUCHER_KINDS).optional(), limit: z.int().min(1).max(1000).default(200) }),
    result: z.array(VoucherView.omit({ entries: true })),
    errors: [],
    example: { from: '2026-11-01', to: '2026-11-30' },
    reads: ['accounting'],
  }),
  'accounting.register': method({
    summary: 'The cash drawer: the open register (if any) and the cash the books expect in it now.',
    access: 'staff',
    params: z.object({}),
    result: z.object({ open: RegisterView.nullable(), bookCashPaise: Paise, last: RegisterView.nullable() }),
    errors: [],
    example: {},
    reads: ['accounting'],
  }),
  'accounting.openRegister': method({
    summary: 'Open the cash drawer for the day with the cash counted in it; a difference from the books posts to cash over and short.',
    access: 'staff',
    params: z.object({
      countedPaise: AmountPaise,
      denominations: z.record(z.string().max(8), z.int().min(0).max(LIMITS.count)).optional().describe('count of each note and coin, e.g. {"500": 4}'),
    }),
    result: RegisterView,
    errors: ['DUPLICATE', 'PERIOD_CLOSED'],
    example: { countedPaise: 200000 },
    changes: ['accounting'],
  }),
  'accounting.closeRegister': method({
    summary: 'Close the cash drawer with the cash counted: cash over or short against the books is posted, and the day’s audit head is kept.',
    access: 'staff',
    params: z.object({ countedPaise: AmountPaise, denominations: z.record(z.string().max(8), z.int().min(0).max(LIMITS.count)).optional() }),
    result: RegisterView,
    errors: ['NOT_FOUND', 'PERIOD_CLOSED'],
    example: { countedPaise: 200000 },
    changes: ['accounting'],
  }),
};
