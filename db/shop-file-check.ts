import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/**
 * What is at the shop file's path before SQLite opens it. SQLite treats a 0-byte file as a new,
 * empty database, and the host would then have set up a demo shop over the owner's lost books
 * without a word; a file cut short or with a broken header fails later, half-way through start.
 * So the file's header is read first (SQLite's format: 100 bytes, page size at 16, page count at
 * 28, valid when the change counter at 24 equals the number at 92).
 */
export type ShopFileState =
  { state: 'missing' } | { state: 'present'; bytes: number } | { state: 'empty' | 'truncated' | 'damaged'; bytes: number; detail: string };

const MAGIC = 'SQLite format 3\0';

export function checkShopFileHeader(file: string): ShopFileState {
  if (!existsSync(file)) return { state: 'missing' };
  const bytes = statSync(file).size;
  if (bytes === 0) return { state: 'empty', bytes, detail: 'The shop file is empty (0 bytes)' };
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read = 0;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.subarray(0, 16).toString('latin1') !== MAGIC) {
    return { state: 'damaged', bytes, detail: 'The shop file does not start like an SQLite database (its first bytes are overwritten)' };
  }
  if (read < 100) return { state: 'truncated', bytes, detail: `The shop file is cut short: ${bytes} bytes, less than its own header` };
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return { state: 'damaged', bytes, detail: `The shop file's header is damaged (page size ${raw})` };
  }
  const pages = header.readUInt32BE(28);
  const headerValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (bytes % pageSize !== 0 || (headerValid && pages > 0 && bytes < pages * pageSize)) {
    const expected = headerValid && pages > 0 ? `; its header says ${pages * pageSize} bytes` : '';
    return { state: 'truncated', bytes, detail: `The shop file is cut short: ${bytes} bytes${expected}` };
  }
  return { state: 'present', bytes };
}
