import type { z } from 'zod';
import type { PrinterConfig } from '../app/core/contract';
import { encodeBlocks } from './escpos/encode';
import { receiptBlocks, type ReceiptDoc } from './receipt/layout';
import { sendTcp } from './transports/tcp';

export type PrinterSettings = z.output<typeof PrinterConfig>;

/** Lays out, encodes and sends one receipt. Throws a readable Error when the printer fails. */
export async function printReceipt(printer: PrinterSettings, doc: Omit<ReceiptDoc, 'width'>): Promise<void> {
  if (printer.kind === 'none') throw new Error('No receipt printer is set up (Settings → Printer)');
  const bytes = encodeBlocks(receiptBlocks({ ...doc, width: printer.width }), printer.width);
  await sendTcp({ host: printer.host, port: printer.port }, bytes);
}
