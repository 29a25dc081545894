import { open } from 'node:fs/promises';
import { PrintError } from '../errors';
import type { PrinterLink } from './link';

/**
 * The operating system's printer device: /dev/usb/lp0 on Linux (the usblp driver), LPT1 or a
 * shared printer (\\localhost\POS58) on Windows. One-way: no status answers come back.
 */
export async function openDevice(path: string): Promise<PrinterLink> {
  const where = `Printer at ${path}`;
  const file = await open(path, 'w').catch((e: NodeJS.ErrnoException) => {
    const why =
      e.code === 'ENOENT'
        ? 'is not there (is it plugged in and switched on?)'
        : e.code === 'EACCES' || e.code === 'EPERM'
          ? 'may not be written by this user (Linux: add the user to the lp group)'
          : `cannot be opened (${e.message})`;
    throw new PrintError(`${where} ${why}`, 'offline');
  });
  let written = 0;
  return {
    where,
    async write(bytes) {
      try {
        await file.write(bytes);
        written += bytes.length;
      } catch (e) {
        throw new PrintError(`${where} stopped taking data (${(e as Error).message})`, 'dropped', written > 0 || bytes.length > 0);
      }
    },
    close: () => file.close(),
    destroy: () => void file.close().catch(() => undefined),
  };
}
