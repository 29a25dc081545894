import type { z } from 'zod';
import type { CellKind, DrillTarget, ReportColumn, ReportModel, ReportPart, ReportRow } from '../contract/areas/report-model';
import { formatDate } from '../format/date';
import { type Say } from '../i18n/fail';
import type { MessageKey } from '../i18n/catalogue';
import type { Lang } from '../contract/vocabulary';
import { summaryText } from './summary';

/**
 * The report model's building blocks. Each report (accounting.ts, books.ts, registers.ts, gst.ts,
 * inventory.ts) turns a service result into one ReportModel in the reader's language; the screen,
 * the Excel and PDF exports and the WhatsApp summary all draw that one object.
 */
export type Report = z.output<typeof ReportModel>;
export type Part = z.output<typeof ReportPart>;
export type Row = z.output<typeof ReportRow>;
export type Column = z.output<typeof ReportColumn>;
export type Kind = z.output<typeof CellKind>;
export type Drill = z.output<typeof DrillTarget>;
export type Cell = Row['cells'][number];

export type ColumnKey = MessageKey & `report.col.${string}`;

export const col = (t: Say, labelKey: ColumnKey, kind: Kind, width?: number): Column => ({
  key: labelKey.slice('report.col.'.length),
  label: t(labelKey),
  kind,
  ...(width === undefined ? {} : { width }),
});

export const money = (t: Say, key: ColumnKey) => col(t, key, 'money');

export const taxColumns = (t: Say) =>
  (['report.col.taxable', 'report.col.cgst', 'report.col.sgst', 'report.col.igst', 'report.col.cess', 'report.col.total'] as const).map((k) => money(t, k));

export const periodText = (t: Say, from: string, to: string) => t('report.period', { from: formatDate(from), to: formatDate(to) });

/** The head of a report over dates: its name, its title in the reader's words, the period, and a file named `<stem>-<from>-<to>`. */
export const datedHead = (t: Say, lang: Lang, name: Report['report'], title: string, range: { from: string; to: string }, fileStem: string) => ({
  report: name,
  lang,
  title,
  period: periodText(t, range.from, range.to),
  fileBase: `${fileStem}-${range.from}-${range.to}`,
});

/** A signed balance split into its debit and credit cells. */
export const drCr = (signed: number): [number | null, number | null] => [signed > 0 ? signed : null, signed < 0 ? -signed : null];

/** File names stay in plain English letters, whatever the language inside. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type Draft = Omit<Report, 'summary' | 'notes'> & { notes?: Report['notes'] };

/** Finishes a report: its notes and the WhatsApp summary drawn from its total rows. */
export function report(draft: Draft): Report {
  const full = { ...draft, notes: draft.notes ?? [], summary: '' };
  return { ...full, summary: summaryText(full) };
}
