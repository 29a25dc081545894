import { networkInterfaces } from 'node:os';
import type { SqliteStore } from '../../db/store';
import { creditNoteDocOf } from '../../printers/pdf/credit-note';
import { invoiceDoc } from '../../printers/pdf/document';
import { renderPdf } from '../../printers/pdf/render';
import { renderQrPoster } from '../../printers/pdf/qr-poster';
import { renderTablePdf } from '../../printers/pdf/report';
import { renderTableXlsx } from '../../printers/xlsx/report';
import type { Documents } from '../core/services/printing/ports';

/** Invoice and credit note PDFs (printers/pdf) with the recipient's address from the customer file; books as PDF and Excel. */
export function createDocuments(store: SqliteStore): Documents & { setLanBaseUrl(url: string | null): void } {
  let lanBaseUrl: string | null = null;
  return {
    invoicePdf(invoice, shop, size) {
      // The buyer's name, GSTIN and state as on the bill; the address from the customer file.
      const buyer = invoice.customer;
      const address = buyer ? (store.customers.get(buyer.id)?.address ?? '') : '';
      return renderPdf(invoiceDoc(invoice, shop, buyer ? { address, stateCode: buyer.stateCode } : null), size);
    },
    creditNotePdf(note, shop, size) {
      const customer = note.customer ? store.customers.get(note.customer.id) : undefined;
      return renderPdf(creditNoteDocOf(note, store.billing.view(note.invoice.id), shop, customer?.address ?? ''), size);
    },
    tablePdf: (table, shop) => renderTablePdf(table, shop),
    tableXlsx: (table, shop) => renderTableXlsx(table, shop),
    qrPosterPdf: (poster) => renderQrPoster(poster),
    lanBaseUrl: () => lanBaseUrl,
    setLanBaseUrl(url) {
      lanBaseUrl = url;
    },
  };
}

/** The address a phone on the shop's Wi-Fi reaches this PC at: its first private IPv4 address. */
export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}
