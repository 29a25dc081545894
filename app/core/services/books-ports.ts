import type { z } from 'zod';
import type { AccountGroup, AccountType, PartyType } from '../accounting/chart';
import type { CreditLine, CreditTotals, RefundMethod, ReturnableLine, ReturnedSoFar } from '../accounting/credit-note';
import type { PostingLine } from '../accounting/posting';
import type { ChainCheck, ChainedAuditRow } from '../audit/chain';
import type { ParsedBankLine } from '../bank/statement';
import type { GstRateRow } from '../gst/rates';
import type { DocSeries, GstSummaryRow, ReturnCreditNote, ReturnInvoice } from '../gst/return-docs';
import type { Heads, TaxOnly } from '../gst/heads';
import type { StockMove } from '../inventory/moves';
import type {
  AccountView,
  BankLineView,
  BookLineView,
  BooksSettings,
  ConsolidatedView,
  CreditNoteView,
  DayBookView,
  EntryDocument,
  JournalEntryView,
  KhataCustomer,
  LedgerRow,
  RegisterView,
  SalesRegisterView,
  StockMoveView,
  VoucherView,
} from '../contract';

/**
 * The ports of the books (issue #3): what its services need from the Store, beside ports.ts.
 * db/ implements them on SQLite. Amounts are integer paise; dates are the shop's ISO dates.
 */
export type Settings = z.output<typeof BooksSettings>;
export type Voucher = z.output<typeof VoucherView>;
export type CreditNote = z.output<typeof CreditNoteView>;

export interface BooksRepo {
  settings(): Settings;
  updateSettings(s: Settings, at: string): void;
  accounts(includeInactive: boolean): Array<z.output<typeof AccountView>>;
  account(code: string): { code: string; name: string; type: AccountType; group: AccountGroup; system: boolean; active: boolean } | undefined;
  insertAccount(a: { code: string; name: string; type: AccountType; group: AccountGroup; createdAt: string }): void;
  updateAccount(code: string, patch: { name?: string; group?: AccountGroup; type?: AccountType; active?: boolean }): void;
}

export interface NewVoucher {
  id: string;
  clientRef: string | null;
  number: string;
  fy: string;
  kind: Voucher['kind'];
  date: string;
  createdAt: string;
  userId: string;
  partyType: PartyType | null;
  partyId: string | null;
  amountPaise: number;
  method: string;
  reference: string;
  narration: string;
}

export interface VouchersRepo {
  insert(v: NewVoucher): void;
  idByClientRef(clientRef: string): string | undefined;
  view(id: string): Voucher | undefined;
  list(from: string, to: string, kind: Voucher['kind'] | undefined, limit: number): Array<Omit<Voucher, 'entries'>>;
  markReversed(id: string, r: { at: string; userId: string; reason: string }): void;
}

export interface RegistersRepo {
  open(): z.output<typeof RegisterView> | undefined;
  last(): z.output<typeof RegisterView> | undefined;
  insert(r: {
    id: string;
    deviceId: string;
    businessDate: string;
    openedAt: string;
    openedBy: string;
    openingCountedPaise: number;
    openingBookPaise: number;
    denominations: unknown;
  }): void;
  close(id: string, c: { closedAt: string; closedBy: string; countedPaise: number; bookPaise: number; denominations: unknown }): void;
  view(id: string): z.output<typeof RegisterView> | undefined;
}

export interface InvoiceForReturn {
  id: string;
  number: string;
  date: string;
  status: 'posted' | 'cancelled';
  docType: 'tax_invoice' | 'bill_of_supply';
  supply: 'intra' | 'inter';
  placeOfSupply: string;
  customerId: string | null;
  lines: ReturnableLine[];
}

export interface NewCreditNote {
  id: string;
  clientRef: string;
  number: string;
  fy: string;
  date: string;
  createdAt: string;
  userId: string;
  deviceId: string;
  invoice: InvoiceForReturn;
  reason: string;
  refund: RefundMethod;
  lines: ReadonlyArray<CreditLine & { costPaise: number }>;
  totals: CreditTotals;
  costPaise: number;
}

export interface CreditNotesRepo {
  invoiceForReturn(invoiceId: string): InvoiceForReturn | undefined;
  /** what earlier credit notes took from each line of the bill, by the bill's line number */
  returnedSoFar(invoiceId: string): Map<number, ReturnedSoFar>;
  idByClientRef(clientRef: string): string | undefined;
  insert(note: NewCreditNote): void;
  view(id: string): CreditNote | undefined;
  forInvoice(invoiceId: string): Array<{ id: string; number: string; date: string; totalPaise: number }>;
  /** the bill's own sale moves, oldest first, whole (every column) */
  saleMoves(invoiceId: string): Array<z.output<typeof StockMoveView> & StockMove>;
}

export interface PartyInfo {
  type: PartyType;
  id: string;
  name: string;
  phone: string;
  gstin: string | null;
  stateCode: string | null;
}

export interface LedgerQuery {
  account: string;
  partyId: string | null;
  from: string;
  to: string;
}

