import type { z } from 'zod';
import type { Uqc } from '../../contract/vocabulary';
import type { ConsolidatedView, SalesRegisterView } from '../../contract/index';
import type { Heads, TaxOnly } from '../../gst/heads';
import type { GstRateRow } from '../../gst/rates';
import type { DocSeries, GstSummaryRow, ReturnCreditNote, ReturnInvoice } from '../../gst/return-docs';

/** The repositories this area owns in the Store (db/repos/gst). */
export interface GstStore {
  gst: GstRepo;
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
  /** the HSN master replaced whole by these codes and descriptions */
  replaceHsnMaster(rows: ReadonlyArray<{ code: string; description: string }>): void;
  hsnMasterSize(): number;
  /** each code's master description, by its longest described prefix (8, 6, 4, then 2 digits); codes the master lacks are left out */
  hsnDescriptions(codes: readonly string[]): Map<string, string>;
  /** master rows whose code starts with these digits, or whose description has these words; shortest codes first */
  searchHsnMaster(q: string, limit: number): Array<{ code: string; description: string }>;
  /** the UQC products name for themselves, by `uqcKey(hsn, unit)` */
  productUqcs(): Map<string, Uqc>;
}
