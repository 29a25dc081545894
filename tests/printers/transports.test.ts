import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, HostEvent } from '../../app/core/contract';
import { PrintError } from '../../printers/errors';
import { openSpooler, spoolCommand } from '../../printers/transports/spooler';
import { openUsb, pickPrinterEndpoints } from '../../printers/transports/usb';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { decodePole } from '../../printers/virtual/pole';
import { startVirtualSerialPrinter } from '../../printers/virtual/serial';
import { ptyPair, type PtyPair } from '../support/pty';
import { hostWithClients, type TestHost } from '../support/test-host';

/** Every way a printer can be connected, run for real where this machine allows. */
let host: TestHost;
let owner: ApiClient;
let staff: ApiClient;
let pty: PtyPair | null = null;
const bill = (ref: string) => ({
  clientRef: `transport-${ref}`,
  lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
  tenders: [{ method: 'cash' as const, amountPaise: 2800 }],
});

beforeEach(async () => ({ host, owner, staff } = await hostWithClients({ owner: 'owner', staff: 'staff' })));
afterEach(async () => {
  await host.printsIdle();
  host.dispose();
  pty?.close();
  pty = null;
});

describe('serial printer (a real pty pair)', () => {
  it('prints a receipt, answering status on the same line', async () => {
    pty = await ptyPair();
    const printer = await startVirtualSerialPrinter(pty.b);
    try {
      await owner.call('shop.update', { printer: { kind: 'serial', path: pty.a, baudRate: 115200, width: 32 } });
      const inv = await staff.call('billing.postInvoice', bill('serial-1'));
      await host.printsIdle();
      expect((await staff.call('billing.getInvoice', { id: inv.id })).print.status).toBe('printed');
      const d = decodeEscPos((await printer.waitForJob(0)).bytes, { strict: true });
      expect(receiptText(d)).toContain(`Bill: ${inv.number}`);
      expect(d.statusRequests).toEqual([1, 2, 4, 1, 2, 4]);
    } finally {
      await printer.close();
    }
  });

  it('says when a serial printer is out of paper, and when its port is not there', async () => {
    pty = await ptyPair();
    const printer = await startVirtualSerialPrinter(pty.b);
    try {
      printer.setFault('paper-out');
      await owner.call('shop.update', { printer: { kind: 'serial', path: pty.a, baudRate: 9600, width: 32 } });
      const check = await staff.call('printing.status', {});
      expect(check).toMatchObject({ ok: false, status: { paperOut: true }, message: expect.stringMatching(/out of paper/) });
    } finally {
      await printer.close();
    }
    await owner.call('shop.update', { printer: { kind: 'serial', path: '/dev/ttyNOPE0', baudRate: 9600, width: 32 } });
    const inv = await staff.call('billing.postInvoice', bill('serial-2'));
    await host.printsIdle();
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/\/dev\/ttyNOPE0 cannot be opened/),
    });
  });
});

describe('OS printer device (/dev/usb/lp0 on Linux, a shared printer on Windows)', () => {
  it('writes the receipt to the device (here a pty confirmed as a device)', async () => {
    pty = await ptyPair();
    const reader = new SerialPort({ path: pty.b, baudRate: 9600 });
    const bytes: Buffer[] = [];
    reader.on('data', (c: Buffer) => bytes.push(c));
    try {
      await owner.call('shop.update', { printer: { kind: 'device', path: pty.a, width: 48 } });
      const inv = await staff.call('billing.postInvoice', bill('device-1'));
      await host.printsIdle();
      expect((await staff.call('billing.getInvoice', { id: inv.id })).print.status).toBe('printed');
      await expect.poll(() => receiptText(decodeEscPos(Buffer.concat(bytes)))).toContain('TAX INVOICE');
      expect(decodeEscPos(Buffer.concat(bytes), { strict: true }).statusRequests).toEqual([]); // one-way: nobody to answer
    } finally {
      reader.close();
    }
  });

  it('says plainly when the device is not there', async () => {
    await owner.call('shop.update', { printer: { kind: 'device', path: '/dev/usb/lp9', width: 48 } });
    const inv = await staff.call('billing.postInvoice', bill('device-2'));
    await host.printsIdle();
    expect((await staff.call('billing.getInvoice', { id: inv.id })).print.error).toMatch(/\/dev\/usb\/lp9 is not there/);
  });
});

