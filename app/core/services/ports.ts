import type { z } from 'zod';
import type { StockMove } from '../inventory/moves';
import type { AccountGroup, AccountType } from '../accounting/chart';
import type { ReportTable } from '../reports/table';
import type {
  AuditReadRepo,
  BankRepo,
  BooksLedgerRepo,
  BooksRepo,
  CreditNote,
  CreditNotesRepo,
  GstRepo,
  PartiesRepo,
  RegistersRepo,
  VouchersRepo,
} from './books-ports';
import type { PostingLine } from '../accounting/posting';
import type { DocKind } from '../billing/numbering';
import type { PricedBill, SaleProduct } from '../billing/types';
import type { Payment } from '../billing/tenders';
import type {
  CounterProduct,
  CustomerView,
  DisplayState,
  InvoiceSummary,
  InvoiceView,
  JournalEntryView,
  PrintAttemptView,
  PrinterCheck,
  PrinterConfig,
  PrintState,
  ProductView,
  ShopView,
  StockMoveView,
  UserSummary,
} from '../contract';
import type { Role } from '../users/roles';
import type {
  CatalogExtras,
  ImportsRepo,
  NewProductRecord,
  PurchasingRepo,
  Spreadsheets,
  StockDocuments,
  StockExtras,
  StockTakesRepo,
  SuppliersRepo,
} from './stock-ports';

/**
 * What the services need from the world, named here and implemented elsewhere:
 * db/ implements Store on SQLite; the host implements the rest. Store calls are synchronous
 * (better-sqlite3), so one business action is one synchronous transaction.
 */
export interface ServiceDeps {
  store: Store;
  clock: Clock;
  ids: IdSource;
  secrets: Secrets;
  printer: PrintQueue;
  documents: Documents;
  display: CustomerDisplay;
  sheets: Spreadsheets;
  stockDocuments: StockDocuments;
}

export interface Clock {
  now(): Date;
}

export interface IdSource {
  /** a new unique id; `kind` makes ids readable in logs ("inv", "prod", ...) */
  newId(kind: string): string;
}

export interface Secrets {
  hashPin(pin: string): string;
  verifyPin(pin: string, stored: string): boolean;
  newToken(): string;
  hashToken(token: string): string;
}

/** Receipts leave after commit; failures are recorded, never thrown at the bill. */
export interface PrintQueue {
  /** wake the queue for a job already recorded in the same transaction as the bill */
  wake(invoiceId: string): void;
  /** print now and report the outcome (reprint) */
  printNow(invoiceId: string): Promise<z.output<typeof PrintState>>;
  /** a test page on these settings, in turn with the receipts */
  testPrint(printer: PrinterSettings, shop: Shop): Promise<z.output<typeof PrinterCheck>>;
  /** asks the printer for its status, in turn with the receipts */
  check(printer: PrinterSettings): Promise<z.output<typeof PrinterCheck>>;
}

/** Documents made by the host (printers/pdf), and where phones on the LAN reach it. */
export interface Documents {
  invoicePdf(invoice: Invoice, shop: Shop, size: 'A4' | 'A5'): Promise<Uint8Array>;
  creditNotePdf(note: CreditNote, shop: Shop, size: 'A4' | 'A5'): Promise<Uint8Array>;
  /** a book or statement as a PDF table, and as an Excel workbook */
  tablePdf(table: ReportTable, shop: Shop): Promise<Uint8Array>;
  tableXlsx(table: ReportTable, shop: Shop): Promise<Uint8Array>;
  /** e.g. http://192.168.1.20:4747 when the host serves the shop's Wi-Fi; null otherwise */
  lanBaseUrl(): string | null;
}

/** The customer-facing display: a second window or tablet (host events) and an optional pole display. */
export interface CustomerDisplay {
  show(state: z.output<typeof DisplayState>): void;
  current(deviceCode?: string): z.output<typeof DisplayState> | null;
}

export type Shop = z.output<typeof ShopView>;
export type PrinterSettings = z.output<typeof PrinterConfig>;
export type Product = z.output<typeof ProductView>;
export type Customer = z.output<typeof CustomerView>;
export type Invoice = z.output<typeof InvoiceView>;

export interface Store {
  /** Runs fn in one SQLite transaction: all of it is written, or none. Nested calls join the outer one. */
  transaction<T>(fn: () => T): T;
  shop: ShopRepo;
  users: UsersRepo;
  sessions: SessionsRepo;
  devices: DevicesRepo;
  catalog: CatalogRepo;
  customers: CustomersRepo;
  billing: BillingRepo;
  series: SeriesRepo;
  accounts: AccountsRepo;
  ledger: LedgerRepo;
  stock: StockRepo;
  audit: AuditRepo;
  outbox: OutboxRepo;
  printJobs: PrintJobsRepo;
  suppliers: SuppliersRepo;
  purchasing: PurchasingRepo;
  stockTakes: StockTakesRepo;
  imports: ImportsRepo;
  // The books (issue #3): books-ports.ts
  books: BooksRepo;
  journal: BooksLedgerRepo;
  vouchers: VouchersRepo;
  registers: RegistersRepo;
  creditNotes: CreditNotesRepo;
  parties: PartiesRepo;
  gst: GstRepo;
  bank: BankRepo;
}