export interface BooksLedgerRepo {
  /** Σ debit − Σ credit of an account (one party's part when partyId is given) on entries dated before `date` */
  balanceBefore(account: string, partyId: string | null, date: string): number;
  /** same, every date */
  balance(account: string, partyId: string | null): number;
  rows(q: LedgerQuery): Array<Omit<z.output<typeof LedgerRow>, 'balancePaise'>>;
  /** per account (and party, when asked) Σ debit and Σ credit before `from` and within [from, to] */
  movements(
    from: string,
    to: string,
    byParty: boolean,
  ): Array<{ account: string; partyId: string; openingDebit: number; openingCredit: number; debit: number; credit: number }>;
  /** per account and party Σ debit − Σ credit up to `asOf` */
  balancesAsOf(asOf: string, byParty: boolean): Array<{ account: string; partyId: string; balance: number }>;
  /** a party's daily debits and credits on a control account, in date order */
  partyDays(account: 'DEBTORS' | 'CREDITORS', asOf: string, partyId?: string): Map<string, Array<{ date: string; debit: number; credit: number }>>;
  dayBook(from: string, to: string): z.output<typeof DayBookView>['entries'];
  entry(id: string): (z.output<typeof JournalEntryView> & { document: z.output<typeof EntryDocument>; createdAt: string }) | undefined;
  /** expense-bill entries of the period (paid or on a supplier's credit) with their lines, for the purchase register */
  expenseEntries(from: string, to: string): Array<{ entryId: string; date: string; voucherType: string; number: string | null; lines: PostingLine[] }>;
  /** the journal of a period with document numbers, for Tally */
  journal(
    from: string,
    to: string,
  ): Array<{
    id: string;
    date: string;
    voucherType: string;
    narration: string;
    document: z.output<typeof EntryDocument>;
    reversesId: string | null;
    lines: PostingLine[];
  }>;
}

export interface PartiesRepo {
  customer(id: string): PartyInfo | undefined;
  /** a supplier from #4's suppliers master when it is there; before the merge, any id on the creditors ledger */
  supplier(id: string): PartyInfo | undefined;
  names(type: PartyType, ids: readonly string[]): Map<string, PartyInfo>;
  khataCustomers(q: string, dueOnly: boolean, limit: number): Array<z.output<typeof KhataCustomer>>;
  setCreditLimit(customerId: string, limitPaise: number): void;
}

/** A purchase bill (the supplier's number and date) or our debit note against one, as the returns read it. */
export interface PurchaseDocRow extends Heads {
  id: string;
  entryId: string;
  kind: 'bill' | 'return';
  number: string;
  /** for a debit note, the supplier's number of the bill it returns goods against */
  againstNumber: string | null;
  supplierId: string;
  supplierName: string;
  supplierGstin: string | null;
  date: string;
  supplierDate: string | null;
  totalPaise: number;
}

export interface GstRepo {
  rateTable(): readonly GstRateRow[];
  upsertRate(r: GstRateRow & { createdAt: string }): void;
  /** active products whose HSN starts with one of the prefixes (all of them for null), with their own rates */
  products(hsnPrefixes: readonly string[] | null): Array<{ id: string; name: string; hsn: string; gstRateBp: number; cessRateBp: number }>;
  /** tax invoices of the period that GSTR-1 lists one by one (b2b and b2cl), whole */
  listedInvoices(from: string, to: string): ReturnInvoice[];
  /** credit notes of the period on such bills, whole */
  listedNotes(from: string, to: string): ReturnCreditNote[];
  /** the gst_daily rows of the period summed per key over the period (date: the first day the key occurs), so a year is a few hundred rows */
  summary(from: string, to: string): GstSummaryRow[];
  /** documents issued in the period by series (table 13) */
  series(from: string, to: string): DocSeries[];
  /** numbers of the period that break rule 46 or are used twice in their year */
  problemNumbers(from: string, to: string): Array<{ kind: 'Invoice' | 'Credit note'; number: string; fy: string; uses: number }>;
  /** Σ debits and Σ credits on the input GST accounts */
  inputTax(from: string, to: string): { debits: TaxOnly; credits: TaxOnly };
  /** purchase bills and debit notes (purchasing's documents) dated in the period, with their journal entry and supplier */
  purchaseDocuments(from: string, to: string): PurchaseDocRow[];
  /** the input GST on expense bills of the period (net of reversed ones) */
  expenseInputTax(from: string, to: string): TaxOnly;
  consolidated(from: string, to: string): Array<z.output<typeof ConsolidatedView>>;
  /** a day's slips (small B2C bills) not yet in a consolidated invoice, whole */
  slipsOf(date: string): ReturnInvoice[];
  insertConsolidated(c: z.output<typeof ConsolidatedView> & { fy: string; createdAt: string; userId: string; invoiceIds: readonly string[] }): void;
  salesRegister(from: string, to: string): z.output<typeof SalesRegisterView>['rows'];
  /** Σ taxable value of sales less returns in a period (turnover, for the HSN digits rule) */
  turnover(from: string, to: string): number;
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

export interface AuditReadRepo {
  verify(): ChainCheck;
  /** the last row's hash */
  head(): string | null;
  list(f: { from: string | null; to: string | null; entity: string | null; entityId: string | null; limit: number }): ChainedAuditRow[];
}
