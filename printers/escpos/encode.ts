import thermal from 'node-thermal-printer';
import type { ReceiptBlock } from '../receipt/blocks';

const { ThermalPrinter, PrinterTypes, CharacterSet, BreakLine } = thermal;
const ESC_INIT = Buffer.from([0x1b, 0x40]);

/** ESC/POS bytes for receipt blocks (Epson command set, which most Indian thermal printers speak). */
export function encodeBlocks(blocks: readonly ReceiptBlock[], width: number): Buffer {
  // No interface: we only build bytes here; printers/transports moves them.
  const p = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '', width, characterSet: CharacterSet.PC437_USA, breakLine: BreakLine.NONE });
  p.add(ESC_INIT);
  for (const b of blocks) {
    switch (b.kind) {
      case 'text':
        if (b.align === 'center') p.alignCenter();
        else if (b.align === 'right') p.alignRight();
        else p.alignLeft();
        if (b.bold) p.bold(true);
        if (b.size === 'double') p.setTextDoubleHeight();
        p.println(b.text);
        if (b.size === 'double') p.setTextNormal();
        if (b.bold) p.bold(false);
        break;
      case 'rule':
        p.alignLeft();
        p.println((b.char ?? '-').repeat(width));
        break;
      case 'feed':
        for (let i = 0; i < b.lines; i++) p.newLine();
        break;
      case 'cut':
        p.cut({ verticalTabAmount: 0 });
        break;
    }
  }
  return p.getBuffer();
}
