import type { Lang } from '../contract/vocabulary';
import type { MessageKey } from '../i18n/catalogue';
import type { Paise } from '../money';

/**
 * A book or statement as a plain table: what the Excel and PDF exports draw. Each report turns
 * itself into one (reports/tables.ts), so both formats always agree with the screen.
 */
export type CellKind = 'text' | 'money' | 'date' | 'qty';

export interface TableColumn {
  /** the heading in the table's language, and its key (the screens show the same column by the same key) */
  label: string;
  labelKey: MessageKey;
  kind: CellKind;
  /** relative width in the PDF */
  width?: number;
}

export type Cell = string | Paise | null;

export interface TableRow {
  cells: Cell[];
  /** a heading or total row, drawn bold */
  strong?: boolean;
  /** indent of the first cell (group → account → party) */
  level?: number;
}

export interface ReportTable {
  /** the language of every word in the table: headings, row labels, notes, the PDF's page line */
  lang: Lang;
  title: string;
  /** e.g. "01-04-2026 to 30-11-2026" */
  period: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** shown under the table: the check figures */
  notes?: string[];
  /** base of the file name: trial-balance-2026-04-01-2026-11-30 */
  fileBase: string;
}
