import iconv from 'iconv-lite';
import type { DecodedLine, DecodedReceipt } from './decoded';

/** A line's look, as ESC ! / ESC E / GS ! … left it. */
export type LineStyle = Omit<DecodedLine, 'text'>;
export interface PrinterStyle extends LineStyle {
  codePage: string;
}

export const PLAIN_STYLE: PrinterStyle = { bold: false, underline: false, invert: false, align: 'left', width: 1, height: 1, codePage: 'cp437' };

/**
 * The decoder's state at one byte, shared by the command readers below: each reads the command
 * at `i` and moves `i` past it.
 */
export interface Decoder {
  readonly bytes: Uint8Array;
  i: number;
  readonly out: DecodedReceipt;
  readonly style: PrinterStyle;
  pending: number[];
  qrStore: string;
  /** the byte k places after i (0 past the end) */
  b(k: number): number;
  current(): LineStyle;
  pushLine(line: DecodedLine): void;
  flush(): void;
  unknown(what: string): void;
  /** records a raster image and returns its size in bytes */
  raster(widthBytes: number, height: number, from: number): number;
  barcode(type: string, data: string): void;
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

/** ESC …: styles, feeds, code pages, the drawer, cuts. */
export function escCommand(d: Decoder): void {
  const cmd = d.b(1);
  if (cmd === 0x40) {
    Object.assign(d.style, PLAIN_STYLE);
    d.i += 2;
    return;
  }
  if (cmd === 0x45) {
    d.style.bold = (d.b(2) & 1) === 1;
    d.i += 3;
    return;
  }
  if (cmd === 0x2d) {
    d.style.underline = d.b(2) % 48 !== 0;
    d.i += 3;
    return;
  }
  if (cmd === 0x61) {
    d.style.align = ALIGN[d.b(2) % 48] ?? 'left';
    d.i += 3;
    return;
  }
  if (cmd === 0x21) {
    const n = d.b(2);
    d.style.bold = (n & 0x08) !== 0;
    d.style.height = n & 0x10 ? 2 : 1;
    d.style.width = n & 0x20 ? 2 : 1;
    d.style.underline = (n & 0x80) !== 0;
    d.i += 3;
    return;
  }
  if (cmd === 0x64) {
    if (d.pending.length) d.flush();
    for (let k = 0; k < d.b(2); k++) d.pushLine({ text: '', ...d.current() });
    d.i += 3;
    return;
  }
  if (cmd === 0x74) {
    d.style.codePage = CODE_PAGES[d.b(2)] ?? 'cp437';
    d.i += 3;
    return;
  }
  if (cmd === 0x70) {
    const kick = { pin: d.b(2) % 48 === 0 ? 2 : 5, onMs: d.b(3) * 2, offMs: d.b(4) * 2 };
    d.out.drawerKicks.push(kick);
    d.out.flow.push({ kind: 'drawer', ...kick });
    d.i += 5;
    return;
  }
  if (cmd === 0x69 || cmd === 0x6d) {
    d.out.cuts += 1;
    d.out.flow.push({ kind: 'cut', partial: cmd === 0x6d });
    d.i += 2;
    return;
  }
  skipCommand(d, 'ESC', ESC_SKIP);
}

/** A command that prints nothing we check: passed over by its known length, else noted as unknown and passed over alone. */
function skipCommand(d: Decoder, prefix: 'ESC' | 'GS' | 'FS', lengths: Record<number, number>): void {
  const cmd = d.b(1);
  const skip = lengths[cmd];
  if (skip === undefined) d.unknown(`${prefix} 0x${cmd.toString(16)}`);
  d.i += 2 + (skip ?? 0);
}

/** GS …: cuts, sizes, barcodes, raster images and QR codes. */
export function gsCommand(d: Decoder): void {
  const cmd = d.b(1);
  if (cmd === 0x56) {
    const m = d.b(2);
    d.out.cuts += 1;
    d.out.flow.push({ kind: 'cut', partial: m === 1 || m === 49 || m === 66 });
    d.i += m >= 65 ? 4 : 3;
    return;
  }
  if (cmd === 0x21) {
    const n = d.b(2);
    d.style.width = (n >> 4) + 1;
    d.style.height = (n & 0x0f) + 1;
    d.i += 3;
    return;
  }
  if (cmd === 0x42) {
    d.style.invert = (d.b(2) & 1) === 1;
    d.i += 3;
    return;
  }
  if (cmd === 0x6b) {
    const m = d.b(2);
    if (m <= 6) {
      let end = d.i + 3;
      while (end < d.bytes.length && d.bytes[end] !== 0) end++;
      d.barcode(BARCODE_TYPES[m] ?? `type ${m}`, iconv.decode(Buffer.from(d.bytes.slice(d.i + 3, end)), 'latin1'));
      d.i = end + 1;
    } else {
      const n = d.b(3);
      const data = iconv.decode(Buffer.from(d.bytes.slice(d.i + 4, d.i + 4 + n)), 'latin1');
      d.barcode(BARCODE_TYPES[m] ?? `type ${m}`, m === 73 ? data.replace(/^\{[ABC]/, '') : data);
      d.i += 4 + n;
    }
    return;
  }
  if (cmd === 0x76 && d.b(2) === 0x30) {
    d.i += 8 + d.raster(d.b(4) + d.b(5) * 256, d.b(6) + d.b(7) * 256, d.i + 8);
    return;
  }
  if (cmd === 0x28 && (d.b(2) === 0x6b || d.b(2) === 0x4c)) {
    const len = d.b(3) + d.b(4) * 256;
    const body = d.i + 5;
    if (d.b(2) === 0x6b && d.b(5) === 0x31 && d.b(6) === 0x50) d.qrStore = iconv.decode(Buffer.from(d.bytes.slice(body + 3, body + len)), 'utf8');
    else if (d.b(2) === 0x6b && d.b(5) === 0x31 && d.b(6) === 0x51) {
      d.out.qr.push(d.qrStore);
      d.out.flow.push({ kind: 'qr', data: d.qrStore });
    } else if (d.b(2) === 0x4c && d.b(6) === 0x70)
      d.raster(Math.ceil((d.b(body + 6) + d.b(body + 7) * 256) / 8), d.b(body + 8) + d.b(body + 9) * 256, body + 10);
    d.i = body + len;
    return;
  }
  if (cmd === 0x38 && d.b(2) === 0x4c) {
    const len = d.b(3) + d.b(4) * 256 + d.b(5) * 65536 + d.b(6) * 16777216;
    const body = d.i + 7;
    if (d.b(8) === 0x70) d.raster(Math.ceil((d.b(body + 6) + d.b(body + 7) * 256) / 8), d.b(body + 8) + d.b(body + 9) * 256, body + 10);
    d.i = body + len;
    return;
  }
  skipCommand(d, 'GS', GS_SKIP);
}

/** FS …: Kanji mode switches and the like, which print nothing. */
export function fsCommand(d: Decoder): void {
  skipCommand(d, 'FS', FS_SKIP);
}

/** DLE …: status questions and the real-time drawer pulse. */
export function dleCommand(d: Decoder): void {
  const cmd = d.b(1);
  if (cmd === 0x04) {
    d.out.statusRequests.push(d.b(2));
    d.i += 3;
    return;
  }
  if (cmd === 0x05) {
    d.i += 3;
    return;
  }
  if (cmd === 0x14 && d.b(2) === 1) {
    const kick = { pin: d.b(3) === 0 ? 2 : 5, onMs: d.b(4) * 100, offMs: d.b(4) * 100 };
    d.out.drawerKicks.push(kick);
    d.out.flow.push({ kind: 'drawer', ...kick });
    d.i += 5;
    return;
  }
  d.unknown(`DLE 0x${cmd.toString(16)}`);
  d.i += 2;
  return;
}
