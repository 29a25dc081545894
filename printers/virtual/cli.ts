import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { qrBitmap } from '../raster/bitmap';
import { decodeEscPos, flowText, type DecodedReceipt } from './decode';
import { imageToPng } from './images';
import { renderReceiptPng } from './render';
import { startVirtualPrinter, type PrinterFault } from './server';

/**
 * `npm run printer:virtual`: a network receipt printer on 127.0.0.1:9100 for development. Each
 * job is printed here as text and saved as PNGs (the whole receipt, each raster image, each QR).
 * Type a fault (offline, paper-out, paper-out-mid-job, cover-open, drop-mid-job, none) and Enter
 * to see what the app does.
 */
const FAULTS: readonly PrinterFault[] = ['none', 'offline', 'drop-mid-job', 'paper-out', 'paper-out-mid-job', 'cover-open'];
const isFault = (s: string): s is PrinterFault => (FAULTS as readonly string[]).includes(s);

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PRINTER_PORT ?? '9100' },
    host: { type: 'string', default: '127.0.0.1' },
    out: { type: 'string', default: '.tmp/virtual-printer' },
    'no-status': { type: 'boolean', default: false },
  },
});
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

/** 58 mm jobs are 384 dots (32 columns) wide, 80 mm ones 576 (48). */
function paperDots(d: DecodedReceipt): number {
  const widest = Math.max(0, ...d.images.map((i) => i.widthDots), ...d.lines.map((l) => l.text.trimEnd().length * 12 * l.width));
  return widest > 384 ? 576 : 384;
}

let count = 0;
const printer = await startVirtualPrinter({
  port: Number(values.port),
  host: values.host,
  answersStatus: !values['no-status'],
  onJob(job) {
    count += 1;
    const n = String(count).padStart(3, '0');
    const d = decodeEscPos(job.bytes);
    const paper = paperDots(d);
    writeFileSync(join(out, `job-${n}.png`), renderReceiptPng(d, paper));
    d.images.forEach((img, i) => writeFileSync(join(out, `job-${n}-image-${i + 1}.png`), imageToPng(img)));
    d.flow
      .flatMap((f) => (f.kind === 'qr' ? [f.data] : []))
      .forEach((data, i) => {
        const b = qrBitmap(data, paper, 6);
        writeFileSync(join(out, `job-${n}-qr-${i + 1}.png`), imageToPng({ widthDots: b.width, heightDots: b.height, bits: b.bits }));
      });
    const rule = '─'.repeat(paper === 576 ? 48 : 32);
    console.log(
      `\n${rule}\njob ${n}: ${job.bytes.length} bytes, ${paper === 576 ? '80' : '58'} mm${job.partial ? ', PAPER RAN OUT part-way' : ''}  →  ${join(out, `job-${n}.png`)}\n${rule}`,
    );
    console.log(flowText(d));
    if (d.qr.length) console.log(`QR: ${d.qr.join('\n    ')}`);
    if (d.unknown.length) console.log(`UNKNOWN COMMANDS (a real printer would print garbage): ${d.unknown.join(', ')}`);
  },
});

console.log(`Virtual receipt printer listening on ${printer.host}:${printer.port}; receipts go to ${out}`);
console.log(`In SmartKirana: Settings → Printer → Network, host ${printer.host}, port ${printer.port}.`);
console.log(`Type a fault and Enter to simulate it: ${FAULTS.join(', ')}. Ctrl+C stops.`);

createInterface({ input: process.stdin }).on('line', (line) => {
  const f = line.trim();
  if (!f) return;
  if (!isFault(f)) return console.log(`Unknown fault "${f}". Choose one of: ${FAULTS.join(', ')}`);
  void printer.setFault(f).then(() => console.log(`Printer now: ${f}`));
});
const stop = () => void printer.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
