import type BwipJs from 'bwip-js/node';
import { onFirstUse } from '../on-first-use';
import { formatAmount } from '../../app/core/format';
import { put } from '../pdf/text';
import { priceText, symbology, type LabelItem, type LabelLayout } from './label';
import { openPdf } from '../pdf/open';

const bwipJs = onFirstUse<typeof BwipJs>('bwip-js/node');

const MM = 72 / 25.4;
// Common A4 sticker sheets: 3 × 8 small product stickers (70 × 37 mm), 2 × 5 shelf strips (105 × 57 mm).
const GRID = { product: { cols: 3, rows: 8, top: 0, side: 0 }, shelf: { cols: 2, rows: 5, top: 6 * MM, side: 0 } } as const;

/** Each different code drawn once (bwip-js, PNG at 300 dpi), however many copies are asked. */
async function barcodeImages(labels: readonly LabelItem[]): Promise<Map<string, Buffer>> {
  const images = new Map<string, Buffer>();
  for (const code of new Set(labels.map((l) => l.barcode))) {
    const type = symbology(code);
    // EAN-13 prints its digits in the standard groups under the bars; Code 128 centres its text.
    const text =
      type === 'EAN13' ? { bcid: 'ean13', includetext: true, guardwhitespace: true } : { bcid: 'code128', includetext: true, textxalign: 'center' as const };
    images.set(code, await bwipJs().toBuffer({ ...text, text: code, scale: 3, height: 12 }));
  }
  return images;
}

/** Labels as an A4 sheet (PDF) for a laser or inkjet printer and ready-cut sticker paper. */
export async function labelSheetPdf(labels: readonly LabelItem[], layout: LabelLayout): Promise<Buffer> {
  const images = await barcodeImages(labels);
  const { doc, bytes: done } = openPdf({ size: 'A4', margin: 0, info: { Title: `${labels.length} ${layout} labels` }, compress: true });
  const g = GRID[layout];
  const w = (doc.page.width - 2 * g.side) / g.cols;
  const h = (doc.page.height - 2 * g.top) / g.rows;
  const pad = 3 * MM;
  labels.forEach((l, i) => {
    const slot = i % (g.cols * g.rows);
    if (i > 0 && slot === 0) doc.addPage();
    const x = g.side + (slot % g.cols) * w;
    const y = g.top + Math.floor(slot / g.cols) * h;
    doc
      .rect(x + 1, y + 1, w - 2, h - 2)
      .lineWidth(0.3)
      .dash(2, { space: 2 })
      .strokeColor('#bbb')
      .stroke()
      .undash();
    const inner = w - 2 * pad;
    const image = images.get(l.barcode);
    if (layout === 'shelf') {
      put(doc, l.name, x + pad, y + pad, { size: 11, bold: true }, inner);
      if (l.nameHi) put(doc, l.nameHi, x + pad, y + pad + 14, { size: 10 }, inner);
      put(doc, priceText(l).replace('Rs.', '₹'), x + pad, y + pad + 30, { size: 22, bold: true }, inner * 0.55);
      if (l.mrpPaise !== null) put(doc, `MRP ₹${formatAmount(l.mrpPaise)}`, x + pad, y + pad + 58, { size: 9, color: '#444' }, inner * 0.55);
      if (l.packSize) put(doc, l.packSize, x + pad, y + pad + 70, { size: 9, color: '#444' }, inner * 0.55);
      if (image) doc.image(image, x + pad + inner * 0.57, y + pad + 28, { fit: [inner * 0.43, h - 2 * pad - 30], align: 'center', valign: 'center' });
    } else {
      put(doc, l.name, x + pad, y + pad, { size: 8, bold: true }, inner);
      put(doc, l.packSize, x + pad, y + pad + 11, { size: 7.5, color: '#444' }, inner * 0.5);
      put(doc, priceText(l).replace('Rs.', '₹'), x + pad + inner * 0.5, y + pad + 10, { size: 9, bold: true }, inner * 0.5, 'right');
      if (image) doc.image(image, x + pad, y + pad + 24, { fit: [inner, h - 2 * pad - 24], align: 'center', valign: 'center' });
    }
  });
  doc.end();
  return done;
}
