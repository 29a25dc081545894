import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, HostEvent } from '../../app/core/contract';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import { makeTestHost, type TestHost } from '../support/test-host';

const ATTA = 'prod-demo-001';
const bill = (ref: string) => ({ clientRef: ref, lines: [{ productId: ATTA, qtyMilli: 1000 }], tenders: [{ method: 'cash' as const, amountPaise: 28500 }] });

let host: TestHost;
let printer: VirtualPrinter;
let staff: ApiClient;
let events: HostEvent[];

async function usePrinterAt(port: number) {
  const owner = await host.as('owner', 'owner-pc');
  await owner.call('shop.update', { printer: { kind: 'tcp', host: '127.0.0.1', port, width: 32 } });
}

beforeEach(async () => {
  host = makeTestHost();
  printer = await startVirtualPrinter();
  staff = await host.as('staff');
  events = [];
  host.events.subscribe((e) => events.push(e));
});
afterEach(async () => {
  await host.printsIdle();
  await printer.close();
  host.dispose();
});

describe('receipts never cost a bill', () => {
  it('prints the receipt after the bill is committed', async () => {
    await usePrinterAt(printer.port);
    const inv = await staff.call('billing.postInvoice', bill('print-0001'));
    expect(inv.print.status).toBe('pending');
    await host.printsIdle();
    const text = receiptText(decodeEscPos((await printer.waitForJob(0)).bytes));
    expect(text.join('\n')).toContain(inv.number);
    expect(text.every((l) => l.length <= 32)).toBe(true);
    expect(text.some((l) => l.includes('DUPLICATE'))).toBe(false);
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print).toEqual({ status: 'printed', error: null, attempts: 1 });
  });

  it('saves the bill when the printer is off, says why, and prints the original on retry', async () => {
    const offPort = printer.port;
    await printer.close();
    await usePrinterAt(offPort);
    const inv = await staff.call('billing.postInvoice', bill('print-0002'));
    await host.printsIdle();
    const saved = await staff.call('billing.getInvoice', { id: inv.id });
    expect(saved.status).toBe('posted');
    expect(saved.print.status).toBe('failed');
    expect(saved.print.error).toMatch(/Printer at 127\.0\.0\.1:\d+ is off or not listening/);
    expect(events).toContainEqual({ event: 'print.status', payload: { invoiceId: inv.id, number: inv.number, status: 'failed', error: saved.print.error } });

    // The printer comes back on the same port; the cashier presses Reprint.
    printer = await startVirtualPrinter({ port: offPort });
    expect(await staff.call('printing.reprint', { invoiceId: inv.id })).toMatchObject({ status: 'printed' });
    const first = receiptText(decodeEscPos((await printer.waitForJob(0)).bytes));
    expect(first.some((l) => l.includes('DUPLICATE'))).toBe(false); // the customer never got one, so this is the original

    expect(await staff.call('printing.reprint', { invoiceId: inv.id })).toMatchObject({ status: 'printed' });
    const second = receiptText(decodeEscPos((await printer.waitForJob(1)).bytes));
    expect(second.some((l) => l.includes('*** DUPLICATE ***'))).toBe(true);
  });

  it('records a connection dropped mid-receipt as a failure, not a print', async () => {
    await usePrinterAt(printer.port);
    printer.setFault('drop-mid-job');
    const inv = await staff.call('billing.postInvoice', bill('print-0003'));
    await host.printsIdle();
    const { print } = await staff.call('billing.getInvoice', { id: inv.id });
    expect(print).toMatchObject({ status: 'failed', error: expect.stringMatching(/dropped the connection/) });
  });

  it('shows receipts a stopped app never sent as failed, ready to reprint', async () => {
    await usePrinterAt(1); // nothing listens on port 1
    const inv = await staff.call('billing.postInvoice', bill('print-0004'));
    await host.printsIdle();
    // As if the app had stopped before its queue ran: the job is still pending in the file.
    host.store.raw.prepare("UPDATE print_jobs SET status = 'pending', last_error = NULL").run();
    const restarted = makeTestHost({ dbFile: `${host.dir}/shop.sqlite`, setup: 'none' });
    try {
      const { print } = await (await restarted.as('staff')).call('billing.getInvoice', { id: inv.id });
      expect(print).toMatchObject({ status: 'failed', error: expect.stringMatching(/stopped before this receipt printed/) });
    } finally {
      restarted.dispose();
    }
  });
});
