import iconv from 'iconv-lite';
import type { DecodedLine, DecodedReceipt } from './decoded';
import { dleCommand, escCommand, fsCommand, gsCommand, PLAIN_STYLE, type Decoder } from './escpos-commands';
import { qrInImage } from './images';

export type { DecodedImage, DecodedLine, DecodedReceipt, FlowItem } from './decoded';
export { flowText, receiptText } from './decoded';

export class UnknownCommandError extends Error {}

/**
 * Turns ESC/POS bytes back into what a printer would put on paper: text lines with their style,
 * barcodes, QR payloads (native, or read back from raster images), images, cuts and drawer kicks,
 * in order. Anything it does not know goes to `unknown`, and tests fail on it: a printer would
 * print such bytes as garbage. `strict` throws on the first one instead.
 */
export function decodeEscPos(bytes: Uint8Array, options: { strict?: boolean } = {}): DecodedReceipt {
  const out: DecodedReceipt = { lines: [], barcodes: [], qr: [], images: [], cuts: 0, drawerKicks: [], statusRequests: [], unknown: [], flow: [] };
  let lineStyle: Omit<DecodedLine, 'text'> | null = null;
  const d: Decoder = {
    bytes,
    i: 0,
    out,
    style: { ...PLAIN_STYLE },
    pending: [],
    qrStore: '',
    b: (k) => bytes[d.i + k] ?? 0,
    current: () => ({
      bold: d.style.bold,
      underline: d.style.underline,
      invert: d.style.invert,
      align: d.style.align,
      width: d.style.width,
      height: d.style.height,
    }),
    pushLine(line) {
      out.lines.push(line);
      out.flow.push({ kind: 'line', line });
    },
    flush() {
      d.pushLine({ text: iconv.decode(Buffer.from(d.pending), d.style.codePage), ...(lineStyle ?? d.current()) });
      d.pending = [];
      lineStyle = null;
    },
    unknown(what) {
      const message = `${what} at byte ${d.i}`;
      if (options.strict) throw new UnknownCommandError(`unknown ESC/POS command: ${message}`);
      out.unknown.push(message);
    },
    raster(widthBytes, height, from) {
      const image = { widthDots: widthBytes * 8, heightDots: height, bits: bytes.slice(from, from + widthBytes * height) };
      out.images.push(image);
      out.flow.push({ kind: 'image', image });
      return widthBytes * height;
    },
    barcode(type, data) {
      out.barcodes.push({ type, data });
      out.flow.push({ kind: 'barcode', type, data });
    },
  };

  while (d.i < bytes.length) {
    const c = d.b(0);
    if (c === 0x0a) {
      d.flush();
      d.i += 1;
    } else if (c === 0x0d) d.i += 1;
    else if (c === 0x09) {
      d.pending.push(0x20);
      d.i += 1;
    } else if (c >= 0x20 && c !== 0x7f) {
      lineStyle ??= d.current();
      d.pending.push(c);
      d.i += 1;
    } else if (c === 0x1b) escCommand(d);
    else if (c === 0x1d) gsCommand(d);
    else if (c === 0x1c) fsCommand(d);
    else if (c === 0x10) dleCommand(d);
    else {
      d.unknown(`byte 0x${c.toString(16)}`);
      d.i += 1;
    }
  }
  if (d.pending.length) d.flush();
  // Printers without a QR command get the QR as an image: read it back the way a phone would.
  for (const image of out.images) {
    const found = qrInImage(image);
    if (found !== null) out.qr.push(found);
  }
  return out;
}
