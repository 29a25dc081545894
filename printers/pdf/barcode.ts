import { onFirstUse } from '../on-first-use';
import type BwipJs from 'bwip-js/node';
import type PDFDocument from 'pdfkit';

const bwipJs = onFirstUse<typeof BwipJs>('bwip-js/node');

type Doc = InstanceType<typeof PDFDocument>;

/** The bars of a Code 128 symbol (widths in modules, bar first), as bwip-js encodes it. */
export function code128Bars(data: string): number[] {
  const [symbol] = bwipJs().raw({ bcid: 'code128', text: data });
  return symbol && 'sbs' in symbol ? symbol.sbs : [];
}

/**
 * Draws a Code 128 barcode as vector bars, `height` points tall, no wider than `maxWidth`:
 * the document's number, so a return starts by scanning the paper at the counter.
 */
export function drawCode128(doc: Doc, data: string, x: number, y: number, maxWidth: number, height: number): number {
  const bars = code128Bars(data);
  const modules = bars.reduce((s, w) => s + w, 0);
  if (modules === 0) return 0;
  const unit = Math.min(1.2, maxWidth / modules);
  let at = x;
  doc.save().fillColor('#000');
  bars.forEach((w, i) => {
    if (i % 2 === 0) doc.rect(at, y, w * unit, height).fill();
    at += w * unit;
  });
  doc.restore();
  return modules * unit;
}
