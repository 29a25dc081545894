import { onFirstUse } from '../on-first-use';
import type PDFKit from 'pdfkit';
import { formatDate } from '../../app/core/format';
import { stateName } from '../../app/core/gst';
import { drawCode128 } from './barcode';
import { columns } from './columns';
import type { PrintableDoc } from './document';
import { footer, summary } from './doc-totals';
import { GREY, Page } from './page';
import { put, registerPdfFonts, wrapText } from './text';

const pdfkit = onFirstUse<typeof PDFKit>('pdfkit');

/**
 * Draws a PrintableDoc on A4 or A5 with every particular rule 46 (tax invoice), rule 49 (bill of
 * supply) or rule 53 (credit note) asks for: supplier and recipient with GSTIN and state, number
 * and date, place of supply, HSN, quantity and unit, rate, discount, taxable value, rate and
 * amount of each tax head, total in figures and words, reverse charge, and a signature.
 */
export type PaperSize = 'A4' | 'A5';

const TITLES = { tax_invoice: 'TAX INVOICE', bill_of_supply: 'BILL OF SUPPLY', credit_note: 'CREDIT NOTE', purchase_order: 'PURCHASE ORDER' } as const;

function state(code: string | null): string {
  return code ? `${stateName(code)} (${code})` : '';
}

function header(p: Page, d: PrintableDoc) {
  const { doc, left, width } = p;
  const lh = p.base * 1.5;
  if (d.kind === 'bill_of_supply') {
    put(doc, 'Composition taxable person, not eligible to collect tax on supplies', left, p.y, p.style(1, true), width, 'center');
    p.y += lh;
  }
  put(doc, TITLES[d.kind] + (d.cancelled ? ' (CANCELLED)' : ''), left, p.y, p.style(1.6, true), width, 'center');
  put(doc, d.kind === 'purchase_order' ? '' : 'Original for recipient', left, p.y + 4, p.style(0.85, false, GREY), width, 'right');
  p.y += lh * 1.6;
  const half = width / 2 - 6;
  const top = p.y;
  const who = d.issuer;
  put(doc, who.name, left, p.y, p.style(1.3, true), half);
  p.y += lh * 1.2;
  for (const l of wrapText(doc, who.address, p.style(), half)) {
    put(doc, l, left, p.y, p.style(), half);
    p.y += lh;
  }
  for (const l of [who.phone ? `Phone: ${who.phone}` : '', who.gstin ? `GSTIN: ${who.gstin}` : 'Unregistered', `State: ${state(who.stateCode)}`].filter(
    Boolean,
  )) {
    put(doc, l, left, p.y, p.style(1, l.startsWith('GSTIN')), half);
    p.y += lh;
  }
  const facts: Array<[string, string]> = [
    [d.kind === 'purchase_order' ? 'PO number' : d.kind === 'credit_note' ? 'Credit note no.' : 'Invoice no.', d.number],
    ['Date', formatDate(d.date)],
    ['Place of supply', state(d.placeOfSupply)],
    ['Reverse charge', d.reverseCharge ? 'Yes' : 'No'],
    ...(d.against ? ([['Against invoice', `${d.against.number} dated ${formatDate(d.against.date)}`]] as Array<[string, string]>) : []),
  ];
  let fy = top;
  for (const [k, v] of facts) {
    put(doc, `${k}:`, left + half + 12, fy, p.style(1, false, GREY), half * 0.42);
    put(doc, v, left + half + 12 + half * 0.42, fy, p.style(1, true), half * 0.58);
    fy += lh;
  }
  if (d.kind !== 'purchase_order') {
    drawCode128(doc, d.number, left + half + 12 + half * 0.42, fy + 2, half * 0.58, lh * 1.8);
    fy += lh * 2.3;
  }
  p.y = Math.max(p.y, fy) + lh * 0.4;
  p.rule();
  p.y += lh * 0.5;
  const c = d.counterparty;
  put(doc, d.kind === 'purchase_order' ? 'Supplier' : 'Bill to', left, p.y, p.style(1, false, GREY));
  p.y += lh;
  if (!c) {
    put(doc, 'Walk-in customer (unregistered)', left, p.y, p.style(1, true));
    p.y += lh;
  } else {
    const lines = [
      c.name,
      c.address,
      c.phone ? `Phone: ${c.phone}` : '',
      c.gstin ? `GSTIN: ${c.gstin}` : 'Unregistered',
      c.stateCode ? `State: ${state(c.stateCode)}` : '',
    ].filter(Boolean);
    lines.forEach((l, i) => {
      put(doc, l, left, p.y, p.style(1, i === 0 || l.startsWith('GSTIN')), width);
      p.y += lh;
    });
  }
  p.y += lh * 0.3;
}

function table(p: Page, d: PrintableDoc) {
  const { doc, left, width } = p;
  const cols = columns(d);
  const total = cols.reduce((s, c) => s + c.weight, 0);
  const widths = cols.map((c) => (c.weight / total) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const pad = 2;
  const headRow = () => {
    doc.rect(left, p.y - 2, width, p.base * 1.8).fill('#eef1f0');
    cols.forEach((c, i) => put(doc, c.title, (xs[i] ?? 0) + pad, p.y + 1, p.style(0.95, true), (widths[i] ?? 0) - 2 * pad, c.align));
    p.y += p.base * 1.9;
  };
  headRow();
  d.lines.forEach((l, n) => {
    const rowH = p.base * (l.descriptionHi ? 2.9 : 1.7);
    p.room(rowH, headRow);
    cols.forEach((c, i) => put(doc, c.cell(l, n), (xs[i] ?? 0) + pad, p.y, p.style(), (widths[i] ?? 0) - 2 * pad, c.align));
    if (l.descriptionHi) put(doc, l.descriptionHi, (xs[1] ?? 0) + pad, p.y + p.base * 1.3, p.style(0.95, false, GREY), (widths[1] ?? 0) - 2 * pad);
    p.y += rowH;
    doc
      .moveTo(left, p.y - p.base * 0.35)
      .lineTo(left + width, p.y - p.base * 0.35)
      .lineWidth(0.3)
      .strokeColor('#ddd')
      .stroke();
  });
  p.rule();
  p.y += p.base * 0.6;
}

/** The document as PDF bytes. */
export function renderPdf(d: PrintableDoc, size: PaperSize = 'A4'): Promise<Buffer> {
  const margin = size === 'A4' ? 36 : 24;
  const doc = new (pdfkit())({
    size,
    margin,
    info: { Title: `${TITLES[d.kind]} ${d.number}`, Author: d.issuer.name, Creator: 'SmartKirana' },
    compress: true,
  });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const p = new Page(doc, margin, doc.page.width - 2 * margin, doc.page.height - margin, size === 'A4' ? 8 : 6.2);
  header(p, d);
  table(p, d);
  summary(p, d);
  footer(p, d);
  doc.end();
  return done;
}
