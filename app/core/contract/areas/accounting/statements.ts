import { z } from 'zod';
import { method } from '../../define';
import { DateRange, Id, IsoDate, NonNegPaise, Paise, FileDownload } from '../../schemas';
import { AccountGroupSchema, AccountCodeSchema, EntryDocument } from './accounts';
import { LedgerRow } from '../khata';

const Account = z.object({ code: z.string(), name: z.string(), group: AccountGroupSchema });

export const TrialBalanceView = DateRange.extend({
  rows: z.array(
    Account.extend({
      type: z.enum(['asset', 'liability', 'equity', 'income', 'expense']),
      partyId: z.string().nullable(),
      partyName: z.string().nullable(),
      /** signed: debit positive */
      openingPaise: Paise,
      debitPaise: NonNegPaise,
      creditPaise: NonNegPaise,
      closingPaise: Paise,
    }),
  ),
  totals: z.object({ openingPaise: Paise, debitPaise: NonNegPaise, creditPaise: NonNegPaise, closingDebitPaise: NonNegPaise, closingCreditPaise: NonNegPaise }),
});

const StatementSection = z.object({
  key: z.string(),
  label: z.string(),
  rows: z.array(z.object({ code: z.string(), name: z.string(), amountPaise: Paise, partyCount: z.int().optional() })),
  totalPaise: Paise,
});

export const ProfitAndLossView = DateRange.extend({
  /** income positive, costs positive: sales, cost of goods sold, purchases, direct expenses; then other income, indirect expenses */
  sections: z.array(StatementSection),
  grossProfitPaise: Paise,
  netProfitPaise: Paise,
});

export const BalanceSheetView = z.object({
  asOf: IsoDate,
  fyFrom: IsoDate,
  assets: z.array(StatementSection),
  liabilities: z.array(StatementSection),
  capital: StatementSection,
  totalAssetsPaise: Paise,
  totalLiabilitiesPaise: Paise,
  /** assets − (liabilities + capital and profit): zero when the books are right */
  differencePaise: Paise,
});

export const LedgerView = DateRange.extend({
  account: Account,
  partyId: z.string().nullable(),
  openingPaise: Paise,
  rows: z.array(LedgerRow),
  debitPaise: NonNegPaise,
  creditPaise: NonNegPaise,
  closingPaise: Paise,
});

export const DayBookView = DateRange.extend({
  entries: z.array(
    z.object({
      id: Id,
      date: IsoDate,
      voucherType: z.string(),
      document: EntryDocument,
      narration: z.string(),
      reversesId: z.string().nullable(),
      amountPaise: NonNegPaise,
      lines: z.array(
        z.object({ account: z.string(), accountName: z.string(), partyId: z.string().nullable(), debitPaise: NonNegPaise, creditPaise: NonNegPaise }),
      ),
    }),
  ),
  totalPaise: NonNegPaise,
});

const Heads = { taxablePaise: Paise, cgstPaise: Paise, sgstPaise: Paise, igstPaise: Paise, cessPaise: Paise };

export const SalesRegisterView = DateRange.extend({
  rows: z.array(
    z.object({
      date: IsoDate,
      id: Id,
      kind: z.enum(['invoice', 'credit_note']),
      number: z.string(),
      status: z.enum(['posted', 'cancelled']),
      customerName: z.string().nullable(),
      gstin: z.string().nullable(),
      placeOfSupply: z.string(),
      ...Heads,
      roundOffPaise: Paise,
      totalPaise: Paise,
    }),
  ),
  totals: z.object({ ...Heads, roundOffPaise: Paise, totalPaise: Paise, invoices: z.int(), creditNotes: z.int(), cancelled: z.int() }),
});

export const PurchaseRegisterView = DateRange.extend({
  rows: z.array(
    z.object({
      date: IsoDate,
      entryId: Id,
      voucherType: z.string().describe('purchase, purchase_return (a debit note, figures negative) or expense / expense_credit'),
      number: z.string().nullable().describe('the supplier’s own bill number; our number for a debit note or an expense voucher'),
      supplierId: z.string().nullable(),
      supplierName: z.string().nullable(),
      supplierGstin: z.string().nullable(),
      supplierDate: IsoDate.nullable().describe('the date on the supplier’s bill'),
      against: z.string().nullable().describe('for a debit note, the supplier’s bill number it returns goods against'),
      ...Heads,
      totalPaise: Paise,
    }),
  ),
  totals: z.object({ ...Heads, totalPaise: Paise }),
});

