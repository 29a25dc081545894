import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { toDeviceText, wrap } from '../../printers/receipt/columns';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import { makeTestHost, type TestHost } from '../support/test-host';
import { sellPaidInFull } from '../support/selling';

/**
 * A credit note printed on both paper widths the counter supports (80 mm = 48 columns, 58 mm =
 * 32 columns), through the host to a virtual printer and decoded back: the note's number, the
 * bill it is against, the reason in full, every returned line (and no line that stayed sold),
 * and how the money went back.
 */
let host: TestHost;
let printer: VirtualPrinter;
let owner: ApiClient;
let staff: ApiClient;
let noteId = '';
let noteNumber = '';
let billNumber = '';
const REASON = 'Seal broken on delivery, customer brought both packets back';

beforeAll(async () => {
  host = makeTestHost();
  printer = await startVirtualPrinter();
  owner = await host.as('owner');
  staff = await host.as('staff');
  const manager = await host.as('manager');
  const bill = await sellPaidInFull(staff, 'widths-bill-0001', {
    lines: [
      { productId: 'prod-demo-001', qtyMilli: 1000 },
      { productId: 'prod-demo-014', qtyMilli: 3000 },
      { productId: 'prod-demo-015', qtyMilli: 2000 },
    ],
  });
  billNumber = bill.number;
  await host.printsIdle();
  const note = await manager.call('accounting.creditNote', {
    clientRef: 'widths-return-0001',
    invoiceId: bill.id,
    lines: [
      { lineNo: 2, qtyMilli: 2000 },
      { lineNo: 3, qtyMilli: 1000 },
    ],
    refund: 'upi',
    reason: REASON,
  });
  noteId = note.id;
  noteNumber = note.number;
});
afterAll(async () => {
  await printer.close();
  host.dispose();
});

async function printAt(width: 32 | 48): Promise<string[]> {
  await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width } });
  const jobsBefore = printer.jobs.length;
  const r = await staff.call('printing.creditNote', { id: noteId });
  expect(r.status).toBe('printed');
  const lines = receiptText(decodeEscPos((await printer.waitForJob(jobsBefore)).bytes, { strict: true }));
  expect(lines.every((l) => l.length <= width)).toBe(true);
  return lines;
}

/** The slip's text with wrapped lines joined by single spaces, to find a sentence that wrapped. */
const flowed = (lines: string[]) =>
  lines
    .map((l) => l.trim())
    .join(' ')
    .replace(/\s+/g, ' ');

describe.each([
  { paper: '80 mm', width: 48 as const },
  { paper: '58 mm', width: 32 as const },
])('a credit note on $paper paper', ({ width }) => {
  it('carries its number, the bill, the returned lines, the refund tender and the reason', async () => {
    const lines = await printAt(width);
    const text = lines.join('\n');
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain(`Credit note: ${noteNumber}`);
    expect(text).toContain(`Against bill: ${billNumber}`);
    // the note numbers its own lines; the bill's first line stayed sold
    expect(text).toMatch(/^1\. Parle-G Biscuit/m);
    expect(text).toMatch(/^2\. Maggi Masala/m);
    expect(text).toMatch(/^ +2 +HSN 1905 5% +50\.00$/m);
    expect(text).toMatch(/^ +1 +HSN 1902 5% +14\.02$/m);
    expect(text).not.toMatch(/Aashirvaad/);
    expect(text).toMatch(/Refund by\s+UPI/);
    expect(flowed(lines)).toContain(`Reason: ${REASON}`);
  });
});

describe('device text', () => {
  it('a wrapped line keeps the punctuation it ends with; a bilingual label loses what the Hindi leaves dangling', () => {
    const lines = wrap('Reason: Seal broken on delivery, customer brought both packets back', 32);
    expect(lines.map(toDeviceText)).toEqual(['Reason: Seal broken on delivery,', 'customer brought both packets', 'back']);
    expect(toDeviceText('Thank you / धन्यवाद')).toBe('Thank you');
    expect(toDeviceText('Total ₹ 64')).toBe('Total Rs.64');
  });
});
