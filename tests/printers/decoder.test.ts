import thermal from 'node-thermal-printer';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cut, drawerKick, rasterImage } from '../../printers/escpos/commands';
import { qrBitmap } from '../../printers/raster/bitmap';
import { decodeEscPos, UnknownCommandError } from '../../printers/virtual/decode';
import { imageToPng } from '../../printers/virtual/images';

/** The virtual printer's decoder reads back everything the app sends, and refuses what it does not know. */
const { ThermalPrinter, PrinterTypes, BreakLine } = thermal;
const builder = () => new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '', width: 48, breakLine: BreakLine.NONE });

describe('ESC/POS decoder', () => {
  it('recovers text styles line by line', () => {
    const p = builder();
    p.alignCenter();
    p.bold(true);
    p.println('Bold centre');
    p.bold(false);
    p.alignRight();
    p.underline(true);
    p.println('Underlined right');
    p.underline(false);
    p.alignLeft();
    p.invert(true);
    p.println('Inverted');
    p.invert(false);
    p.setTextSize(1, 1);
    p.println('Double');
    const d = decodeEscPos(p.getBuffer(), { strict: true });
    expect(d.lines.map(({ text, bold, underline, invert, align, width, height }) => ({ text, bold, underline, invert, align, width, height }))).toEqual([
      { text: 'Bold centre', bold: true, underline: false, invert: false, align: 'center', width: 1, height: 1 },
      { text: 'Underlined right', bold: false, underline: true, invert: false, align: 'right', width: 1, height: 1 },
      { text: 'Inverted', bold: false, underline: false, invert: true, align: 'left', width: 1, height: 1 },
      { text: 'Double', bold: false, underline: false, invert: false, align: 'left', width: 2, height: 2 },
    ]);
  });

  it('reads barcodes, native QR codes, and QR codes drawn as images', () => {
    const p = builder();
    p.printBarcode('890123456789', 67);
    p.code128('SK-00042', {});
    p.printQR('upi://pay?pa=a%40b&am=10.00&cu=INR', { cellSize: 6, correction: 'M', model: 2 });
    p.add(rasterImage(qrBitmap('upi://pay?pa=x%40y&am=1.50&cu=INR', 576, 6)));
    const d = decodeEscPos(p.getBuffer(), { strict: true });
    expect(d.barcodes).toEqual([
      { type: 'EAN13', data: '890123456789' },
      { type: 'CODE128', data: 'SK-00042' },
    ]);
    expect(d.qr).toEqual(['upi://pay?pa=a%40b&am=10.00&cu=INR', 'upi://pay?pa=x%40y&am=1.50&cu=INR']);
  });

  it('gives images back as PNG, dot for dot', () => {
    const image = qrBitmap('hello', 384, 4);
    const d = decodeEscPos(rasterImage(image), { strict: true });
    expect(d.images).toHaveLength(1);
    const png = PNG.sync.read(imageToPng(d.images[0]!));
    expect([png.width, png.height]).toEqual([384, image.height]);
    const black = (x: number, y: number) => png.data[(y * png.width + x) * 4] === 0;
    const dots = Array.from({ length: image.height }, (_, y) => Array.from({ length: 384 }, (_, x) => black(x, y)))
      .flat()
      .filter(Boolean).length;
    const bits = [...image.bits].reduce((n, b) => n + b.toString(2).replace(/0/g, '').length, 0);
    expect(dots).toBe(bits);
  });

  it('counts cuts and reads drawer kicks with their pulse times', () => {
    const d = decodeEscPos(Buffer.concat([drawerKick(2, 50, 500), drawerKick(5, 100, 200), cut(true), cut(false)]), { strict: true });
    expect(d.drawerKicks).toEqual([
      { pin: 2, onMs: 50, offMs: 500 },
      { pin: 5, onMs: 100, offMs: 200 },
    ]);
    expect(d.flow.filter((f) => f.kind === 'cut')).toEqual([
      { kind: 'cut', partial: true },
      { kind: 'cut', partial: false },
    ]);
    expect(drawerKick(2, 50, 500)).toEqual(Buffer.from([0x1b, 0x70, 0x00, 0x19, 0xfa]));
  });

  it('shows why the drawer kick is sent raw: node-thermal-printer 4.6.1 leaves out t1 and t2', () => {
    const p = builder();
    p.openCashDrawer();
    p.println('Total');
    const d = decodeEscPos(p.getBuffer());
    // It sends ESC p 0 and ESC p 1 bare: a printer takes the second command's first two bytes as
    // the first one's pulse times, and is left with a stray 0x01.
    expect(d.drawerKicks).toEqual([{ pin: 2, onMs: 0x1b * 2, offMs: 0x70 * 2 }]);
    expect(d.unknown).toEqual(['byte 0x1 at byte 5']);
  });

  it('lists unknown commands, and in strict mode refuses them', () => {
    const bytes = Buffer.from([0x1b, 0x7e, 0x41, 0x0a, 0x1d, 0xfe, 0x0a]);
    expect(decodeEscPos(bytes).unknown).toEqual(['ESC 0x7e at byte 0', 'GS 0xfe at byte 4']);
    expect(() => decodeEscPos(bytes, { strict: true })).toThrow(UnknownCommandError);
  });
});