const OptionalAccount = z.object({ account: AccountCodeSchema.optional() });

/** A book kept for one kind of account (cash, bank): that account's ledger, its usual account unless another is named. */
const accountBook = (summary: string, example: z.input<typeof DateRange>) =>
  method({
    summary,
    access: 'manager',
    params: DateRange.merge(OptionalAccount),
    result: LedgerView,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example,
    reads: ['accounting'],
  });

/** The books' statements: day book, ledgers, trial balance, P&L, balance sheet, registers, Tally. */
export const statementsApi = {
  'accounting.dayBook': method({
    summary: 'Every voucher of the period in order, with its lines: the day book.',
    access: 'manager',
    params: DateRange,
    result: DayBookView,
    errors: ['INVALID_INPUT'],
    example: { from: '2026-11-24', to: '2026-11-24' },
    reads: ['accounting'],
  }),
  'accounting.ledger': method({
    summary: 'The ledger of any account (or one customer’s or supplier’s part of it) for a period, with opening and running balances.',
    access: 'manager',
    params: DateRange.extend({ account: AccountCodeSchema, partyId: Id.optional() }),
    result: LedgerView,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { account: 'SALES', from: '2026-11-01', to: '2026-11-30' },
    reads: ['accounting'],
  }),
  'accounting.cashBook': accountBook('The cash book: the cash account’s ledger with the other side of each entry as particulars.', {
    from: '2026-11-24',
    to: '2026-11-24',
  }),
  'accounting.bankBook': accountBook('The bank book: one bank account’s ledger (BANK unless another is named).', { from: '2026-11-01', to: '2026-11-30' }),
  'accounting.trialBalance': method({
    summary:
      'Trial balance for a period: each account’s opening balance, debits, credits and closing balance; optionally each customer and supplier on its own row.',
    access: 'manager',
    params: DateRange.extend({ byParty: z.boolean().default(false) }),
    result: TrialBalanceView,
    errors: ['INVALID_INPUT'],
    example: { from: '2026-04-01', to: '2026-11-30' },
    reads: ['accounting'],
  }),
  'accounting.profitAndLoss': method({
    summary: 'Profit and loss for a period: sales less returns, cost of goods sold and direct costs (gross profit), other income and expenses (net profit).',
    access: 'manager',
    params: DateRange,
    result: ProfitAndLossView,
    errors: ['INVALID_INPUT'],
    example: { from: '2026-04-01', to: '2026-11-30' },
    reads: ['accounting'],
  }),
  'accounting.balanceSheet': method({
    summary:
      'Balance sheet as on a date: assets, liabilities, capital with this year’s profit; customers in advance and suppliers paid ahead shown on the right side.',
    access: 'manager',
    params: z.object({ asOf: IsoDate }),
    result: BalanceSheetView,
    errors: [],
    example: { asOf: '2026-11-30' },
    reads: ['accounting'],
  }),
  'accounting.salesRegister': method({
    summary: 'Sales register: every bill and credit note of the period with its taxable value and tax heads.',
    access: 'manager',
    params: DateRange,
    result: SalesRegisterView,
    errors: ['INVALID_INPUT'],
    example: { from: '2026-11-01', to: '2026-11-30' },
    reads: ['billing'],
  }),
  'accounting.purchaseRegister': method({
    summary: 'Purchase register: purchase bills with the supplier’s own number, GSTIN and date, debit notes as negatives, and expense bills with input GST.',
    access: 'manager',
    params: DateRange,
    result: PurchaseRegisterView,
    errors: ['INVALID_INPUT'],
    example: { from: '2026-11-01', to: '2026-11-30' },
    reads: ['accounting', 'purchasing'],
  }),
  'accounting.tallyXml': method({
    summary: 'Masters (groups’ ledgers, customers, suppliers) and vouchers of a period as Tally-importable XML for the shop’s accountant.',
    access: 'manager',
    params: DateRange,
    result: FileDownload,
    errors: ['INVALID_INPUT'],
    example: { from: '2026-11-01', to: '2026-11-30' },
    reads: ['accounting', 'billing', 'customers'],
  }),
};