describe('Windows spooler queue', () => {
  it('builds the PowerShell WritePrinter command with RAW data, queue and file passed outside the code', () => {
    const win = spoolCommand('win32');
    expect(win.command).toBe('powershell.exe');
    const script = win.args.at(-1)!;
    expect(script).toContain('WritePrinter');
    expect(script).toContain('DataType = "RAW"');
    expect(script).toContain('$env:SK_QUEUE');
    expect(spoolCommand('linux').args.join(' ')).toContain('lp -d "$SK_QUEUE" -o raw');
  });

  it('reports a queue the OS cannot take, as a print failure (here: no CUPS installed)', async () => {
    const link = await openSpooler('POS-80', 'linux');
    await link.write(Buffer.from('hello\n'));
    const err = await link.close().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrintError);
    expect((err as PrintError).message).toMatch(/Printer queue "POS-80" did not take the receipt/);
  });
});

describe('direct USB (libusb)', () => {
  it('picks the printer-class interface and its bulk endpoints', () => {
    const ep = (endpointNumber: number, direction: 'in' | 'out', type: 'bulk' | 'interrupt' = 'bulk') => ({ endpointNumber, direction, type });
    expect(
      pickPrinterEndpoints([
        { interfaceNumber: 0, alternate: { interfaceClass: 3, endpoints: [ep(1, 'in', 'interrupt')] } },
        { interfaceNumber: 1, alternate: { interfaceClass: 7, endpoints: [ep(2, 'out'), ep(3, 'in')] } },
      ]),
    ).toEqual({ interfaceNumber: 1, out: 2, in: 3 });
    // vendor-class printers (0xff) with only a bulk OUT
    expect(pickPrinterEndpoints([{ interfaceNumber: 0, alternate: { interfaceClass: 255, endpoints: [ep(1, 'out')] } }])).toEqual({
      interfaceNumber: 0,
      out: 1,
      in: null,
    });
    expect(pickPrinterEndpoints([{ interfaceNumber: 0, alternate: { interfaceClass: 3, endpoints: [ep(1, 'in', 'interrupt')] } }])).toBeNull();
  });

  it('asks libusb for the printer and says when it is not connected', async () => {
    const err = await openUsb(0x0416, 0x5011).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrintError);
    // Without a USB bus (this build machine is a container) libusb cannot even list devices.
    expect((err as PrintError).message).toMatch(/^USB printer 0416:5011( is not connected|: this computer's USB devices cannot be listed)/);
  });
});

describe('pole display and serial scanner (real pty pairs)', () => {
  it('shows the counter’s total on a 2 × 20 pole display', async () => {
    pty = await ptyPair();
    const pole = new SerialPort({ path: pty.b, baudRate: 9600 });
    const bytes: Buffer[] = [];
    pole.on('data', (c: Buffer) => bytes.push(c));
    try {
      await owner.call('shop.update', { poleDisplay: { kind: 'serial', path: pty.a, baudRate: 9600 } });
      const lines = [{ name: 'Tata Salt 1kg', nameHi: null, qtyMilli: 2000, unit: 'pcs' as const, amountPaise: 5600 }];
      await staff.call('display.publish', { stage: 'payment', lines, payablePaise: 5600, upiAmountPaise: 5600 });
      await host.printsIdle();
      await expect.poll(() => Buffer.concat(bytes).length).toBeGreaterThan(40);
      expect(decodePole(Buffer.concat(bytes))).toEqual(['TOTAL          56.00', 'Pay by UPI     56.00']);
    } finally {
      pole.close();
    }
  });

  it('reads a serial scanner in the host and pushes each code to the screens', async () => {
    pty = await ptyPair();
    const scans: string[] = [];
    host.events.subscribe((e: HostEvent) => e.event === 'scanner.scan' && scans.push(e.payload.code));
    await owner.call('shop.update', { scanner: { serial: { path: pty.a, baudRate: 9600, suffix: 'CR' } } });
    const scanner = new SerialPort({ path: pty.b, baudRate: 9600 });
    try {
      await new Promise((r) => setTimeout(r, 200)); // the host opens its end
      scanner.write('2000000000015\r]E02000000000022\r');
      await expect.poll(() => scans).toEqual(['2000000000015', '2000000000022']); // AIM prefix "]E0" removed
    } finally {
      scanner.close();
    }
  });
});
