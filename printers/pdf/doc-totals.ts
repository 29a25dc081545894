import { encode } from 'uqr';
import { amountInWords, formatAmount } from '../../app/core/format';
import { formatRate, taxByRate } from '../../app/core/gst';
import type { PrintableDoc } from './document';
import { GREY, LINE, type Page } from './page';
import { put, textWidth, wrapText } from './text';

const TOTAL_LABEL = {
  tax_invoice: 'Invoice total (₹)',
  bill_of_supply: 'Invoice total (₹)',
  credit_note: 'Credit total (₹)',
  purchase_order: 'Order value (₹)',
} as const;
/** Totals, the GST summary by rate, the amount in words and the payments. */
export function summary(p: Page, d: PrintableDoc) {
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

/** The UPI QR code, the notes and the signature. */
export function footer(p: Page, d: PrintableDoc) {
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
