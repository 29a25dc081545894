import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A raster image as the printer receives it. */
export interface DecodedImage {
  widthDots: number;
  heightDots: number;
  /** 1 bit per dot, rows of widthDots/8 bytes, MSB first, 1 = black */
  bits: Uint8Array;
}

/** A decoded raster as RGBA pixels (white paper, black dots), with a white border of `pad` dots. */
export function imageToRgba(image: DecodedImage, pad = 0): { data: Uint8ClampedArray; width: number; height: number } {
  const width = image.widthDots + 2 * pad;
  const height = image.heightDots + 2 * pad;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const rowBytes = image.widthDots / 8;
  for (let y = 0; y < image.heightDots; y++) {
    for (let x = 0; x < image.widthDots; x++) {
      if (((image.bits[y * rowBytes + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) === 0) continue;
      const k = ((y + pad) * width + x + pad) * 4;
      data[k] = data[k + 1] = data[k + 2] = 0;
    }
  }
  return { data, width, height };
}

/** A raster image as a PNG file's bytes. */
export function imageToPng(image: DecodedImage): Buffer {
  const { data, width, height } = imageToRgba(image);
  const png = new PNG({ width, height });
  png.data = Buffer.from(data.buffer);
  return PNG.sync.write(png);
}

/** The payload of a QR code drawn in a raster image, or null (jsQR, as a phone's camera would). */
export function qrInImage(image: DecodedImage): string | null {
  // A text line is too short to hold a QR code: skip the work.
  if (image.heightDots < 60) return null;
  const { data, width, height } = imageToRgba(image, 16);
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
