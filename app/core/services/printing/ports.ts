import type { z } from 'zod';
import type { PrintAttemptView, PrinterCheck, PrinterConfig, PrintState, ShopView } from '../../contract';
import type { OrderView } from '../../contract/areas/orders';
import type { LabelItem, LabelLayout } from '../../catalog/label';
import type { Report as ReportTable } from '../../reports/table';
import type { CreditNote } from '../accounting/ports';
import type { Invoice } from '../billing/ports';
import type { PurchaseOrder } from '../purchasing/ports';
import type { Shop } from '../shop/ports';
import type { Supplier } from '../suppliers/ports';

/** The repositories this area owns in the Store (db/repos/printing). */
export interface PrintingStore {
  printJobs: PrintJobsRepo;
}

/** Receipts leave after commit; failures are recorded, never thrown at the bill. */
export interface PrintQueue {
  /** wake the queue for a job already recorded in the same transaction as the bill */
  wake(invoiceId: string): void;
  /** print now and report the outcome (reprint) */
  printNow(invoiceId: string): Promise<z.output<typeof PrintState>>;
  /** a test page on these settings, in turn with the receipts */
  testPrint(printer: PrinterSettings, shop: Shop): Promise<z.output<typeof PrinterCheck>>;
  /** a credit note on the receipt printer, in turn with the receipts; the outcome, never thrown */
  printCreditNote(slip: { note: CreditNote; shop: Shop; copy: 'original' | 'duplicate' }): Promise<{ ok: boolean; error: string | null }>;
  /** a web order's packing slip on the receipt printer, in turn with the receipts; the outcome, never thrown */
  printPackingSlip(slip: { order: OrderView; shop: Shop; slotLabel: string | null }): Promise<{ ok: boolean; error: string | null }>;
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
  /** the shop-wall poster: the shop's name and a QR of the catalog's address, A4 */
  qrPosterPdf(poster: { shopName: string; address: string; phone: string; hours: string; url: string; lang: 'en' | 'hi' }): Promise<Uint8Array>;
  /** e.g. http://192.168.1.20:4747 when the host serves the shop's Wi-Fi; null otherwise */
  lanBaseUrl(): string | null;
}

export type PrinterSettings = z.output<typeof PrinterConfig>;

export interface PrintJobsRepo {
  create(job: { invoiceId: string; copy: 'original' | 'duplicate'; createdAt: string; status: 'pending' | 'disabled' }): void;
  state(invoiceId: string): z.output<typeof PrintState>;
  /** every attempt to print this bill's copies, oldest first */
  attempts(invoiceId: string): Array<z.output<typeof PrintAttemptView>>;
  addShareLink(link: { tokenHash: string; invoiceId: string; createdAt: string; expiresAt: string }): void;
  shareLink(tokenHash: string): { invoiceId: string; expiresAt: string } | undefined;
}

export type { LabelItem };

/** Documents of this area made by the host: purchase order PDFs, label sheets, labels on the thermal printer. */
export interface StockDocuments {
  purchaseOrderPdf(
    po: PurchaseOrder,
    supplier: Supplier,
    lines: ReadonlyArray<{ hsn: string; gstRateBp: number; cessRateBp: number }>,
    shop: z.output<typeof ShopView>,
  ): Promise<Uint8Array>;
  labelsPdf(labels: readonly LabelItem[], layout: LabelLayout): Promise<Uint8Array>;
  printLabels(labels: readonly LabelItem[], layout: LabelLayout, shop: z.output<typeof ShopView>): Promise<{ ok: boolean; message: string }>;
}
