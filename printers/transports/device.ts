import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { PrintError } from '../errors';
import { checkDevicePath } from './device-paths';
import type { PrinterLink } from './link';

/**
 * The operating system's printer device: /dev/usb/lp0 on Linux (the usblp driver), LPT1 or a
 * shared printer (\\localhost\POS58) on Windows. One-way: no status answers come back.
 */
export async function openDevice(path: string, platform: NodeJS.Platform = process.platform): Promise<PrinterLink> {
  const where = `Printer at ${path}`;
  const target = await checkDevicePath(path, 'printer', platform);
  // Never create or truncate: a device needs neither, and a file that took a device's place keeps its bytes.
  // (Windows names were checked to be ports or share roots, which hold no file to truncate.)
  const flags = platform === 'win32' ? 'w' : constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NOCTTY;
  const file = await open(target, flags).catch((e: NodeJS.ErrnoException) => {
    const why =
      e.code === 'ENOENT'
        ? 'is not there (is it plugged in and switched on?)'
        : e.code === 'EACCES' || e.code === 'EPERM'
          ? 'may not be written by this user (Linux: add the user to the lp group)'
          : `cannot be opened (${e.message})`;
    throw new PrintError(`${where} ${why}`, 'offline');
  });
  // The path was checked before it was opened; what was opened is checked too, so a link swapped in between writes nothing.
  if (platform !== 'win32' && !(await file.stat()).isCharacterDevice()) {
    await file.close();
    throw new PrintError(`${where} is not a device`, 'not-set-up');
  }
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
