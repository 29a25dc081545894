import { crc32 } from 'node:zlib';
import { readZipDirectory } from './zip-sizes';

/**
 * An .xlsx with its parts in the order the streaming reader wants them. exceljs reads a sheet as
 * it arrives only once it has the workbook's relations and its shared strings; a sheet that comes
 * before them (the order Excel and exceljs's own writer use; that writer makes no shared strings
 * at all) is first inflated whole into a temporary file. For a 25 MB upload that was 140 MB
 * written at full speed to the shop file's disk, and a bill's fsync then waited 75–115 ms behind
 * its write-back. So the relations, the workbook, the shared strings and the styles go first, and a
 * workbook without shared strings is given an empty table of them: every sheet is then read
 * straight from the upload in memory.
 *
 * Each part is copied as it is (local header, packed data, any data descriptor); the streaming
 * reader reads local headers only. A file whose directory does not add up is returned as it came.
 */
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const READ_FIRST = [SHARED_STRINGS, 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml'];
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);
const LOCAL_HEADER = 0x04034b50;

export function xlsxInReadingOrder(bytes: Uint8Array): Uint8Array {
  const directory = readZipDirectory(bytes);
  if (!directory || directory.entries.length === 0) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const byOffset = [...directory.entries].sort((a, b) => a.offset - b.offset);
  const spans: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const [i, entry] of byOffset.entries()) {
    const end = byOffset[i + 1]?.offset ?? directory.directoryAt;
    if (end <= entry.offset + 30 || end > bytes.length || view.getUint32(entry.offset, true) !== LOCAL_HEADER) return bytes;
    spans.push({ name: entry.name, bytes: bytes.subarray(entry.offset, end) });
  }
  const rank = (name: string) => (READ_FIRST.includes(name) ? READ_FIRST.indexOf(name) : READ_FIRST.length);
  // Array sort is stable: the other parts (the sheets among them) keep their order in the file.
  const parts = spans.sort((a, b) => rank(a.name) - rank(b.name)).map((s) => s.bytes);
  if (!directory.entries.some((e) => e.name === SHARED_STRINGS)) parts.unshift(storedPart(SHARED_STRINGS, EMPTY_SHARED_STRINGS));
  return Buffer.concat(parts);
}

/** A part stored without compression: its local header, then its bytes. */
function storedPart(name: string, data: Buffer): Buffer {
  const nameBytes = Buffer.from(name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}
