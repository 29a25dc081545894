import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import { makeTestHost, type TestHost } from '../support/test-host';
import { returnPart, sellPaidInFull } from '../support/selling';

/**
 * A credit note on the counter's receipt printer, through the host to a virtual printer and
 * decoded back: its number, the bill it is against (in words and as the bill's barcode), the
 * lines, the credit total; a second print says DUPLICATE; no printer set up says so.
 */
let host: TestHost;
let printer: VirtualPrinter;
let manager: ApiClient;
let staff: ApiClient;
let noteId = '';
let noteNumber = '';
let billNumber = '';

beforeAll(async () => {
  host = makeTestHost();
  printer = await startVirtualPrinter();
  manager = await host.as('manager');
  staff = await host.as('staff');
  const owner = await host.as('owner');
  await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 32 } });
  const bill = await sellPaidInFull(staff, 'slip-bill-0001', {
    lines: [
      { productId: 'prod-demo-001', qtyMilli: 2000 },
      { productId: 'prod-demo-014', qtyMilli: 3000 },
    ],
  });
  billNumber = bill.number;
  await host.printsIdle();
  const note = await returnPart(manager, { clientRef: 'slip-return-0001', invoiceId: bill.id, lineNo: 2, reason: 'Packet torn' });
  noteId = note.id;
  noteNumber = note.number;
});
afterAll(async () => {
  await printer.close();
  host.dispose();
});

describe('a credit note on the receipt printer', () => {
  it('prints the note with the bill it is against, and the bill’s barcode', async () => {
    const jobsBefore = printer.jobs.length;
    const r = await staff.call('printing.creditNote', { id: noteId });
    expect(r).toEqual({ status: 'printed', copy: 'original', error: null });
    const decoded = decodeEscPos((await printer.waitForJob(jobsBefore)).bytes, { strict: true });
    const text = receiptText(decoded).join('\n');
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain(`Credit note: ${noteNumber}`);
    expect(text).toContain(`Against bill: ${billNumber}`);
    expect(text).toMatch(/Parle-G/);
    expect(text).not.toMatch(/Aashirvaad/);
    expect(text).toMatch(/Refund by\s+Cash/);
    expect(text).not.toContain('DUPLICATE');
    expect(decoded.barcodes).toEqual([{ type: 'CODE128', data: billNumber }]);
    expect(decoded.drawerKicks).toEqual([]);
    expect(receiptText(decoded).every((l) => l.length <= 32)).toBe(true);
  });

  it('a reprint says DUPLICATE', async () => {
    const jobsBefore = printer.jobs.length;
    const r = await staff.call('printing.creditNote', { id: noteId });
    expect(r.copy).toBe('duplicate');
    const text = receiptText(decodeEscPos((await printer.waitForJob(jobsBefore)).bytes, { strict: true })).join('\n');
    expect(text).toContain('DUPLICATE');
    expect(text).toContain(`Against bill: ${billNumber}`);
  });

  it('a printer that is off says so and the note stays made', async () => {
    await printer.setFault('offline');
    const r = await staff.call('printing.creditNote', { id: noteId });
    expect(r.status).toBe('failed');
    expect(r.error).toBeTruthy();
    await printer.setFault('none');
    expect((await staff.call('accounting.getCreditNote', { id: noteId })).number).toBe(noteNumber);
  });

  it('an unknown note is refused in words', async () => {
    await expect(staff.call('printing.creditNote', { id: 'cn-nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
