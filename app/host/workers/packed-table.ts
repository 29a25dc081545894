import type { ParsedTable } from '../../core/catalog/import-rows';
import { hasMessage, type Message, type MessageKey, type Params } from '../../core/i18n';

/**
 * A parsed spreadsheet as it crosses from the heavy-work thread to the host's: its rows as lines of
 * JSON in one buffer, which moves without a copy. Posted as objects, a 200,000-row table would be
 * rebuilt on the host's thread in one go as the message arrives, with every bill waiting; unpacked a
 * slice at a time, bills go between slices.
 */
export interface PackedTable {
  packed: true;
  headers: string[];
  rows: Uint8Array;
  problems: Uint8Array;
}

const SLICE_BYTES = 64 << 10;

const lines = (items: ReadonlyArray<readonly unknown[]>): Uint8Array => new TextEncoder().encode(items.map((i) => JSON.stringify(i)).join('\n'));

export function packTable(table: ParsedTable): PackedTable {
  return {
    packed: true,
    headers: table.headers,
    rows: lines(table.rows.map((r) => [r.line, ...r.cells])),
    problems: lines(table.problems.map((p) => [p.line, p.problem.key, p.problem.params ?? null])),
  };
}

/** the buffers to move (not copy) with the message */
export const packedBuffers = (t: PackedTable): ArrayBuffer[] => [t.rows.buffer, t.problems.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);

export const isPackedTable = (v: unknown): v is PackedTable => typeof v === 'object' && v !== null && 'packed' in v && v.packed === true;

/** Each line of `bytes` read as a JSON array, a slice at a time, with `pause()` between slices. */
async function readLines(bytes: Uint8Array, pause: () => Promise<void>, each: (item: unknown[]) => void): Promise<void> {
  const decoder = new TextDecoder();
  for (let from = 0; from < bytes.length;) {
    let to = Math.min(bytes.length, from + SLICE_BYTES);
    if (to < bytes.length) {
      const newline = bytes.indexOf(0x0a, to);
      to = newline === -1 ? bytes.length : newline;
    }
    for (const line of decoder.decode(bytes.subarray(from, to)).split('\n')) {
      const item: unknown = JSON.parse(line);
      if (Array.isArray(item)) each(item);
    }
    from = to + 1;
    if (from < bytes.length) await pause();
  }
}

const isKey = (k: unknown): k is MessageKey => typeof k === 'string' && hasMessage(k);
const isParams = (v: unknown): v is Params =>
  typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');

/** A problem's words as packed by this module's own worker side; anything else is said as an unreadable file. */
const problemOf = (key: unknown, params: unknown): Message => (isKey(key) ? (isParams(params) ? { key, params } : { key }) : { key: 'importRow.notXlsx' });

export async function unpackTable(t: PackedTable, pause: () => Promise<void>): Promise<ParsedTable> {
  const table: ParsedTable = { headers: t.headers, rows: [], problems: [] };
  await readLines(t.rows, pause, ([line, ...cells]) => table.rows.push({ line: Number(line), cells: cells.map(String) }));
  await readLines(t.problems, pause, ([line, key, params]) => table.problems.push({ line: Number(line), problem: problemOf(key, params) }));
  return table;
}
