import thermal from 'node-thermal-printer';
import type { ReceiptBlock } from '../receipt/blocks';
import { needsRaster } from '../receipt/blocks';
import { leftRight, toDeviceText } from '../receipt/columns';
import { qrBitmap } from '../raster/bitmap';
import { rasterizeLines, type RasterLine } from '../raster/text';
import { barcode, CANCEL_KANJI, cut, drawerKick, INIT, rasterImage, selectCodePage } from './commands';

const { ThermalPrinter, PrinterTypes, CharacterSet, BreakLine } = thermal;

export interface EncodeOptions {
  /** characters per line: 32 (58 mm) or 48 (80 mm) */
  width: 32 | 48;
  codePage: 'cp437' | 'cp858' | 'win1252';
  /** the printer's own QR command, or the QR drawn as an image */
  qr: 'native' | 'raster' | 'off';
}

const CHARSET = { cp437: CharacterSet.PC437_USA, cp858: CharacterSet.PC858_EURO, win1252: CharacterSet.WPC1252 } as const;
/** dots across the printable width at 203 dpi: 12-dot characters × columns */
export const paperDots = (width: 32 | 48) => width * 12;
type TextBlock = Extract<ReceiptBlock, { kind: 'text' }>;

/**
 * ESC/POS bytes for receipt blocks (the Epson command set most Indian thermal printers speak).
 * Text in the printer's fonts where it can be (small, fast, sharp); Hindi and ₹ as raster lines,
 * consecutive ones merged into one image.
 */
export function encodeBlocks(blocks: readonly ReceiptBlock[], options: EncodeOptions): Buffer {
  const { width } = options;
  // No interface: we only build bytes here; printers/transports moves them.
  const p = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '', width, characterSet: CHARSET[options.codePage], breakLine: BreakLine.NONE });
  p.clear();
  p.add(Buffer.concat([INIT, CANCEL_KANJI, selectCodePage(options.codePage)]));
  let pendingRaster: RasterLine[] = [];
  const flushRaster = () => {
    if (pendingRaster.length === 0) return;
    p.alignLeft();
    p.add(rasterImage(rasterizeLines(pendingRaster, paperDots(width))));
    pendingRaster = [];
  };
  for (const b of blocks) {
    if (b.kind === 'text' && (needsRaster(b.text) || needsRaster(b.right ?? ''))) {
      // An image can show the rupee sign the device font lacks.
      pendingRaster.push({ ...b, text: withRupee(b.text), right: b.right === undefined ? undefined : withRupee(b.right) });
      continue;
    }
    flushRaster();
    switch (b.kind) {
      case 'text':
        deviceText(p, b, width);
        break;
      case 'rule':
        p.alignLeft();
        p.println((b.char ?? '-').repeat(width));
        break;
      case 'feed':
        for (let i = 0; i < b.lines; i++) p.newLine();
        break;
      case 'qr':
        if (options.qr === 'native') {
          p.alignCenter();
          p.printQR(b.data, { cellSize: width >= 48 ? 6 : 5, correction: 'M', model: 2 });
          p.newLine();
          p.alignLeft();
        } else if (options.qr === 'raster') p.add(rasterImage(qrBitmap(b.data, paperDots(width), width >= 48 ? 6 : 5)));
        break;
      case 'barcode':
        p.alignCenter();
        p.add(barcode(b.type, b.data, width >= 48 ? 80 : 64, moduleDots(b, width)));
        p.newLine();
        p.alignLeft();
        break;
      case 'drawer':
        p.add(drawerKick(b.pin, b.onMs, b.offMs));
        break;
      case 'cut':
        p.add(cut(b.partial));
        break;
    }
  }
  flushRaster();
  return p.getBuffer();
}

/**
 * The widest bars that still fit the paper: a bill number in Code 128 (11 modules a character,
 * start, check and stop, and a quiet zone each side) is too wide at 2 dots a module on 58 mm.
 */
export function moduleDots(b: Extract<ReceiptBlock, { kind: 'barcode' }>, width: 32 | 48): number {
  const preferred = width >= 48 ? 3 : 2;
  const modules = b.type === 'EAN13' ? 95 + 18 : (b.data.length + 3) * 11 + 2 + 20;
  return Math.max(1, Math.min(preferred, Math.floor(paperDots(width) / modules)));
}

const withRupee = (s: string) => s.replace(/Rs\.\s?(?=\d)/g, '₹');

function deviceText(p: InstanceType<typeof ThermalPrinter>, b: TextBlock, width: number) {
  if (b.align === 'center') p.alignCenter();
  else if (b.align === 'right') p.alignRight();
  else p.alignLeft();
  if (b.bold) p.bold(true);
  if (b.size === 'double') p.setTextDoubleHeight();
  p.println(b.right === undefined ? toDeviceText(b.text).slice(0, width) : leftRight(width, b.text, b.right));
  if (b.size === 'double') p.setTextNormal();
  if (b.bold) p.bold(false);
}
