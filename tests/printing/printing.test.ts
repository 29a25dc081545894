import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, HostEvent } from '../../app/core/contract/index';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import { makeTestHost, type TestHost } from '../support/test-host';
import { ATTA } from '../support/demo-catalog';

const bill = (ref: string) => ({ clientRef: ref, lines: [{ productId: ATTA, qtyMilli: 1000 }], tenders: [{ method: 'cash' as const, amountPaise: 28500 }] });
const decode = (bytes: Buffer) => {
  const d = decodeEscPos(bytes);
  expect(d.unknown).toEqual([]);
  return { ...d, text: receiptText(d) };
};
const isDuplicate = (text: string[]) => text.some((l) => l.includes('*** DUPLICATE ***'));

let host: TestHost;
let printer: VirtualPrinter;
let staff: ApiClient;
let events: HostEvent[];

async function usePrinterAt(port: number, extra: Record<string, unknown> = {}) {
  const owner = await host.as('owner', 'owner-pc');
  await owner.call('shop.update', { printer: { kind: 'tcp', host: '127.0.0.1', port, width: 32, ...extra } });
}
const printEvents = () => events.flatMap((e) => (e.event === 'print.status' ? [e.payload] : []));

async function start(options: Parameters<typeof makeTestHost>[0] = {}) {
  host = makeTestHost(options);
  printer = await startVirtualPrinter();
  staff = await host.as('staff');
  events = [];
  host.events.subscribe((e) => events.push(e));
}
afterEach(async () => {
  await host.printsIdle();
  await printer.close();
  host.dispose();
});

