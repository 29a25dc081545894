import iconv from 'iconv-lite';
import { qrInImage, type DecodedImage } from './images';

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

const BARCODE_TYPES: Record<number, string> = {
  0: 'UPC-A',
  1: 'UPC-E',
  2: 'EAN13',
  3: 'EAN8',
  4: 'CODE39',
  5: 'ITF',
  6: 'CODABAR',
  65: 'UPC-A',
  66: 'UPC-E',
  67: 'EAN13',
  68: 'EAN8',
  69: 'CODE39',
  70: 'ITF',
  71: 'CODABAR',
  72: 'CODE93',
  73: 'CODE128',
};
const ALIGN = ['left', 'center', 'right'] as const;
const CODE_PAGES: Record<number, string> = { 0: 'cp437', 2: 'cp850', 16: 'win1252', 19: 'cp858' };
// Commands with a fixed number of argument bytes that change nothing we record (spacing, fonts, margins…).
const ESC_SKIP: Record<number, number> = {
  0x42: 2,
  0x33: 1,
  0x32: 0,
  0x4d: 1,
  0x7b: 1,
  0x47: 1,
  0x52: 1,
  0x24: 2,
  0x5c: 2,
  0x4a: 1,
  0x20: 1,
  0x63: 2,
  0x3d: 1,
  0x55: 1,
  0x56: 1,
};
const GS_SKIP: Record<number, number> = { 0x68: 1, 0x77: 1, 0x48: 1, 0x66: 1, 0x61: 1, 0x72: 1, 0x49: 1, 0x50: 2, 0x62: 1, 0x4c: 2, 0x57: 2 };
const FS_SKIP: Record<number, number> = { 0x2e: 0, 0x26: 0, 0x43: 1, 0x53: 2, 0x2d: 1 };

export class UnknownCommandError extends Error {}

