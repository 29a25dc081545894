import type { DecodedImage } from './images';

export type { DecodedImage };

/**
 * Turns ESC/POS bytes back into what a printer would put on paper: text lines with their style,
 * barcodes, QR payloads (native, or read back from raster images), images, cuts and drawer kicks,
 * in order. Anything it does not know goes to `unknown`, and tests fail on it: a printer would
 * print such bytes as garbage. `strict` throws on the first one instead.
 */
export interface DecodedLine {
  text: string;
  bold: boolean;
  underline: boolean;
  invert: boolean;
  align: 'left' | 'center' | 'right';
  width: number;
  height: number;
}

export type FlowItem =
  | { kind: 'line'; line: DecodedLine }
  | { kind: 'image'; image: DecodedImage }
  | { kind: 'qr'; data: string }
  | { kind: 'barcode'; type: string; data: string }
  | { kind: 'cut'; partial: boolean }
  | { kind: 'drawer'; pin: number; onMs: number; offMs: number };

export interface DecodedReceipt {
  lines: DecodedLine[];
  barcodes: Array<{ type: string; data: string }>;
  /** QR payloads: printed with GS ( k, or found in raster images */
  qr: string[];
  images: DecodedImage[];
  cuts: number;
  drawerKicks: Array<{ pin: number; onMs: number; offMs: number }>;
  /** DLE EOT n questions the sender asked (they print nothing) */
  statusRequests: number[];
  unknown: string[];
  /** everything above in paper order, for rendering */
  flow: FlowItem[];
}

/** The receipt as plain text lines, trailing spaces trimmed: handy in tests. */
export function receiptText(decoded: DecodedReceipt): string[] {
  return decoded.lines.map((l) => l.text.trimEnd());
}

/**
 * The job as reviewable text, one item per line: text lines as printed, and markers for what
 * is not text ([image 576x36], [QR …], [cut], [drawer …]). Golden tests compare this.
 */
export function flowText(decoded: DecodedReceipt): string {
  return decoded.flow
    .map((f) => {
      switch (f.kind) {
        case 'line':
          return (f.line.bold ? '*' : ' ') + (f.line.height > 1 ? '^' : ' ') + f.line.text.trimEnd();
        case 'image':
          return `[image ${f.image.widthDots}x${f.image.heightDots}]`;
        case 'qr':
          return `[QR ${f.data}]`;
        case 'barcode':
          return `[${f.type} ${f.data}]`;
        case 'cut':
          return f.partial ? '[partial cut]' : '[full cut]';
        case 'drawer':
          return `[drawer pin ${f.pin} ${f.onMs}/${f.offMs} ms]`;
      }
    })
    .join('\n');
}