export interface ShopRepo {
  /** undefined until the shop is set up */
  find(): Shop | undefined;
  get(): Shop;
  create(shop: Shop & { createdAt: string }): void;
  update(patch: Partial<Omit<Shop, 'id'>>): void;
}

export interface UserAuth extends z.output<typeof UserSummary> {
  pinHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
}

export interface UsersRepo {
  listActive(): Array<z.output<typeof UserSummary>>;
  getAuth(id: string): UserAuth | undefined;
  recordFailure(id: string, failedAttempts: number, lockedUntil: string | null): void;
  resetFailures(id: string): void;
  insert(user: { id: string; name: string; role: Role; pinHash: string; createdAt: string }): void;
  existsByName(name: string): boolean;
}

export interface SessionRecord {
  userId: string;
  userName: string;
  role: Role;
  deviceId: string;
  deviceCode: string;
  deviceName: string;
}

export interface SessionsRepo {
  insert(s: { tokenHash: string; userId: string; deviceId: string; createdAt: string }): void;
  find(tokenHash: string): SessionRecord | undefined;
  remove(tokenHash: string): void;
}

export interface DevicesRepo {
  byClientId(clientId: string): { id: string; code: string; name: string } | undefined;
  /** device codes already in use, for picking the next series code */
  codes(): string[];
  insert(d: { id: string; clientId: string; code: string; name: string; createdAt: string }): void;
}

export interface CatalogRepo extends CatalogExtras {
  get(id: string): Product | undefined;
  /** active products with their barcodes, in the counter's compact shape */
  counterIndex(): Array<z.output<typeof CounterProduct>>;
  byBarcode(code: string): Product | undefined;
  search(q: string, limit: number): Product[];
  saleProducts(ids: readonly string[]): Map<string, SaleProduct>;
  barcodeOwner(code: string): string | undefined;
  insert(p: NewProductRecord): void;
}

export interface CustomersRepo {
  get(id: string): Customer | undefined;
  search(q: string, limit: number): Customer[];
  byPhone(phone: string): Customer | undefined;
  insert(c: Customer & { createdAt: string }): void;
}

export interface NewInvoice {
  id: string;
  clientRef: string;
  number: string;
  fy: string;
  date: string;
  createdAt: string;
  userId: string;
  deviceId: string;
  customerId: string | null;
  bill: PricedBill;
  payments: readonly Payment[];
}

export interface InvoiceHeader {
  id: string;
  number: string;
  date: string;
  status: 'posted' | 'cancelled';
  customerId: string | null;
}

export interface BillingRepo {
  idByClientRef(clientRef: string): string | undefined;
  insert(inv: NewInvoice): void;
  header(id: string): InvoiceHeader | undefined;
  view(id: string): Invoice | undefined;
  list(date: string, limit: number): Array<z.output<typeof InvoiceSummary>>;
  markCancelled(id: string, c: { at: string; reason: string; userId: string }): void;
}

export interface SeriesRepo {
  /** the next number of (device series, document kind, financial year), starting at 1; call inside a transaction */
  next(series: string, kind: DocKind, fy: string): number;
}

export interface JournalEntry {
  id: string;
  date: string;
  voucherType: string;
  refType: string;
  refId: string;
  narration: string;
  reversesId: string | null;
  createdAt: string;
}

export interface AccountsRepo {
  /** adds the accounts that are missing; existing ones keep the owner's names */
  ensure(accounts: ReadonlyArray<{ code: string; name: string; type: AccountType; group: AccountGroup; system: boolean }>, createdAt: string): void;
}

export interface LedgerRepo {
  insert(entry: JournalEntry, lines: readonly PostingLine[]): void;
  entriesFor(refId: string): Array<z.output<typeof JournalEntryView>>;
  /** Σ debit − Σ credit of one party on one account, over entries made up to `upTo` (inclusive) */
  balanceOf(account: string, partyId: string, upTo: string): number;
}

export interface StockRepo extends StockExtras {
  insert(moves: readonly StockMove[], ref: { refType: string; refId: string; at: string }): void;
  movesFor(refId: string): Array<z.output<typeof StockMoveView>>;
  onHand(productIds: readonly string[]): Array<{ productId: string; qtyMilli: number }>;
}

export interface AuditRepo extends AuditReadRepo {
  /** appends a row to the hash chain (app/core/audit/chain.ts) */
  append(row: { at: string; userId: string | null; action: string; entity: string; entityId: string; before: unknown; after: unknown }): void;
}

export interface OutboxRepo {
  append(row: { id: string; at: string; topic: string; payload: unknown }): void;
}

export interface PrintJobsRepo {
  create(job: { invoiceId: string; copy: 'original' | 'duplicate'; createdAt: string; status: 'pending' | 'disabled' }): void;
  state(invoiceId: string): z.output<typeof PrintState>;
  /** every attempt to print this bill's copies, oldest first */
  attempts(invoiceId: string): Array<z.output<typeof PrintAttemptView>>;
  addShareLink(link: { tokenHash: string; invoiceId: string; createdAt: string; expiresAt: string }): void;
  shareLink(tokenHash: string): { invoiceId: string; expiresAt: string } | undefined;
}
