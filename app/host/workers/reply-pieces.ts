import { isPackedCheck } from './packed-drafts';
import { isPackedTable } from './packed-table';

/**
 * What the heavy-work thread answers crosses to the host's process through a pipe, and a message
 * is taken off it and deserialised in one go on the host's thread. An export of 300,000 products
 * is 32 MB of base64 and a parsed 25 MB workbook 30 MB of rows: one message each held the counter's
 * bills 245 and 311 ms. So the big part of such a reply goes ahead in pieces, each its own message,
 * with bills between them, and the reply follows without it.
 */
export interface HeavyPiece {
  id: number;
  piece: string | Uint8Array;
}

/** characters of base64 or bytes in one piece (base64 pieces a multiple of 4, so each decodes alone) */
export const PIECE_SIZE = 1 << 20;

export const isPiece = (m: object): m is HeavyPiece => 'piece' in m;

const fileOf = (value: unknown): { result: { base64: string } } | null => {
  if (typeof value !== 'object' || value === null || !('result' in value)) return null;
  const result: unknown = value.result;
  if (typeof result !== 'object' || result === null || !('base64' in result) || typeof result.base64 !== 'string') return null;
  return { result: { ...result, base64: result.base64 } };
};

function cut<T extends string | Uint8Array>(whole: T, each: (from: number, to: number) => T): T[] {
  const pieces: T[] = [];
  for (let at = 0; at < whole.length; at += PIECE_SIZE) pieces.push(each(at, Math.min(whole.length, at + PIECE_SIZE)));
  return pieces;
}

/** A text in pieces of PIECE_SIZE characters (a base64 file's pieces each decode alone). */
export const textPieces = (text: string): string[] => cut(text, (from, to) => text.slice(from, to));

/** A reply's big part in pieces and the rest of it, or null for a reply small enough to go whole. */
export function splitReply(value: unknown): { pieces: Array<string | Uint8Array>; rest: unknown } | null {
  const file = fileOf(value);
  if (file && typeof value === 'object' && file.result.base64.length > PIECE_SIZE) {
    return { pieces: textPieces(file.result.base64), rest: { ...value, result: { ...file.result, base64: '' } } };
  }
  // A checked import's rows are in pieces already, each cut at a row's end and read as it is.
  if (isPackedCheck(value) && value.pieces.length > 0) return { pieces: value.pieces, rest: { ...value, pieces: [] } };
  if (isPackedTable(value) && value.rows.length > PIECE_SIZE) {
    // A copy each: a view would carry its whole buffer with it.
    const rows = value.rows;
    return { pieces: cut(rows, (from, to) => rows.slice(from, to)), rest: { ...value, rows: new Uint8Array(0) } };
  }
  return null;
}

const piecesOfFiles = new WeakMap<object, readonly string[]>();

/**
 * The base64 of a file that came in pieces, as it came: the HTTP transport writes them one by one.
 * Joined, an export of 300,000 products is one 33 MB string, and making it held the host's thread
 * about 100 ms; so the file's `base64` is joined only when something reads it.
 */
export function filePieces(result: object): readonly string[] | undefined {
  return piecesOfFiles.get(result);
}

/** The reply made whole again from its pieces, or null if they do not fit it. */
export function joinReply(rest: unknown, pieces: ReadonlyArray<string | Uint8Array>): unknown {
  const file = fileOf(rest);
  if (file && typeof rest === 'object' && pieces.every((p) => typeof p === 'string')) {
    const texts = pieces.filter((p) => typeof p === 'string');
    let joined: string | undefined;
    const result = Object.defineProperty({ ...file.result }, 'base64', { enumerable: true, configurable: true, get: () => (joined ??= texts.join('')) });
    piecesOfFiles.set(result, texts);
    return { ...rest, result };
  }
  const bytes = pieces.filter((p) => p instanceof Uint8Array);
  if (bytes.length !== pieces.length) return null;
  if (isPackedCheck(rest)) return { ...rest, pieces: bytes };
  if (isPackedTable(rest)) return { ...rest, rows: new Uint8Array(Buffer.concat(bytes)) };
  return null;
}
