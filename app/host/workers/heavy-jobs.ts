import type { z } from 'zod';
import type { ErrorData } from '../../core/contract/errors';
import type { RequestEnvelope, ResponseEnvelope, ShopView } from '../../core/contract';
import type { Report as ReportTable } from '../../core/reports/table';
import type { ImportCheckRequest, Spreadsheets } from '../../core/services/catalog/ports';

/** What the host's heavy-work worker does, as messages (heavy-worker.ts runs them, heavy-lane.ts sends them). */
export type HeavyJob =
  /** a whole API call, on the worker's own read-only connection, with the host's clock reading */
  | { kind: 'call'; request: RequestEnvelope; now: string }
  | { kind: 'parse'; bytes: Uint8Array; fileName: string; encoding: 'utf-8' | 'windows-1252'; sheetWith?: readonly string[] }
  /** an uploaded import read on the worker's connection, parsed and checked for its commit */
  | { kind: 'checkImport'; request: ImportCheckRequest; now: string }
  | { kind: 'writeXlsx'; sheets: Parameters<Spreadsheets['writeXlsx']>[0] }
  | { kind: 'tablePdf'; table: ReportTable; shop: z.output<typeof ShopView> }
  | { kind: 'tableXlsx'; table: ReportTable; shop: z.output<typeof ShopView> };

export interface HeavyRequest {
  id: number;
  job: HeavyJob;
}

/**
 * A failure: the error data of an AppError (code, words, key), or code null for anything else. A
 * big reply has its big part sent ahead in `pieces` messages (reply-pieces.ts).
 */
export type HeavyReply =
  { id: number; ok: true; value: unknown; pieces?: number } | { id: number; ok: false; error: ErrorData | { code: null; message: string } };

export type CallReply = ResponseEnvelope;

export interface HeavyWorkerData {
  dbFile: string;
  validateResults: boolean;
}
