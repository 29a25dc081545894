import type { z } from 'zod';
import type { DocKind } from '../../billing/numbering';
import type { Payment } from '../../billing/tenders';
import type { PricedBill } from '../../billing/types';
import type { GstSnapshot } from '../../gst/classes';
import type { InvoiceSummary, InvoiceView } from '../../contract';
import type { HeldBillContent, HeldBillSummary } from '../../contract/areas/billing-held';
import type { PaperBillSummary } from '../../contract/areas/billing-paper';

/** The repositories this area owns in the Store (db/repos/billing). */
export interface BillingStore {
  billing: BillingRepo;
  series: SeriesRepo;
  heldBills: HeldBillsRepo;
  paperBills: PaperBillsRepo;
}

export type HeldBill = z.output<typeof HeldBillContent>;

/** Open bills on hold, shared by every device of the shop. */
export interface HeldBillsRepo {
  insert(row: { id: string; heldAt: string; userId: string; deviceId: string; payablePaise: number; bill: HeldBill }): void;
  list(): Array<z.output<typeof HeldBillSummary>>;
  idByClientRef(clientRef: string): string | undefined;
  summary(id: string): z.output<typeof HeldBillSummary> | undefined;
  /** the bill, removed from the list; undefined when another device took it first */
  take(id: string): HeldBill | undefined;
}

export type Invoice = z.output<typeof InvoiceView>;

/** The head every numbered document is written with: its number in the year's series, when, by whom, on which device. */
export interface NumberedDocumentHead {
  id: string;
  clientRef: string;
  number: string;
  fy: string;
  date: string;
  createdAt: string;
  userId: string;
  deviceId: string;
}

export interface NewInvoice extends NumberedDocumentHead {
  customerId: string | null;
  /** the buyer and the GSTR-1 table, as the bill is posted */
  gst: GstSnapshot;
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
  /** the newest bill with this number, or (digits alone) whose serial ends in them */
  idByNumber(number: string): string | undefined;
}

export interface SeriesRepo {
  /** the next number of (device series, document kind, financial year), starting at 1; call inside a transaction */
  next(series: string, kind: DocKind, fy: string): number;
  /** the last number given in (series, kind, year); 0 when none */
  last(series: string, kind: DocKind, fy: string): number;
  /** continues a series after `last` (a paper book's last number); 0 starts it over */
  setLast(series: string, kind: DocKind, fy: string, last: number): void;
  /** whether a bill or credit note of the year already has this number */
  numberTaken(fy: string, number: string): boolean;
}

export interface PaperBookRow {
  id: string;
  name: string;
  prefix: string;
  width: number;
  bills: number;
  lastSeq: number | null;
}

/** Books of bills written by hand, and which invoice came from which book and number. */
export interface PaperBillsRepo {
  books(): PaperBookRow[];
  book(id: string): PaperBookRow | undefined;
  prefixes(): string[];
  nameTaken(name: string): boolean;
  /** every device's series code, retired ones too (their series stay in the books) */
  deviceCodes(): string[];
  addBook(row: { id: string; name: string; prefix: string; width: number; createdAt: string; createdBy: string }): void;
  seqTaken(bookId: string, seq: number): boolean;
  addBill(row: { invoiceId: string; bookId: string; seq: number; enteredAt: string; enteredBy: string }): void;
  bills(limit: number): Array<z.output<typeof PaperBillSummary>>;
}
