import type PDFKit from 'pdfkit';
import { onFirstUse } from '../on-first-use';
import { registerPdfFonts } from './text';

type Doc = InstanceType<typeof PDFKit>;
const pdfkit = onFirstUse<typeof PDFKit>('pdfkit');

/** A new PDF with the Hindi and English fonts registered, and its bytes once `doc.end()` is called. */
export function openPdf(options: PDFKit.PDFDocumentOptions & { info: { Title: string; Author?: string } }): { doc: Doc; bytes: Promise<Buffer> } {
  const doc = new (pdfkit())({ ...options, info: { ...options.info, Creator: 'SmartKirana' } });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
