import PDFDocument from 'pdfkit';
import { encode } from 'uqr';
import { formatAmount, formatDate, amountInWords } from '../../app/core/format';
import { formatRate, stateName, taxByRate } from '../../app/core/gst';
import { drawCode128 } from './barcode';
import { columns } from './columns';
import type { PrintableDoc } from './document';
import { put, registerPdfFonts, textWidth, wrapText, type TextStyle } from './text';

/**
 * Draws a PrintableDoc on A4 or A5 with every particular rule 46 (tax invoice), rule 49 (bill of
 * supply) or rule 53 (credit note) asks for: supplier and recipient with GSTIN and state, number
 * and date, place of supply, HSN, quantity and unit, rate, discount, taxable value, rate and
 * amount of each tax head, total in figures and words, reverse charge, and a signature.
 */
type Doc = InstanceType<typeof PDFDocument>;
export type PaperSize = 'A4' | 'A5';

const TITLES = { tax_invoice: 'TAX INVOICE', bill_of_supply: 'BILL OF SUPPLY', credit_note: 'CREDIT NOTE', purchase_order: 'PURCHASE ORDER' } as const;
const TOTAL_LABEL = {
  tax_invoice: 'Invoice total (₹)',
  bill_of_supply: 'Invoice total (₹)',
  credit_note: 'Credit total (₹)',
  purchase_order: 'Order value (₹)',
} as const;
const GREY = '#555';
const LINE = '#999';

function state(code: string | null): string {
  return code ? `${stateName(code)} (${code})` : '';
}

