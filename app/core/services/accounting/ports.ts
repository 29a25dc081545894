import type { z } from 'zod';
import type { AccountType, PartyType } from '../../accounting/chart';
import type { AccountGroup } from '../../contract/vocabulary';
import type { CreditLine, CreditTotals, ReturnableLine, ReturnedSoFar } from '../../accounting/credit-note';
import type { NarrationWords } from '../../accounting/narration';
import type { Balanced, PostingLine } from '../../accounting/posting';
import type { JournalEntryView, StockMoveView } from '../../contract';
import type { AccountView, BooksSettings, CreditNoteView, DayBookView, EntryDocument, LedgerRow, RegisterView, VoucherView } from '../../contract/index';
import type { GstSnapshot } from '../../gst/classes';
import type { NumberedDocumentHead } from '../billing/ports';
import type { StockMove } from '../../inventory/moves';
import type { PartyDue } from '../../khata/ageing';
import type { RefundMethod } from '../../contract/vocabulary';
import type { Lang } from '../../contract/vocabulary';

/** The repositories this area owns in the Store (db/repos/accounting). */
export interface AccountingStore {
  accounts: AccountsRepo;
  accountingSettings: AccountingSettingsRepo;
  journal: JournalRepo;
  vouchers: VouchersRepo;
  registers: RegistersRepo;
  creditNotes: CreditNotesRepo;
}

/** Amounts are integer paise; dates are the shop's ISO dates. */
export type Settings = z.output<typeof BooksSettings>;
export type Voucher = z.output<typeof VoucherView>;
export type CreditNote = z.output<typeof CreditNoteView>;

/** The chart of accounts. */
export interface AccountsRepo {
  list(includeInactive: boolean): Array<z.output<typeof AccountView>>;
  get(code: string): { code: string; name: string; type: AccountType; group: AccountGroup; system: boolean; active: boolean } | undefined;
  insert(a: { code: string; name: string; type: AccountType; group: AccountGroup; createdAt: string }): void;
  update(code: string, patch: { name?: string; group?: AccountGroup; type?: AccountType; active?: boolean }): void;
  /** adds the accounts that are missing; existing ones keep the owner's names */
  ensure(accounts: ReadonlyArray<{ code: string; name: string; type: AccountType; group: AccountGroup; system: boolean }>, createdAt: string): void;
}

/** The accounting rules the owner sets: khata credit policy, the closed period, GST options. */
export interface AccountingSettingsRepo {
  get(): Settings;
  update(s: Settings, at: string): void;
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
  /** the books' own narrations said in `lang` (English when not given) */
  view(id: string, lang?: Lang): Voucher | undefined;
  list(from: string, to: string, kind: Voucher['kind'] | undefined, limit: number, lang?: Lang): Array<Omit<Voucher, 'entries'>>;
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
  /** the bill's buyer and GSTR-1 table, as it was posted */
  gst: GstSnapshot;
  lines: ReturnableLine[];
}

export interface NewCreditNote extends NumberedDocumentHead {
  invoice: InvoiceForReturn;
  /** a credit note follows its bill: the same buyer, the same GSTR-1 table */
  gst: GstSnapshot;
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

export interface LedgerQuery {
  account: string;
  partyId: string | null;
  from: string;
  to: string;
  /** the language the books' own narrations are said in (English when not given) */
  lang?: Lang | undefined;
}

/** Where a balance stops: before a date, or at the entries written by an instant (what a receipt showed when it was posted). */
export type BalanceUpTo = { before: string } | { writtenBy: string };

/** The journal: the one place entries are written (only a Balanced set of lines) and read. */
export interface JournalRepo {
  insert(entry: JournalEntry, lines: Balanced): void;
  entriesFor(refId: string, lang?: Lang): Array<z.output<typeof JournalEntryView>>;
  /** Σ debit − Σ credit of an account, or of one party's part of it when partyId is given; every entry unless `upTo` says where to stop */
  balance(account: string, partyId: string | null, upTo?: BalanceUpTo): number;
  rows(q: LedgerQuery): Array<Omit<z.output<typeof LedgerRow>, 'balancePaise'>>;
  /** per account (and party, when asked) Σ debit and Σ credit before `from` and within [from, to] */
  movements(
    from: string,
    to: string,
    byParty: boolean,
  ): Array<{ account: string; partyId: string; openingDebit: number; openingCredit: number; debit: number; credit: number }>;
  /** each party's dues on a control account up to `asOf` (every party, or the one named): totals, last day, bills newest first */
  partyDues(account: 'DEBTORS' | 'CREDITORS', asOf: string, partyId?: string): Map<string, PartyDue>;
  /** the period's entries with their lines; a bill's or credit note's entry with that document's own total */
  dayBook(
    from: string,
    to: string,
    lang?: Lang,
  ): Array<Omit<z.output<typeof DayBookView>['entries'][number], 'amountPaise'> & { documentTotalPaise: number | null }>;
  entry(id: string, lang?: Lang): (z.output<typeof JournalEntryView> & { document: z.output<typeof EntryDocument>; createdAt: string }) | undefined;
  /** expense-bill entries of the period (paid or on a supplier's credit) with their lines, for the purchase register */
  expenseEntries(from: string, to: string): Array<{ entryId: string; date: string; voucherType: string; number: string | null; lines: PostingLine[] }>;
  /** the journal of a period with document numbers, for Tally */
  entries(
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
export interface JournalEntry {
  id: string;
  date: string;
  voucherType: string;
  refType: string;
  refId: string;
  narration: string;
  /** the books' own narration as words, said in the reader's language when read; none for a typed one */
  words?: NarrationWords | undefined;
  reversesId: string | null;
  createdAt: string;
}
