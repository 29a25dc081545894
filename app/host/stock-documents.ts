import { lineAmount } from '../core/billing/pricing';
import { taxOn } from '../core/gst';
import type { Unit } from '../core/format';
import { encodeBlocks } from '../../printers/escpos/encode';
import { asPrintError } from '../../printers/errors';
import { labelBlocks } from '../../printers/labels/label';
import { labelSheetPdf } from '../../printers/labels/sheet';
import { purchaseOrderDoc } from '../../printers/pdf/document';
import { renderPdf } from '../../printers/pdf/render';
import type { ActivePrinter } from '../../printers/print-receipt';
import type { StockDocuments } from '../core/services/printing/ports';

/** Purchase orders and labels (printers/), for the catalogue, inventory and purchasing services. */
export function createStockDocuments(sendBytes: (printer: ActivePrinter, bytes: Uint8Array) => Promise<void>): StockDocuments {
  return {
    purchaseOrderPdf(po, supplier, taxes, shop) {
      const supply = supplier.stateCode === shop.stateCode ? 'intra' : 'inter';
      const lines = po.lines.map((l, i) => {
        const rates = taxes[i] ?? { hsn: '', gstRateBp: 0, cessRateBp: 0 };
        const taxable = lineAmount(l.qtyMilli, l.unitCostPaise);
        const tax = taxOn(taxable, { gstBp: rates.gstRateBp, cessBp: rates.cessRateBp }, supply);
        return {
          description: l.name,
          descriptionHi: null,
          hsn: rates.hsn,
          qtyMilli: l.qtyMilli,
          unit: l.unit as Unit,
          ratePaise: l.unitCostPaise,
          discountPaise: 0,
          taxablePaise: taxable,
          gstRateBp: rates.gstRateBp,
          cessRateBp: rates.cessRateBp,
          cgstPaise: tax.cgst,
          sgstPaise: tax.sgst,
          igstPaise: tax.igst,
          cessPaise: tax.cess,
          totalPaise: tax.total,
        };
      });
      const doc = purchaseOrderDoc({
        shop,
        number: po.number,
        date: po.date,
        supply,
        placeOfSupply: shop.stateCode,
        lines,
        counterparty: { name: supplier.name, address: supplier.address, phone: supplier.phone, gstin: supplier.gstin, stateCode: supplier.stateCode },
        notes: [...(po.notes ? [po.notes] : []), 'Rates are before tax, as last paid; please bill at your current rates.'],
      });
      return renderPdf(doc, 'A4');
    },
    labelsPdf: (labels, layout) => labelSheetPdf(labels, layout),
    async printLabels(labels, layout, shop) {
      if (shop.printer.kind === 'none') return { ok: false, message: 'No receipt printer is set up' };
      const printer = shop.printer;
      try {
        await sendBytes(printer, encodeBlocks(labelBlocks(labels, layout), printer));
        return { ok: true, message: `${labels.length} label${labels.length === 1 ? '' : 's'} printed` };
      } catch (e) {
        return { ok: false, message: asPrintError(e).message };
      }
    },
  };
}