export function decodeEscPos(bytes: Uint8Array, options: { strict?: boolean } = {}): DecodedReceipt {
  const out: DecodedReceipt = { lines: [], barcodes: [], qr: [], images: [], cuts: 0, drawerKicks: [], statusRequests: [], unknown: [], flow: [] };
  const plain = { bold: false, underline: false, invert: false, align: 'left' as DecodedLine['align'], width: 1, height: 1, codePage: 'cp437' };
  const style = { ...plain };
  let pending: number[] = [];
  let lineStyle: Omit<DecodedLine, 'text'> | null = null;
  let qrStore = '';
  let i = 0;
  const b = (k: number) => bytes[i + k] ?? 0;
  const current = (): Omit<DecodedLine, 'text'> => ({
    bold: style.bold,
    underline: style.underline,
    invert: style.invert,
    align: style.align,
    width: style.width,
    height: style.height,
  });

  const pushLine = (line: DecodedLine) => {
    out.lines.push(line);
    out.flow.push({ kind: 'line', line });
  };
  const flush = () => {
    pushLine({ text: iconv.decode(Buffer.from(pending), style.codePage), ...(lineStyle ?? current()) });
    pending = [];
    lineStyle = null;
  };
  const unknown = (what: string) => {
    const message = `${what} at byte ${i}`;
    if (options.strict) throw new UnknownCommandError(`unknown ESC/POS command: ${message}`);
    out.unknown.push(message);
  };
  const raster = (widthBytes: number, height: number, from: number) => {
    const image = { widthDots: widthBytes * 8, heightDots: height, bits: bytes.slice(from, from + widthBytes * height) };
    out.images.push(image);
    out.flow.push({ kind: 'image', image });
    return widthBytes * height;
  };
  const barcode = (type: string, data: string) => {
    out.barcodes.push({ type, data });
    out.flow.push({ kind: 'barcode', type, data });
  };

  while (i < bytes.length) {
    const c = b(0);
    if (c === 0x0a) {
      flush();
      i += 1;
      continue;
    }
    if (c === 0x0d) {
      i += 1;
      continue;
    }
    if (c === 0x09) {
      pending.push(0x20);
      i += 1;
      continue;
    }
    if (c >= 0x20 && c !== 0x7f) {
      lineStyle ??= current();
      pending.push(c);
      i += 1;
      continue;
    }
    if (c === 0x1b) {
      const cmd = b(1);
      if (cmd === 0x40) {
        Object.assign(style, plain);
        i += 2;
        continue;
      }
      if (cmd === 0x45) {
        style.bold = (b(2) & 1) === 1;
        i += 3;
        continue;
      }
      if (cmd === 0x2d) {
        style.underline = b(2) % 48 !== 0;
        i += 3;
        continue;
      }
      if (cmd === 0x61) {
        style.align = ALIGN[b(2) % 48] ?? 'left';
        i += 3;
        continue;
      }
      if (cmd === 0x21) {
        const n = b(2);
        style.bold = (n & 0x08) !== 0;
        style.height = n & 0x10 ? 2 : 1;
        style.width = n & 0x20 ? 2 : 1;
        style.underline = (n & 0x80) !== 0;
        i += 3;
        continue;
      }
      if (cmd === 0x64) {
        if (pending.length) flush();
        for (let k = 0; k < b(2); k++) pushLine({ text: '', ...current() });
        i += 3;
        continue;
      }
      if (cmd === 0x74) {
        style.codePage = CODE_PAGES[b(2)] ?? 'cp437';
        i += 3;
        continue;
      }
      if (cmd === 0x70) {
        const kick = { pin: b(2) % 48 === 0 ? 2 : 5, onMs: b(3) * 2, offMs: b(4) * 2 };
        out.drawerKicks.push(kick);
        out.flow.push({ kind: 'drawer', ...kick });
        i += 5;
        continue;
      }
      if (cmd === 0x69 || cmd === 0x6d) {
        out.cuts += 1;
        out.flow.push({ kind: 'cut', partial: cmd === 0x6d });
        i += 2;
        continue;
      }
      const skip = ESC_SKIP[cmd];
      if (skip !== undefined) {
        i += 2 + skip;
        continue;
      }
      unknown(`ESC 0x${cmd.toString(16)}`);
      i += 2;
      continue;
    }
    if (c === 0x1d) {
      const cmd = b(1);
      if (cmd === 0x56) {
        const m = b(2);
        out.cuts += 1;
        out.flow.push({ kind: 'cut', partial: m === 1 || m === 49 || m === 66 });
        i += m >= 65 ? 4 : 3;
        continue;
      }
      if (cmd === 0x21) {
        const n = b(2);
        style.width = (n >> 4) + 1;
        style.height = (n & 0x0f) + 1;
        i += 3;
        continue;
      }
      if (cmd === 0x42) {
        style.invert = (b(2) & 1) === 1;
        i += 3;
        continue;
      }
      if (cmd === 0x6b) {
        const m = b(2);
        if (m <= 6) {
          let end = i + 3;
          while (end < bytes.length && bytes[end] !== 0) end++;
          barcode(BARCODE_TYPES[m] ?? `type ${m}`, iconv.decode(Buffer.from(bytes.slice(i + 3, end)), 'latin1'));
          i = end + 1;
        } else {
          const n = b(3);
          const data = iconv.decode(Buffer.from(bytes.slice(i + 4, i + 4 + n)), 'latin1');
          barcode(BARCODE_TYPES[m] ?? `type ${m}`, m === 73 ? data.replace(/^\{[ABC]/, '') : data);
          i += 4 + n;
        }
        continue;
      }
      if (cmd === 0x76 && b(2) === 0x30) {
        i += 8 + raster(b(4) + b(5) * 256, b(6) + b(7) * 256, i + 8);
        continue;
      }
      if (cmd === 0x28 && (b(2) === 0x6b || b(2) === 0x4c)) {
        const len = b(3) + b(4) * 256;
        const body = i + 5;
        if (b(2) === 0x6b && b(5) === 0x31 && b(6) === 0x50) qrStore = iconv.decode(Buffer.from(bytes.slice(body + 3, body + len)), 'utf8');
        else if (b(2) === 0x6b && b(5) === 0x31 && b(6) === 0x51) {
          out.qr.push(qrStore);
          out.flow.push({ kind: 'qr', data: qrStore });
        } else if (b(2) === 0x4c && b(6) === 0x70) raster(Math.ceil((b(body + 6) + b(body + 7) * 256) / 8), b(body + 8) + b(body + 9) * 256, body + 10);
        i = body + len;
        continue;
      }
      if (cmd === 0x38 && b(2) === 0x4c) {
        const len = b(3) + b(4) * 256 + b(5) * 65536 + b(6) * 16777216;
        const body = i + 7;
        if (b(8) === 0x70) raster(Math.ceil((b(body + 6) + b(body + 7) * 256) / 8), b(body + 8) + b(body + 9) * 256, body + 10);
        i = body + len;
        continue;
      }
      const skip = GS_SKIP[cmd];
      if (skip !== undefined) {
        i += 2 + skip;
        continue;
      }
      unknown(`GS 0x${cmd.toString(16)}`);
      i += 2;
      continue;
    }
    if (c === 0x1c) {
      const skip = FS_SKIP[b(1)];
      if (skip !== undefined) {
        i += 2 + skip;
        continue;
      }
      unknown(`FS 0x${b(1).toString(16)}`);
      i += 2;
      continue;
    }
    if (c === 0x10) {
      const cmd = b(1);
      if (cmd === 0x04) {
        out.statusRequests.push(b(2));
        i += 3;
        continue;
      }
      if (cmd === 0x05) {
        i += 3;
        continue;
      }
      if (cmd === 0x14 && b(2) === 1) {
        const kick = { pin: b(3) === 0 ? 2 : 5, onMs: b(4) * 100, offMs: b(4) * 100 };
        out.drawerKicks.push(kick);
        out.flow.push({ kind: 'drawer', ...kick });
        i += 5;
        continue;
      }
      unknown(`DLE 0x${cmd.toString(16)}`);
      i += 2;
      continue;
    }
    unknown(`byte 0x${c.toString(16)}`);
    i += 1;
  }
  if (pending.length) flush();
  // Printers without a QR command get the QR as an image: read it back the way a phone would.
  for (const image of out.images) {
    const found = qrInImage(image);
    if (found !== null) out.qr.push(found);
  }
  return out;
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