describe('receipts never cost a bill', () => {
  beforeEach(() => start());

  it('prints the receipt after the bill is committed, opening the drawer for cash', async () => {
    await usePrinterAt(printer.port);
    const inv = await staff.call('billing.postInvoice', bill('print-0001'));
    expect(inv.print.status).toBe('pending');
    await host.printsIdle();
    const r = decode((await printer.waitForJob(0)).bytes);
    expect(r.text.join('\n')).toContain(inv.number);
    expect(r.text.every((l) => l.length <= 32)).toBe(true);
    expect(isDuplicate(r.text)).toBe(false);
    // the full ESC p m t1 t2, not node-thermal-printer's short one
    expect(r.drawerKicks).toEqual([{ pin: 2, onMs: 50, offMs: 500 }]);
    expect(r.cuts).toBe(1);
    // the sender asked for status before and after the receipt
    expect(r.statusRequests).toEqual([1, 2, 4, 1, 2, 4]);
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print).toEqual({ status: 'printed', error: null, attempts: 1 });
    expect(await staff.call('printing.attempts', { invoiceId: inv.id })).toMatchObject([{ attempt: 1, outcome: 'printed', copy: 'original', error: null }]);
  });

  it('saves the bill when the printer is off, retries a bounded number of times, says why, and prints the original on reprint', async () => {
    const offPort = printer.port;
    await printer.setFault('offline');
    await usePrinterAt(offPort);
    const inv = await staff.call('billing.postInvoice', bill('print-0002'));
    await host.printsIdle();
    const saved = await staff.call('billing.getInvoice', { id: inv.id });
    expect(saved.status).toBe('posted');
    expect(saved.print).toMatchObject({ status: 'failed', attempts: 3, error: expect.stringMatching(/Printer at 127\.0\.0\.1:\d+ is off or not listening/) });
    expect(printEvents().map((e) => [e.status, e.attempt])).toEqual([
      ['retrying', 1],
      ['retrying', 2],
      ['failed', 3],
    ]);
    expect((await staff.call('printing.attempts', { invoiceId: inv.id })).map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed']);

    // The printer comes back; the cashier presses Reprint.
    await printer.setFault('none');
    expect(await staff.call('printing.reprint', { invoiceId: inv.id })).toMatchObject({ status: 'printed' });
    const first = decode((await printer.waitForJob(0)).bytes);
    expect(isDuplicate(first.text)).toBe(false); // the customer never got one, so this is the original
    expect(first.drawerKicks).toHaveLength(1);

    expect(await staff.call('printing.reprint', { invoiceId: inv.id })).toMatchObject({ status: 'printed' });
    const second = decode((await printer.waitForJob(1)).bytes);
    expect(isDuplicate(second.text)).toBe(true);
    expect(second.drawerKicks).toEqual([]); // a reprint never opens the drawer
    expect(printer.jobs).toHaveLength(2);
  });

  it('records a connection dropped mid-receipt as a partial print: no blind retry, and the reprint says DUPLICATE', async () => {
    await usePrinterAt(printer.port);
    await printer.setFault('drop-mid-job');
    const inv = await staff.call('billing.postInvoice', bill('print-0003'));
    await host.printsIdle();
    const { print } = await staff.call('billing.getInvoice', { id: inv.id });
    expect(print).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringMatching(/dropped the connection/) });
    expect(await staff.call('printing.attempts', { invoiceId: inv.id })).toMatchObject([{ outcome: 'partial' }]);

    await printer.setFault('none');
    expect(await staff.call('printing.reprint', { invoiceId: inv.id })).toMatchObject({ status: 'printed' });
    expect(isDuplicate(decode((await printer.waitForJob(0)).bytes).text)).toBe(true);
    expect(printer.jobs).toHaveLength(1);
  });

  it('asks before printing: out of paper sends nothing and says so; after loading paper the reprint is the original', async () => {
    await usePrinterAt(printer.port);
    await printer.setFault('paper-out');
    const inv = await staff.call('billing.postInvoice', bill('print-0004'));
    await host.printsIdle();
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: expect.stringMatching(/out of paper/),
    });
    expect(printer.jobs).toHaveLength(0);

    await printer.setFault('none');
    await staff.call('printing.reprint', { invoiceId: inv.id });
    expect(isDuplicate(decode((await printer.waitForJob(0)).bytes).text)).toBe(false);
  });

  it('notices paper running out part-way: the cut-short receipt counts, so the next copy is a DUPLICATE', async () => {
    await usePrinterAt(printer.port, { width: 48 });
    await printer.setFault('paper-out-mid-job');
    const inv = await staff.call('billing.postInvoice', bill('print-0005'));
    await host.printsIdle();
    expect((await printer.waitForJob(0)).partial).toBe(true);
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print).toMatchObject({ status: 'failed', error: expect.stringMatching(/out of paper/) });
    expect(await staff.call('printing.attempts', { invoiceId: inv.id })).toMatchObject([{ outcome: 'partial', copy: 'original' }]);

    await printer.setFault('none');
    await staff.call('printing.reprint', { invoiceId: inv.id });
    expect(isDuplicate(decode((await printer.waitForJob(1)).bytes).text)).toBe(true);
  });

  it('says when the cover is open', async () => {
    await usePrinterAt(printer.port);
    await printer.setFault('cover-open');
    const inv = await staff.call('billing.postInvoice', bill('print-0006'));
    await host.printsIdle();
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print.error).toMatch(/cover open/);
  });

  it('shows receipts a stopped app never sent as failed, ready to reprint', async () => {
    await usePrinterAt(1); // nothing listens on port 1
    const inv = await staff.call('billing.postInvoice', bill('print-0007'));
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

describe('a printer that comes back while the queue retries', () => {
  beforeEach(() => start({ printing: { retryDelaysMs: [400, 400] } }));

  it('prints exactly one original, by itself', async () => {
    await printer.setFault('offline');
    await usePrinterAt(printer.port);
    const back = new Promise<void>((resolve) =>
      host.events.subscribe((e) => {
        if (e.event === 'print.status' && e.payload.status === 'retrying') void printer.setFault('none').then(resolve);
      }),
    );
    const inv = await staff.call('billing.postInvoice', bill('print-0010'));
    await back;
    await host.printsIdle();
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print).toEqual({ status: 'printed', error: null, attempts: 2 });
    expect(printer.jobs).toHaveLength(1);
    expect(isDuplicate(decode(printer.jobs[0]!.bytes).text)).toBe(false);
  });
});

describe('the printer settings checks', () => {
  beforeEach(() => start());

  it('prints a test page with the ruler, Hindi, the UPI QR and the drawer', async () => {
    const owner = await host.as('owner', 'owner-pc');
    const check = await owner.call('printing.testPrint', { printer: { kind: 'tcp', host: '127.0.0.1', port: printer.port, width: 48 } });
    expect(check).toMatchObject({ ok: true, message: 'Ready', status: { online: true, paperOut: false } });
    const page = decode((await printer.waitForJob(0)).bytes);
    expect(page.text).toContain('PRINTER TEST');
    expect(page.text).toContain('123456789012345678901234567890123456789012345678');
    expect(page.images.length).toBeGreaterThan(0); // the Hindi lines
    expect(page.qr).toEqual(['upi://pay?pa=sharmastore%40upi&pn=Sharma%20General%20Store&cu=INR']);
    expect(page.drawerKicks).toHaveLength(1);
    // nothing was saved
    expect((await owner.call('shop.get', {})).printer).toEqual({ kind: 'none' });
  });

  it('reports status, and a printer that does not answer still prints', async () => {
    await usePrinterAt(printer.port);
    await printer.setFault('paper-out');
    expect(await staff.call('printing.status', {})).toMatchObject({ ok: false, message: expect.stringMatching(/out of paper/), status: { paperOut: true } });
    await printer.close();
    printer = await startVirtualPrinter({ answersStatus: false });
    await usePrinterAt(printer.port);
    const inv = await staff.call('billing.postInvoice', bill('print-0011'));
    await host.printsIdle();
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print.status).toBe('printed');
    expect(await staff.call('printing.status', {})).toMatchObject({ ok: true, status: null, message: expect.stringMatching(/does not report/) });
  });
});
