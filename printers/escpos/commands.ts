import type { Bitmap } from '../raster/bitmap';

/**
 * Raw ESC/POS commands written by hand, where node-thermal-printer gets them wrong or lacks them.
 * Each is the Epson command the name says; the virtual printer's decoder reads every one back.
 */
const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;

export const INIT = Buffer.from([ESC, 0x40]);
/** FS . — leave Chinese double-byte mode, which cheap printers start in (bytes ≥ 0x80 would pair up) */
export const CANCEL_KANJI = Buffer.from([FS, 0x2e]);

export const CODE_PAGE_NUMBER = { cp437: 0, cp858: 19, win1252: 16 } as const;

export function selectCodePage(page: keyof typeof CODE_PAGE_NUMBER): Buffer {
  return Buffer.from([ESC, 0x74, CODE_PAGE_NUMBER[page]]);
}

/**
 * ESC p m t1 t2: pulse the drawer pin (m 0 = pin 2, 1 = pin 5) on for t1×2 ms and off for t2×2 ms.
 * node-thermal-printer 4.6.1 leaves out t1/t2, so a real printer swallows the next two bytes.
 */
export function drawerKick(pin: 2 | 5, onMs: number, offMs: number): Buffer {
  const units = (ms: number) => Math.max(1, Math.min(255, Math.round(ms / 2)));
  return Buffer.from([ESC, 0x70, pin === 2 ? 0 : 1, units(onMs), units(offMs)]);
}

/** GS V 66/65 n: feed to the cutter (plus n lines) and cut, partly or fully. */
export function cut(partial: boolean, feedLines = 3): Buffer {
  return Buffer.from([GS, 0x56, partial ? 0x42 : 0x41, feedLines]);
}

/** GS v 0: a raster image, in bands short enough for small printer buffers. */
export function rasterImage(b: Bitmap, bandRows = 1024): Buffer {
  const rowBytes = b.width / 8;
  const parts: Buffer[] = [];
  for (let top = 0; top < b.height; top += bandRows) {
    const rows = Math.min(bandRows, b.height - top);
    parts.push(Buffer.from([GS, 0x76, 0x30, 0x00, rowBytes & 0xff, rowBytes >> 8, rows & 0xff, rows >> 8]));
    parts.push(Buffer.from(b.bits.subarray(top * rowBytes, (top + rows) * rowBytes)));
  }
  return Buffer.concat(parts);
}

/** DLE EOT n: real-time status. 1 printer, 2 offline cause, 3 error, 4 roll paper sensor. */
export function statusRequest(n: 1 | 2 | 3 | 4): Buffer {
  return Buffer.from([DLE, 0x04, n]);
}

/**
 * A barcode the printer draws itself (GS k, function B): digits printed below (GS H 2), height in
 * dots (GS h), module width (GS w). EAN-13 is sent as its 13 digits; Code 128 in code set B.
 */
export function barcode(type: 'EAN13' | 'CODE128', data: string, heightDots = 80, moduleDots = 2): Buffer {
  const payload = Buffer.from(type === 'CODE128' ? `{B${data}` : data, 'ascii');
  return Buffer.concat([Buffer.from([GS, 0x48, 2, GS, 0x68, heightDots, GS, 0x77, moduleDots, GS, 0x6b, type === 'EAN13' ? 67 : 73, payload.length]), payload]);
}
