/**
 * The sizes an .xlsx (a zip) declares for its parts, read from its central directory without
 * inflating anything. A 25 MB upload that inflates to gigabytes (a zip bomb) is refused from
 * these figures before a byte is unpacked; the reader's own row and cell limits, and the
 * worker's heap limit, catch a file that declares less than it holds.
 */
export interface ZipEntrySize {
  name: string;
  compressed: number;
  uncompressed: number;
  /** where its local header starts */
  offset: number;
}

/** The central directory's entries, and where the directory starts (the end of the last part). */
export interface ZipDirectory {
  entries: ZipEntrySize[];
  directoryAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** the end record is 22 bytes, plus a comment of up to 65,535 */
const END_SEARCH = 22 + 0xffff;

/** Every entry's sizes, or null when the bytes are not a readable zip (or use ZIP64, which no sane .xlsx upload needs). */
export function zipEntrySizes(bytes: Uint8Array): ZipEntrySize[] | null {
  return readZipDirectory(bytes)?.entries ?? null;
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const directoryAt = view.getUint32(end + 16, true);
  let at = directoryAt;
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff || at + size > end) return null;
  const entries: ZipEntrySize[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || offset === 0xffffffff) return null;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressed, uncompressed, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directoryAt };
}
