import type { z } from 'zod';
import type { ErrorData } from '../../core/contract/errors';
import type { RequestEnvelope, ResponseEnvelope, ShopView } from '../../core/contract';
import type { Report as ReportTable } from '../../core/reports/table';
import type { Spreadsheets } from '../../core/services/catalog/ports';

/** What the host's heavy-work worker does, as messages (heavy-worker.ts runs them, heavy-lane.ts sends them). */
export type HeavyJob =
  /** a whole API call, on the worker's own read-only connection, with the host's clock reading */
  | { kind: 'call'; request: RequestEnvelope; now: string }
  | { kind: 'parse'; bytes: Uint8Array; fileName: string; encoding: 'utf-8' | 'windows-1252'; sheetWith?: readonly string[] }
  | { kind: 'writeXlsx'; sheets: Parameters<Spreadsheets['writeXlsx']>[0] }
  | { kind: 'tablePdf'; table: ReportTable; shop: z.output<typeof ShopView> }
  | { kind: 'tableXlsx'; table: ReportTable; shop: z.output<typeof ShopView> };

export interface HeavyRequest {
  id: number;
  job: HeavyJob;
}

/**
 * A failure: the error data of an AppError (code, words, key), or code null for anything else. A
 * call answering a file has its base64 sent ahead in pieces (`HeavyPiece`), `pieces` of them.
 */
export type HeavyReply =
  { id: number; ok: true; value: unknown; pieces?: number } | { id: number; ok: false; error: ErrorData | { code: null; message: string } };

/**
 * A piece of a file's base64, sent ahead of its reply: an export of 300,000 products is 32 MB of
 * it, and taken off the pipe and deserialised in one message it held the host's thread 245 ms.
 */
export interface HeavyPiece {
  id: number;
  piece: string;
}

/** base64 characters in one piece (a multiple of 4, so every piece decodes on its own) */
export const PIECE_CHARS = 1 << 20;

export const isPiece = (m: HeavyReply | HeavyPiece): m is HeavyPiece => 'piece' in m;

export type CallReply = ResponseEnvelope;

export interface HeavyWorkerData {
  dbFile: string;
  validateResults: boolean;
}
