import { onFirstUse } from '../on-first-use';
import { shopHeadingOf } from '../../app/core/shop/identity';
import type PDFKit from 'pdfkit';
import type { z } from 'zod';
import type { ShopView } from '../../app/core/contract';
import { formatCell } from '../../app/core/format';
import { sayIn } from '../../app/core/i18n/fail';
import type { Report } from '../../app/core/reports/table';
import { put, registerPdfFonts } from './text';

const pdfkit = onFirstUse<typeof PDFKit>('pdfkit');

/**
 * A book or statement as a PDF: the shop at the top, the title and period, the table with its
 * header repeated on every page, and "page n of m" at the foot. Wide tables (more than six columns)
 * are set landscape. Same fonts and script handling as the invoices (text.ts), so a Hindi table
 * draws its Devanagari runs in Noto Sans Devanagari.
 */
type Doc = InstanceType<typeof PDFKit>;
type Part = Report['parts'][number];

/** A cell as the screen shows it (app/core/format/cell.ts). */
export const cellText = (c: Part['rows'][number]['cells'][number], col: Part['columns'][number]) => formatCell(c, col.kind);

const STRONG = new Set(['group', 'subtotal', 'total']);

export function renderTablePdf(table: Report, shop: z.output<typeof ShopView>): Promise<Buffer> {
  const landscape = Math.max(...table.parts.map((p) => p.columns.length)) > 6;
  const margin = 32;
  const doc: Doc = new (pdfkit())({
    size: 'A4',
    layout: landscape ? 'landscape' : 'portrait',
    margin,
    bufferPages: true,
    info: { Title: `${table.title} ${table.period}`, Author: shop.name, Creator: 'SmartKirana' },
  });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * margin;
  const bottom = doc.page.height - margin - 16;
  const size = 8.5;
  const rowH = size * 1.75;
  let y = margin;

  put(doc, shopHeadingOf(shop), margin, y, { size: 13, bold: true });
  const t = sayIn(table.lang);
  put(doc, shop.gstin ? t('report.gstin', { gstin: shop.gstin }) : '', margin, y, { size: 8.5, color: '#555' }, width, 'right');
  y += 17;
  put(doc, shop.address, margin, y, { size: 8.5, color: '#555' }, width);
  y += 16;
  put(doc, table.title, margin, y, { size: 14, bold: true });
  put(doc, table.period, margin, y + 3, { size: 9.5 }, width, 'right');
  y += 24;

  const room = (h: number) => {
    if (y + h <= bottom) return false;
    doc.addPage();
    y = margin;
    return true;
  };

  const drawPart = (part: Part) => {
    const weights = part.columns.map((c) => c.width ?? (c.kind === 'money' ? 1.2 : c.kind === 'text' ? 2 : 1.1));
    const total = weights.reduce((s, w) => s + w, 0);
    const widths = weights.map((w) => (w / total) * width);
    const xs = widths.map((_, i) => margin + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const right = (c: Part['columns'][number]) => c.kind !== 'text' && c.kind !== 'date';
    const header = () => {
      doc.rect(margin, y - 2, width, rowH + 1).fill('#e8efed');
      part.columns.forEach((c, i) => put(doc, c.label, (xs[i] ?? 0) + 3, y + 1, { size, bold: true }, (widths[i] ?? 0) - 6, right(c) ? 'right' : 'left'));
      y += rowH + 2;
    };
    if (part.caption) {
      room(rowH * 3);
      put(doc, part.caption, margin, y, { size: 10, bold: true });
      y += rowH + 2;
    }
    header();
    for (const row of part.rows) {
      if (room(rowH)) header();
      const strong = STRONG.has(row.style ?? '');
      if (strong)
        doc
          .moveTo(margin, y - 1)
          .lineTo(margin + width, y - 1)
          .lineWidth(0.4)
          .strokeColor('#999')
          .stroke();
      part.columns.forEach((c, i) => {
        const indent = i === 0 ? (row.level ?? 0) * 10 : 0;
        put(
          doc,
          cellText(row.cells[i] ?? null, c),
          (xs[i] ?? 0) + 3 + indent,
          y,
          { size, bold: strong, ...(row.style === 'muted' || row.style === 'cancelled' ? { color: '#666' } : {}) },
          (widths[i] ?? 0) - 6 - indent,
          right(c) ? 'right' : 'left',
        );
      });
      y += rowH;
    }
    y += rowH / 2;
  };
  table.parts.forEach(drawPart);
  for (const note of table.notes) {
    room(rowH);
    y += 4;
    put(doc, note.text, margin, y, { size, color: '#555' }, width);
    y += rowH;
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    put(
      doc,
      t('report.page', { title: table.title, period: table.period, page: i + 1, pages: range.count }),
      margin,
      doc.page.height - margin - 8,
      { size: 7.5, color: '#777' },
      width,
      'right',
    );
  }
  doc.end();
  return done;
}
