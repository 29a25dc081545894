/// <reference types="w3c-web-usb" />
import type { usb as UsbApi } from 'usb';
import { PrintError } from '../errors';
import { byteReader, type PrinterLink } from './link';

/**
 * A USB printer spoken to directly through libusb (`usb` 3, prebuilt), without any OS driver:
 * for a Linux PC without usblp, or a Windows PC where the printer was given the WinUSB driver.
 * Everyday setups should prefer the OS device or the spooler (docs/PRINTING.md).
 */
export interface UsbEndpoints {
  interfaceNumber: number;
  out: number;
  /** printers with a bulk IN endpoint answer DLE EOT status through it */
  in: number | null;
}

interface EndpointLike {
  endpointNumber: number;
  direction: 'in' | 'out';
  type: 'bulk' | 'interrupt' | 'isochronous';
}
interface InterfaceLike {
  interfaceNumber: number;
  alternate: { interfaceClass: number; endpoints: readonly EndpointLike[] };
}

const PRINTER_CLASS = 7;

/** The printer-class interface (or, for vendor-class printers, the first with a bulk OUT) and its bulk endpoints. */
export function pickPrinterEndpoints(interfaces: readonly InterfaceLike[]): UsbEndpoints | null {
  const withBulkOut = interfaces.filter((i) => i.alternate.endpoints.some((e) => e.type === 'bulk' && e.direction === 'out'));
  const chosen = withBulkOut.find((i) => i.alternate.interfaceClass === PRINTER_CLASS) ?? withBulkOut[0];
  if (!chosen) return null;
  const bulk = (direction: 'in' | 'out') => chosen.alternate.endpoints.find((e) => e.type === 'bulk' && e.direction === direction)?.endpointNumber ?? null;
  const out = bulk('out');
  return out === null ? null : { interfaceNumber: chosen.interfaceNumber, out, in: bulk('in') };
}

const hex = (n: number) => n.toString(16).padStart(4, '0');

export async function openUsb(vendorId: number, productId: number): Promise<PrinterLink> {
  const where = `USB printer ${hex(vendorId)}:${hex(productId)}`;
  // Loaded only when used, so a PC without the native module still starts.
  const { usb } = await import('usb');
  const device = await usb.findDeviceByIds(vendorId, productId).catch((e: Error) => {
    // e.g. a container or locked-down PC without access to the USB bus
    throw new PrintError(`${where}: this computer's USB devices cannot be listed (${e.message})`, 'offline');
  });
  if (!device) throw new PrintError(`${where} is not connected (or is switched off)`, 'offline');
  try {
    await device.open();
    if (!device.configuration) await device.selectConfiguration(1);
    const ends = pickPrinterEndpoints(device.configuration?.interfaces ?? []);
    if (!ends) throw new PrintError(`${where} has no printer endpoint`, 'error');
    if (process.platform === 'linux') await device.detachKernelDriver(ends.interfaceNumber).catch(() => undefined);
    await device.claimInterface(ends.interfaceNumber);
    return usbLink(device, ends, where);
  } catch (e) {
    await device.close().catch(() => undefined);
    throw e instanceof PrintError ? e : new PrintError(`${where} cannot be opened (${(e as Error).message}); on Windows it needs the WinUSB driver`, 'offline');
  }
}

type Device = NonNullable<Awaited<ReturnType<typeof UsbApi.findDeviceByIds>>>;

function usbLink(device: Device, ends: UsbEndpoints, where: string): PrinterLink {
  let written = 0;
  const replies = byteReader();
  const link: PrinterLink = {
    where,
    async write(bytes) {
      try {
        const r = await device.transferOut(ends.out, Buffer.from(bytes));
        written += r.bytesWritten;
        if (r.bytesWritten !== bytes.length) throw new Error(`sent ${r.bytesWritten} of ${bytes.length} bytes`);
      } catch (e) {
        throw new PrintError(`${where} stopped taking data (${(e as Error).message})`, 'dropped', written > 0);
      }
    },
    async close() {
      await device.releaseInterface(ends.interfaceNumber).catch(() => undefined);
      await device.close();
    },
    destroy: () => void device.close().catch(() => undefined),
  };
  const inEndpoint = ends.in;
  if (inEndpoint === null) return link;
  return {
    ...link,
    async query(n) {
      replies.drain();
      await link.write(Buffer.from([0x10, 0x04, n]));
      const reading = device
        .transferIn(inEndpoint, 64)
        .then((r) => r.data && replies.push(new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)));
      reading.catch(() => undefined);
      return replies.next(300);
    },
  };
}
