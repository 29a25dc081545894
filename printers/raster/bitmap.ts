import { encode } from 'uqr';

/**
 * A 1-bit image as ESC/POS raster commands carry it: rows of width/8 bytes, most significant bit
 * first, 1 = a black dot. Width is always a multiple of 8.
 */
export interface Bitmap {
  width: number;
  height: number;
  bits: Uint8Array;
}

export function blankBitmap(width: number, height: number): Bitmap {
  const w = Math.ceil(width / 8) * 8;
  return { width: w, height, bits: new Uint8Array((w / 8) * height) };
}

export function dotAt(b: Bitmap, x: number, y: number): boolean {
  return ((b.bits[y * (b.width / 8) + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
}

function setDot(b: Bitmap, x: number, y: number) {
  const i = y * (b.width / 8) + (x >> 3);
  b.bits[i] = (b.bits[i] ?? 0) | (0x80 >> (x & 7));
}

/** RGBA pixels to dots: dark enough is black (thermal heads print thin grey strokes badly). */
export function threshold(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, cutoff = 160): Bitmap {
  const out = blankBitmap(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const alpha = (rgba[i + 3] ?? 0) / 255;
      const luma = 255 - alpha * (255 - (0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0)));
      if (luma < cutoff) setDot(out, x, y);
    }
  }
  return out;
}

/** Bitmaps one under the other, as wide as the widest. */
export function stack(parts: readonly Bitmap[]): Bitmap {
  const width = Math.max(8, ...parts.map((p) => p.width));
  const out = blankBitmap(
    width,
    parts.reduce((h, p) => h + p.height, 0),
  );
  let top = 0;
  for (const p of parts) {
    const rowBytes = p.width / 8;
    for (let y = 0; y < p.height; y++) out.bits.set(p.bits.subarray(y * rowBytes, (y + 1) * rowBytes), (top + y) * (width / 8));
    top += p.height;
  }
  return out;
}

/**
 * A QR code drawn as dots, centred on paper `paperWidth` dots wide with a quiet zone: for
 * printers without a QR command of their own. Error correction M, as the native command uses.
 */
export function qrBitmap(data: string, paperWidth: number, cell: number): Bitmap {
  const qr = encode(data, { ecc: 'M', border: 0 });
  const quiet = 4 * cell;
  const side = qr.size * cell;
  const out = blankBitmap(paperWidth, side + 2 * quiet);
  const left = Math.max(quiet, Math.floor((out.width - side) / 2));
  qr.data.forEach((rowDots, y) =>
    rowDots.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < cell; dy++) for (let dx = 0; dx < cell; dx++) setDot(out, left + x * cell + dx, quiet + y * cell + dy);
    }),
  );
  return out;
}
