import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Align } from '../receipt/blocks';
import { stack, threshold, type Bitmap } from './bitmap';
import { CANVAS_FAMILY, canvasModule, registerCanvasFonts } from './fonts';

/**
 * Lines of Unicode text (Hindi, ₹) drawn the way the device font would place them, as 1-bit
 * images: Skia shapes Devanagari (conjuncts, reph, pre-base matras) correctly. 24 px matches the
 * printer's 12×24 font, so Hindi lines sit among device-text lines at the same size.
 */
export interface RasterLine {
  text: string;
  right?: string | undefined;
  align?: Align | undefined;
  bold?: boolean | undefined;
  size?: 'normal' | 'double' | undefined;
}

const BASE_PX = 24;
const MARGIN = 4;

function font(line: RasterLine): string {
  const px = line.size === 'double' ? BASE_PX * 2 : BASE_PX;
  return `${line.bold ? 'bold ' : ''}${px}px "${CANVAS_FAMILY.latin}", "${CANVAS_FAMILY.deva}"`;
}

/** Words that fit the paper, measured with the real font (character counts mean nothing for Hindi). */
function wrapMeasured(ctx: SKRSContext2D, s: string, maxWidth: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next).width > maxWidth) {
      out.push(current);
      current = word;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

function drawLine(line: RasterLine, paperWidth: number): Bitmap[] {
  const px = line.size === 'double' ? BASE_PX * 2 : BASE_PX;
  // Devanagari needs room above (reph, matras) and below (u-matras) the Latin line.
  const height = Math.round(px * 1.5);
  const probe = canvasModule().createCanvas(8, 8).getContext('2d');
  probe.font = font(line);
  const usable = paperWidth - 2 * MARGIN;
  const rightWidth = line.right ? probe.measureText(line.right).width + px / 2 : 0;
  const parts = line.right ? [line.text] : wrapMeasured(probe, line.text, usable);
  return parts.map((part) => {
    const canvas = canvasModule().createCanvas(paperWidth, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, paperWidth, height);
    ctx.fillStyle = '#000';
    ctx.font = font(line);
    ctx.textBaseline = 'middle';
    const y = height / 2;
    const width = ctx.measureText(part).width;
    const x = line.align === 'center' ? (paperWidth - width) / 2 : line.align === 'right' ? paperWidth - MARGIN - width : MARGIN;
    // A label that would run into its amount is cut, never overprinted.
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, paperWidth - MARGIN - rightWidth, height);
    ctx.clip();
    ctx.fillText(part, Math.max(MARGIN, x), y);
    ctx.restore();
    if (line.right) {
      ctx.textAlign = 'right';
      ctx.fillText(line.right, paperWidth - MARGIN, y);
    }
    return threshold(ctx.getImageData(0, 0, paperWidth, height).data, paperWidth, height);
  });
}

/** Several lines as one image, `paperWidth` dots wide (384 for 58 mm, 576 for 80 mm). */
export function rasterizeLines(lines: readonly RasterLine[], paperWidth: number): Bitmap {
  registerCanvasFonts();
  return stack(lines.flatMap((l) => drawLine(l, paperWidth)));
}
