import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { qrBitmap } from '../raster/bitmap';
import { CANVAS_FAMILY, registerCanvasFonts } from '../raster/fonts';
import type { DecodedImage, DecodedLine, DecodedReceipt, FlowItem } from './decode';
import { imageToRgba } from './images';

/**
 * A picture of the paper a real printer would give for a decoded job: text in 12×24-dot cells
 * (the printer's font A), images dot for dot, native QR codes drawn from their payload, cuts and
 * drawer kicks as grey notes. For looking at receipts during development and in test reports.
 */
const CELL_W = 12;
const CELL_H = 24;
const NOTE = '#8a8f98';

function heightOf(item: FlowItem, paper: number): number {
  switch (item.kind) {
    case 'line':
      return CELL_H * item.line.height + 6;
    case 'image':
      return item.image.heightDots;
    case 'qr':
      return qrBitmap(item.data, paper, 6).height;
    default:
      return CELL_H + 8;
  }
}

function drawLine(ctx: SKRSContext2D, line: DecodedLine, top: number, paper: number) {
  const w = CELL_W * line.width;
  const h = CELL_H * line.height;
  const chars = [...line.text.replace(/\s+$/, '')];
  const span = chars.length * w;
  const left = line.align === 'center' ? Math.floor((paper - span) / 2) : line.align === 'right' ? paper - span : 0;
  // The printer doubles its 12×24 font by stretching it: draw at base size and scale each way.
  ctx.font = `${line.bold ? 'bold ' : ''}${Math.round(CELL_H * 0.8)}px "${CANVAS_FAMILY.latin}"`;
  if (line.invert) {
    ctx.fillRect(left, top, span, h);
    ctx.fillStyle = '#fff';
  }
  // One character per cell, whatever the font's own widths: the printer's columns line up.
  chars.forEach((ch, k) => {
    const x = left + k * w;
    ctx.save();
    ctx.translate(x + w / 2, top + h * 0.78);
    ctx.scale(line.width, line.height);
    ctx.fillText(ch, -ctx.measureText(ch).width / 2, 0);
    ctx.restore();
  });
  if (line.underline) ctx.fillRect(left, top + h - 2, span, 2);
  ctx.fillStyle = '#000';
}

function drawImage(ctx: SKRSContext2D, image: DecodedImage, top: number) {
  const { data, width, height } = imageToRgba(image);
  const img = ctx.createImageData(width, height);
  img.data.set(data);
  // putImageData ignores the canvas transform: add the margin by hand.
  const m = ctx.getTransform();
  ctx.putImageData(img, m.e, m.f + top);
}

function drawNote(ctx: SKRSContext2D, text: string, top: number, paper: number, dashed: boolean) {
  ctx.fillStyle = NOTE;
  ctx.strokeStyle = NOTE;
  ctx.font = `16px "${CANVAS_FAMILY.latin}"`;
  if (dashed) {
    ctx.setLineDash([8, 6]);
    ctx.beginPath();
    ctx.moveTo(0, top + CELL_H / 2);
    ctx.lineTo(paper, top + CELL_H / 2);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  const w = ctx.measureText(text).width;
  ctx.fillStyle = '#fff';
  ctx.fillRect((paper - w) / 2 - 6, top, w + 12, CELL_H);
  ctx.fillStyle = NOTE;
  ctx.fillText(text, (paper - w) / 2, top + 17);
  ctx.fillStyle = '#000';
}

/** The whole job as a PNG; `paper` is the printable width in dots (384 for 58 mm, 576 for 80 mm). */
export function renderReceiptPng(decoded: DecodedReceipt, paper = 576): Buffer {
  registerCanvasFonts();
  const margin = 16;
  const total = decoded.flow.reduce((h, item) => h + heightOf(item, paper), 0);
  const canvas = createCanvas(paper + 2 * margin, total + 2 * margin);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(margin, margin);
  ctx.fillStyle = '#000';
  let top = 0;
  for (const item of decoded.flow) {
    if (item.kind === 'line') drawLine(ctx, item.line, top, paper);
    else if (item.kind === 'image') drawImage(ctx, item.image, top);
    else if (item.kind === 'qr') drawImage(ctx, asImage(qrBitmap(item.data, paper, 6)), top);
    else if (item.kind === 'barcode') drawNote(ctx, `[${item.type} ${item.data}]`, top, paper, false);
    else if (item.kind === 'cut') drawNote(ctx, item.partial ? 'partial cut' : 'full cut', top, paper, true);
    else drawNote(ctx, `drawer kick: pin ${item.pin}, ${item.onMs}/${item.offMs} ms`, top, paper, false);
    top += heightOf(item, paper);
  }
  return canvas.toBuffer('image/png');
}

const asImage = (b: { width: number; height: number; bits: Uint8Array }): DecodedImage => ({ widthDots: b.width, heightDots: b.height, bits: b.bits });
