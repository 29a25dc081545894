import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * The report crosses from the worker as UTF-8 JSON pieces in transferred buffers, and the host
 * parses one piece per turn of its event loop. Structured clone of the whole report (tens of
 * thousands of small objects) held the host's thread 100–170 ms on arrival, and one JSON.parse of
 * it 30–60 ms on a busy machine; a bill arriving meanwhile would have waited that long.
 */
export interface ReportPiece {
  /** the report's key; a long list or map comes in several pieces under one key */
  key: string;
  kind: 'value' | 'items' | 'entries';
  json: Uint8Array;
}

const PIECE_ITEMS = 400;

export function toPieces(report: Record<string, unknown>): ReportPiece[] {
  const encoder = new TextEncoder();
  const pieces: ReportPiece[] = [];
  for (const [key, value] of Object.entries(report)) {
    if (Array.isArray(value) && value.length > PIECE_ITEMS) {
      for (let i = 0; i < value.length; i += PIECE_ITEMS)
        pieces.push({ key, kind: 'items', json: encoder.encode(JSON.stringify(value.slice(i, i + PIECE_ITEMS))) });
    } else if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > PIECE_ITEMS) {
      const entries = Object.entries(value);
      for (let i = 0; i < entries.length; i += PIECE_ITEMS)
        pieces.push({ key, kind: 'entries', json: encoder.encode(JSON.stringify(entries.slice(i, i + PIECE_ITEMS))) });
    } else pieces.push({ key, kind: 'value', json: encoder.encode(JSON.stringify(value)) });
  }
  return pieces;
}

/** Rebuilds the report, yielding to the event loop between pieces; answers the longest single parse. */
export async function fromPieces(pieces: readonly ReportPiece[]): Promise<{ report: Record<string, unknown>; longestParseMs: number }> {
  const decoder = new TextDecoder();
  const report: Record<string, unknown> = {};
  // A long list grows in place piece by piece: copying it whole for each piece made the last pieces the slowest.
  const lists = new Map<string, unknown[]>();
  const maps = new Map<string, Record<string, unknown>>();
  let longestParseMs = 0;
  for (const piece of pieces) {
    const started = performance.now();
    const value: unknown = JSON.parse(decoder.decode(piece.json));
    if (piece.kind === 'value') report[piece.key] = value;
    else if (piece.kind === 'items') {
      const list = lists.get(piece.key) ?? [];
      for (const item of value as unknown[]) list.push(item);
      lists.set(piece.key, list);
      report[piece.key] = list;
    } else {
      const map = maps.get(piece.key) ?? {};
      for (const [k, v] of value as [string, unknown][]) map[k] = v;
      maps.set(piece.key, map);
      report[piece.key] = map;
    }
    longestParseMs = Math.max(longestParseMs, performance.now() - started);
    await nextTurn();
  }
  return { report, longestParseMs };
}
