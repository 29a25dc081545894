import type * as SerialPortModule from 'serialport';
import type { SerialPort } from 'serialport';
import { onFirstUse } from '../on-first-use';
import { PrintError } from '../errors';
import { checkDevicePath } from './device-paths';
import { byteReader, type PrinterLink } from './link';

// Loaded when a receipt first goes to a serial printer, not at start.
const serialPorts = onFirstUse<typeof SerialPortModule>('serialport');

export interface SerialTarget {
  path: string;
  baudRate: number;
  queryTimeoutMs?: number;
}

/**
 * A printer (or pole display) on a serial port: COM3 on Windows, /dev/ttyUSB0 or /dev/ttyS0 on
 * Linux. Serial printers answer DLE EOT on their transmit line, so status works here too.
 * Mind the speed: a raster image of a whole receipt takes over a minute at 9600 baud.
 */
export async function openSerial(target: SerialTarget): Promise<PrinterLink> {
  const where = `Printer on ${target.path}`;
  const path = await checkDevicePath(target.path, 'serial').catch((e: unknown) => {
    if (e instanceof PrintError && e.failure === 'offline')
      throw new PrintError(`${where} cannot be opened (it is not there): check the cable and the port name`, 'offline');
    throw e;
  });
  const port = new (serialPorts().SerialPort)({ path, baudRate: target.baudRate, autoOpen: false });
  return new Promise((resolve, reject) => {
    port.open((err) => {
      if (err) return reject(new PrintError(`${where} cannot be opened (${err.message}): check the cable and the port name`, 'offline'));
      resolve(serialLink(port, where, target));
    });
  });
}

function serialLink(port: SerialPort, where: string, target: SerialTarget): PrinterLink {
  const replies = byteReader();
  let written = 0;
  let broken: PrintError | null = null;
  port.on('data', (chunk: Buffer) => replies.push(chunk));
  port.on('error', (e: Error) => {
    broken ??= new PrintError(`${where} failed in the middle of the receipt (${e.message})`, 'dropped', written > 0);
  });
  port.on('close', () => {
    broken ??= new PrintError(`${where} was unplugged in the middle of the receipt`, 'dropped', written > 0);
  });
  const drain = () =>
    new Promise<void>((resolve, reject) => {
      port.drain((err) =>
        err || broken ? reject(broken ?? new PrintError(`${where}: ${err?.message ?? 'write failed'}`, 'dropped', written > 0)) : resolve(),
      );
    });
  return {
    where,
    async write(bytes) {
      if (broken) throw broken;
      written += bytes.length;
      port.write(Buffer.from(bytes));
      await drain();
    },
    async query(n) {
      if (broken) throw broken;
      replies.drain();
      port.write(Buffer.from([0x10, 0x04, n]));
      await drain();
      return replies.next(target.queryTimeoutMs ?? 300);
    },
    async close() {
      await drain();
      const failure = broken;
      port.removeAllListeners('close');
      await new Promise<void>((resolve) => port.close(() => resolve()));
      if (failure) throw failure;
    },
    destroy: () => {
      if (port.isOpen) port.close();
    },
  };
}
