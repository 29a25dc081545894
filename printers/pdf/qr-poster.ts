import { onFirstUse } from '../on-first-use';
import type PDFKit from 'pdfkit';
import { encode } from 'uqr';
import { GREY } from './page';
import { put, registerPdfFonts, wrapText } from './text';

const pdfkit = onFirstUse<typeof PDFKit>('pdfkit');

export interface PosterInput {
  shopName: string;
  address: string;
  phone: string;
  hours: string;
  /** the catalog's address the QR opens (the shop's LAN address or its page on the relay) */
  url: string;
  lang: 'en' | 'hi';
}

const WORDS = {
  en: {
    headline: 'Order from our shop on your phone',
    scan: 'Scan with your phone camera',
    steps: 'See prices and stock · Order for pickup or home delivery · Pay by UPI or cash',
    hours: 'Open',
  },
  hi: {
    headline: 'अपने फ़ोन से हमारी दुकान से ऑर्डर करें',
    scan: 'फ़ोन के कैमरे से स्कैन करें',
    steps: 'दाम और स्टॉक देखें · दुकान से लें या घर मँगाएँ · UPI या नकद से भुगतान',
    hours: 'खुला',
  },
} as const;

/**
 * The shop-wall poster: the shop's name, a large QR of the catalog's address (error correction
 * level M, a 4-module quiet zone, about 11 cm across so a phone reads it from a metre away), what
 * the customer can do, and the address written out for phones that cannot scan. One A4 page.
 */
export function renderQrPoster(p: PosterInput): Promise<Buffer> {
  const w = WORDS[p.lang];
  const doc = new (pdfkit())({ size: 'A4', margin: 48, info: { Title: `${p.shopName} — QR`, Author: p.shopName, Creator: 'SmartKirana' } });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = 48;
  const width = doc.page.width - 96;
  let y = 56;
  for (const line of wrapText(doc, p.shopName, { size: 34, bold: true }, width)) {
    put(doc, line, left, y, { size: 34, bold: true }, width, 'center');
    y += 44;
  }
  for (const line of wrapText(doc, p.address, { size: 13, color: GREY }, width)) {
    put(doc, line, left, y, { size: 13, color: GREY }, width, 'center');
    y += 18;
  }
  y += 14;
  put(doc, w.headline, left, y, { size: 22, bold: true }, width, 'center');
  y += 40;

  const qr = encode(p.url, { ecc: 'M', border: 4 });
  const side = 320;
  const cell = side / qr.size;
  const x0 = left + (width - side) / 2;
  doc.rect(x0, y, side, side).fill('#fff');
  qr.data.forEach((row, r) =>
    row.forEach((dark, c) => {
      // Cells overlap by a hair so no white seam shows between modules when printed.
      if (dark) doc.rect(x0 + c * cell, y + r * cell, cell + 0.2, cell + 0.2).fill('#000');
    }),
  );
  y += side + 18;
  put(doc, w.scan, left, y, { size: 18, bold: true }, width, 'center');
  y += 30;
  for (const line of wrapText(doc, w.steps, { size: 13 }, width)) {
    put(doc, line, left, y, { size: 13 }, width, 'center');
    y += 20;
  }
  y += 16;
  put(doc, p.url, left, y, { size: 14, bold: true }, width, 'center');
  y += 26;
  const contact = [p.phone, p.hours ? `${w.hours}: ${p.hours}` : ''].filter(Boolean).join(' · ');
  if (contact) put(doc, contact, left, y, { size: 13, color: GREY }, width, 'center');
  doc.end();
  return done;
}
