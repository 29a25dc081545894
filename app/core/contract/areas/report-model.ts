import { z } from 'zod';
import { IsoDate } from '../schemas';
import { LANGS } from '../vocabulary';

/**
 * One report, described once: the host builds it from the books in the reader's language, the
 * screen draws it (ui/report/ReportView) and the Excel and PDF exports draw the same object, so
 * the figures on screen and on paper cannot differ.
 *
 * Cell values by column kind: money is integer paise, qty integer milli-units, percent basis
 * points, count a whole number, date YYYY-MM-DD, text as shown; null is an empty cell.
 */
export const CELL_KINDS = ['text', 'money', 'qty', 'date', 'percent', 'count'] as const;
export const CellKind = z.enum(CELL_KINDS);

export const ReportColumn = z.object({
  /** stable name of the column (e.g. "debit"), the same in every language */
  key: z.string(),
  /** the heading in the report's language */
  label: z.string(),
  kind: CellKind,
  /** relative width in the PDF */
  width: z.number().positive().optional(),
});

export const ReportCell = z.union([z.string(), z.number(), z.null()]);

/** Where a row leads: an account's ledger for a period (and party), one journal entry / document, or the bills of a product or customer. */
export const DrillTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ledger'), account: z.string(), partyId: z.string().optional(), from: IsoDate, to: IsoDate }),
  z.object({ kind: z.literal('entry'), entryId: z.string() }),
  z.object({ kind: z.literal('document'), refId: z.string() }),
  z.object({ kind: z.literal('bills'), from: IsoDate, to: IsoDate, productId: z.string().optional(), customerId: z.string().optional() }),
]);

export const ROW_STYLES = ['group', 'subtotal', 'total', 'muted', 'cancelled'] as const;

export const ReportRow = z.object({
  cells: z.array(ReportCell),
  /** a smaller second line under a cell on screen (account code, GSTIN, narration); exports leave it out */
  details: z.array(z.string().nullable()).optional(),
  /** group heading, subtotal, grand total (drawn bold), muted (a breakdown), cancelled */
  style: z.enum(ROW_STYLES).optional(),
  /** indent of the first cell: group → account → party */
  level: z.number().int().min(0).max(4).optional(),
  drill: DrillTarget.optional(),
  /** the figure the report answers (net profit): drawn larger with the ₹ sign on screen */
  headline: z.boolean().optional(),
  /** names of single cells the screen marks for finding (e.g. the trial balance's debit total) */
  marks: z.array(z.string().nullable()).optional(),
});

/** One table of the report (a report may have several: the two sides of a balance sheet, GSTR-3B's tables). */
export const ReportPart = z.object({
  key: z.string(),
  caption: z.string().optional(),
  columns: z.array(ReportColumn),
  rows: z.array(ReportRow),
});

export const ReportNote = z.object({
  text: z.string(),
  tone: z.enum(['ok', 'bad', 'info']).default('info'),
  mark: z.string().optional(),
});

export const ReportModel = z.object({
  report: z.string(),
  lang: z.enum(LANGS),
  title: z.string(),
  /** e.g. "01-04-2026 to 30-11-2026" */
  period: z.string(),
  parts: z.array(ReportPart),
  /** under the tables: the check figures */
  notes: z.array(ReportNote),
  /** the report in a few lines for WhatsApp: title, period, the totals */
  summary: z.string(),
  /** base of the file name in plain letters: trial-balance-2026-04-01-2026-11-30 */
  fileBase: z.string(),
});
