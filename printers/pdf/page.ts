import type PDFDocument from 'pdfkit';
import type { TextStyle } from './text';

type Doc = InstanceType<typeof PDFDocument>;

export const GREY = '#555';
export const LINE = '#999';

/** Where the next line goes on a PDF page, and the page's measures. */
export class Page {
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
