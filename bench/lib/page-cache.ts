import { closeSync, openSync, readSync } from 'node:fs';

/** Reads a file once from end to end, so its pages are in the OS page cache. */
export function readThrough(file: string): void {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}