class Page {
  y: number;
  constructor(
    readonly doc: Doc,
    readonly left: number,
    readonly width: number,
    readonly bottom: number,
    readonly base: number,
  ) {
    this.y = doc.page.margins.top;
  }
  style(scale = 1, bold = false, color?: string): TextStyle {
    return { size: this.base * scale, bold, ...(color ? { color } : {}) };
  }
  rule(color = LINE) {
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke();
  }
  /** a new page when `height` more would run past the bottom */
  room(height: number, onNewPage?: () => void) {
    if (this.y + height <= this.bottom) return;
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
    onNewPage?.();
  }
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

function summary(p: Page, d: PrintableDoc) {
  const { doc, left, width } = p;
  const lh = p.base * 1.55;
  const t = d.totals;
  const rows: Array<[string, number]> = [['Total amount', t.amountPaise]];
  if (t.discountPaise) rows.push(['Less discount', -t.discountPaise]);
  if (d.kind !== 'bill_of_supply') {
    rows.push(['Taxable value', t.taxablePaise]);
    for (const [k, v] of [
      ['CGST', t.cgstPaise],
      ['SGST', t.sgstPaise],
      ['IGST', t.igstPaise],
      ['Cess', t.cessPaise],
    ] as const)
      if (v) rows.push([k, v]);
  }
  if (t.roundOffPaise) rows.push(['Round off', t.roundOffPaise]);
  const breakup = d.kind === 'bill_of_supply' ? [] : taxByRate(d.lines.map((l) => ({ ...l })));
  p.room(lh * (Math.max(rows.length, breakup.length + 1) + 8));
  const boxX = left + width * 0.58;
  const boxW = width * 0.42;
  let y = p.y;
  for (const [k, v] of rows) {
    put(doc, k, boxX, y, p.style(), boxW * 0.6);
    put(doc, formatAmount(v), boxX + boxW * 0.6, y, p.style(), boxW * 0.4, 'right');
    y += lh;
  }
  doc.rect(boxX - 4, y - 2, boxW + 4, lh * 1.4).fill('#0d5c55');
  put(doc, TOTAL_LABEL[d.kind], boxX, y + 1, p.style(1.15, true, '#fff'), boxW * 0.55);
  put(doc, formatAmount(t.totalPaise), boxX + boxW * 0.5, y + 1, p.style(1.15, true, '#fff'), boxW * 0.5, 'right');
  y += lh * 1.6;
  // GST by rate, on the left beside the totals
  let by = p.y;
  if (breakup.length) {
    put(doc, 'GST summary', left, by, p.style(1, true));
    by += lh;
    const cw = (width * 0.54) / 5;
    const heads = d.supply === 'inter' ? ['Rate', 'Taxable', 'IGST', 'Cess', ''] : ['Rate', 'Taxable', 'CGST', 'SGST', 'Cess'];
    heads.forEach((h, i) => put(doc, h, left + i * cw, by, p.style(0.9, true, GREY), cw - 4, i ? 'right' : 'left'));
    by += lh;
    for (const r of breakup) {
      const cells =
        d.supply === 'inter'
          ? [formatRate(r.gstRateBp), r.taxablePaise, r.igstPaise, r.cessPaise]
          : [formatRate(r.gstRateBp), r.taxablePaise, r.cgstPaise, r.sgstPaise, r.cessPaise];
      cells.forEach((c, i) => put(doc, typeof c === 'number' ? formatAmount(c) : c, left + i * cw, by, p.style(0.95), cw - 4, i ? 'right' : 'left'));
      by += lh;
    }
  }
  p.y = Math.max(y, by) + lh * 0.3;
  put(doc, 'Amount in words:', left, p.y, p.style(1, false, GREY));
  const wordsX = left + textWidth(doc, 'Amount in words: ', p.style());
  for (const l of wrapText(doc, amountInWords(t.totalPaise), p.style(1, true), width - (wordsX - left))) {
    put(doc, l, wordsX, p.y, p.style(1, true));
    p.y += lh;
  }
  if (d.payments.length) {
    put(doc, `Paid: ${d.payments.map((x) => `${x.label} ₹${formatAmount(x.amountPaise)}`).join(', ')}`, left, p.y, p.style());
    p.y += lh;
  }
}

function footer(p: Page, d: PrintableDoc) {
  const { doc, left, width } = p;
  const lh = p.base * 1.5;
  const qrSide = d.upiLink ? p.base * 11 : 0;
  p.room(Math.max(qrSide, lh * 6) + lh * 2);
  const top = p.y + lh * 0.5;
  if (d.upiLink) {
    const qr = encode(d.upiLink, { ecc: 'M', border: 0 });
    const cell = qrSide / qr.size;
    // one path for all the dark cells, filled once
    qr.data.forEach((row, y) => row.forEach((dark, x) => dark && doc.rect(left + x * cell, top + y * cell, cell, cell)));
    doc.fill('#000');
    put(doc, 'Scan to pay by UPI', left, top + qrSide + 3, p.style(0.9, false, GREY), qrSide, 'center');
  }
  let ny = top;
  const notesX = left + qrSide + (qrSide ? 12 : 0);
  const notesW = width * 0.6 - qrSide;
  for (const note of [...d.notes, 'Certified that the particulars given above are true and correct.']) {
    for (const l of wrapText(doc, note, p.style(0.95), notesW)) {
      put(doc, l, notesX, ny, p.style(0.95, false, GREY));
      ny += lh;
    }
  }
  const signX = left + width * 0.62;
  put(doc, `For ${d.issuer.name}`, signX, top, p.style(1, true), width * 0.38, 'right');
  doc
    .moveTo(signX + width * 0.08, top + lh * 4)
    .lineTo(left + width, top + lh * 4)
    .lineWidth(0.5)
    .strokeColor(LINE)
    .stroke();
  put(doc, 'Authorised signatory', signX, top + lh * 4.3, p.style(0.95, false, GREY), width * 0.38, 'right');
  p.y = Math.max(ny, top + qrSide + lh, top + lh * 5.5);
}

/** The document as PDF bytes. */
export function renderPdf(d: PrintableDoc, size: PaperSize = 'A4'): Promise<Buffer> {
  const margin = size === 'A4' ? 36 : 24;
  const doc = new PDFDocument({
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
