import { encodeBlocks } from './escpos/encode';
import { blockingProblem, parseStatus, type PrinterStatus } from './escpos/status';
import { PrintError } from './errors';
import { receiptBlocks, type ReceiptDoc } from './receipt/layout';
import { testPageBlocks } from './receipt/test-page';
import type { ReceiptBlock } from './receipt/blocks';
import { openDevice } from './transports/device';
import type { PrinterLink } from './transports/link';
import { openSerial } from './transports/serial';
import { openSpooler } from './transports/spooler';
import { openTcp } from './transports/tcp';
import { openUsb } from './transports/usb';
import type { z } from 'zod';
import type { PrinterConfig } from '../app/core/contract';

export type PrinterSettings = z.output<typeof PrinterConfig>;
export type ActivePrinter = Exclude<PrinterSettings, { kind: 'none' }>;

/** The link a printer's settings describe. */
export function openLink(p: ActivePrinter): Promise<PrinterLink> {
  switch (p.kind) {
    case 'tcp':
      return openTcp({ host: p.host, port: p.port });
    case 'serial':
      return openSerial({ path: p.path, baudRate: p.baudRate });
    case 'device':
      return openDevice(p.path);
    case 'spooler':
      return openSpooler(p.queue);
    case 'usb':
      return openUsb(p.vendorId, p.productId);
  }
}

function active(p: PrinterSettings): ActivePrinter {
  if (p.kind === 'none') throw new PrintError('No receipt printer is set up (Settings → Printer)', 'not-set-up');
  return p;
}

// A printer that did not answer a status question is not asked again for a while: each silence
// costs 300 ms at the counter. After the pause it is asked again (it may have been busy).
const silentUntil = new Map<string, number>();
const SILENCE_MS = 10 * 60_000;

/** DLE EOT 1, 2 and 4 on a two-way link; null when the link or the printer cannot answer. */
export async function readStatus(link: PrinterLink): Promise<PrinterStatus | null> {
  if (!link.query || (silentUntil.get(link.where) ?? 0) > Date.now()) return null;
  const printer = await link.query(1);
  if (printer === null) {
    silentUntil.set(link.where, Date.now() + SILENCE_MS);
    return null;
  }
  const offline = (await link.query(2)) ?? 0x12;
  const paper = (await link.query(4)) ?? 0x12;
  return parseStatus({ printer, offline, paper });
}

/**
 * Sends one job. Where the printer reports status it is asked first (out of paper: nothing is
 * sent) and again after the last byte (paper ran out while printing: a partial receipt).
 */
export async function sendJob(printer: ActivePrinter, bytes: Uint8Array): Promise<{ status: PrinterStatus | null }> {
  const link = await openLink(printer);
  try {
    const ask = printer.askStatus;
    const before = ask ? await readStatus(link) : null;
    const problem = before && blockingProblem(before, link.where);
    if (problem) throw problem;
    await link.write(bytes);
    const after = before ? await readStatus(link) : null;
    const late = after && blockingProblem(after, link.where, true);
    if (late) throw late;
    await link.close();
    return { status: after ?? before };
  } catch (e) {
    link.destroy();
    throw e;
  }
}

export function receiptBytes(printer: ActivePrinter, doc: ReceiptDoc): Buffer {
  return encodeBlocks(receiptBlocks(doc, printer), printer);
}

/** Lays out, encodes and sends one receipt. Throws a PrintError the cashier can act on. */
export async function printReceipt(printer: PrinterSettings, doc: ReceiptDoc): Promise<void> {
  const p = active(printer);
  await sendJob(p, receiptBytes(p, doc));
}

/** The settings screen's test page: widths, styles, Hindi, the QR and the drawer. */
export async function printTestPage(printer: PrinterSettings, shop: { name: string; upiVpa: string | null }): Promise<{ status: PrinterStatus | null }> {
  const p = active(printer);
  const blocks: ReceiptBlock[] = testPageBlocks(p, shop);
  return sendJob(p, encodeBlocks(blocks, p));
}

/** Asks the printer how it is, without printing anything. */
export async function printerStatus(printer: PrinterSettings): Promise<PrinterStatus | null> {
  const link = await openLink(active(printer));
  try {
    const status = await readStatus(link);
    await link.close();
    return status;
  } catch (e) {
    link.destroy();
    throw e;
  }
}
