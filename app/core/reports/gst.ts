import type { z } from 'zod';
import type { Gstr1Result, Gstr3bResult } from '../contract';
import type { Lang } from '../contract/vocabulary';
import { sayIn, type Say } from '../i18n/fail';
import { stateNameIn } from '../i18n/states';
import { col, money, periodText, report, type Column, type Report, type Row } from './table';

/** GSTR-1's sections and HSN summary, GSTR-3B's tables: the figures of the returns in paise. */
type Heads = { taxablePaise: number; igstPaise: number; cgstPaise: number; sgstPaise: number; cessPaise: number };
type Tax = Omit<Heads, 'taxablePaise'>;

const taxCols = (t: Say) => (['report.col.igst', 'report.col.cgst', 'report.col.sgst', 'report.col.cess'] as const).map((k) => money(t, k));
const headCols = (t: Say): Column[] => [money(t, 'report.col.taxable'), ...taxCols(t)];
const taxCells = (h: Tax) => [h.igstPaise, h.cgstPaise, h.sgstPaise, h.cessPaise];
const headCells = (h: Heads) => [h.taxablePaise, ...taxCells(h)];

/** Each return's title key, written out so the catalogue test sees both in use. */
const RETURN_TITLES = { gstr1: 'report.gstr1', gstr3b: 'report.gstr3b' } as const;

/** A month's return is titled by the month in words ("December 2026", "दिसंबर 2026"); a year's by its label. */
const periodTitle = (lang: Lang, period: { label: string; from: string }) =>
  /^\d{2}-\d{4}$/.test(period.label)
    ? new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${period.from}T00:00:00Z`),
      )
    : period.label;

/** A return's head: titled and its file named by its tax period (`gstr1-2026-11`), with the period's dates. */
const returnHead = (t: Say, lang: Lang, name: 'gstr1' | 'gstr3b', period: { label: string; from: string; to: string }) => ({
  report: name,
  lang,
  title: t(RETURN_TITLES[name], { period: periodTitle(lang, period) }),
  period: periodText(t, period.from, period.to),
  fileBase: `${name}-${period.label}`,
});

const SECTIONS = {
  b2b: 'report.gst.b2b',
  b2cl: 'report.gst.b2cl',
  b2cs: 'report.gst.b2cs',
  cdnr: 'report.gst.cdnr',
  cdnur: 'report.gst.cdnur',
} as const;

export function gstr1Report(g: z.output<typeof Gstr1Result>, lang: Lang): Report {
  const t = sayIn(lang);
  const hsnPart = (key: 'b2b' | 'b2c') => ({
    key: `hsn_${key}`,
    caption: t(key === 'b2b' ? 'report.gst.hsnB2b' : 'report.gst.hsnB2c'),
    columns: [
      col(t, 'report.col.hsn', 'text', 1),
      col(t, 'report.col.description', 'text', 2.4),
      col(t, 'report.col.uqc', 'text', 0.8),
      col(t, 'report.col.qty', 'qty', 1),
      col(t, 'report.col.rate', 'percent', 0.8),
      ...headCols(t),
    ],
    rows: g.hsn[key].map((r): Row => ({ cells: [r.hsn, r.description, r.uqc, r.qtyMilli, r.rateBp, ...headCells(r)] })),
  });
  const errors = g.issues.filter((i) => i.severity === 'error').length;
  return report({
    ...returnHead(t, lang, 'gstr1', g.period),
    parts: [
      {
        key: 'sections',
        caption: t('report.gst.sections'),
        columns: [col(t, 'report.col.section', 'text', 3), col(t, 'report.col.entries', 'count', 0.8), ...headCols(t)],
        rows: [
          ...(Object.keys(SECTIONS) as Array<keyof typeof SECTIONS>).map((s): Row => ({
            cells: [t(SECTIONS[s]), g.counts[s], ...headCells(g.summary[s])],
          })),
          { cells: [t('report.gst.nil'), null, g.summary.nilPaise, null, null, null, null] },
        ],
      },
      hsnPart('b2b'),
      hsnPart('b2c'),
    ],
    notes: [
      { text: t('report.gst.docIssue', { documents: g.summary.documents, cancelled: g.summary.cancelled }), tone: 'info' },
      { text: t('report.gst.issues', { errors, warnings: g.issues.length - errors }), tone: errors > 0 ? 'bad' : 'ok' },
    ],
  });
}

export function gstr3bReport(d: z.output<typeof Gstr3bResult>, lang: Lang): Report {
  const t = sayIn(lang);
  const outward = [
    ['report.g3b.taxable', d.outward.taxable],
    ['report.g3b.zero', d.outward.zeroRated],
    ['report.g3b.nil', d.outward.nilExempt],
    ['report.g3b.reverse', d.outward.reverseCharge],
    ['report.g3b.nonGst', d.outward.nonGst],
  ] as const;
  const itc = (key: Parameters<Say>[0] & `report.g3b.${string}`, v: Tax, style?: Row['style'], level?: number): Row => ({
    cells: [t(key), ...taxCells(v)],
    ...(style ? { style } : {}),
    ...(level ? { level } : {}),
  });
  return report({
    ...returnHead(t, lang, 'gstr3b', d.period),
    parts: [
      {
        key: 'outward',
        caption: t('report.g3b.outward'),
        columns: [col(t, 'report.col.nature', 'text', 4), ...headCols(t)],
        rows: outward.map(([key, v]): Row => ({ cells: [t(key), ...headCells(v)] })),
      },
      {
        key: 'interUnregistered',
        caption: t('report.g3b.interUnreg'),
        columns: [col(t, 'report.col.placeOfSupply', 'text', 4), money(t, 'report.col.taxable'), money(t, 'report.col.igst')],
        rows: d.interStateUnregistered.map((r): Row => ({
          cells: [`${stateNameIn(r.placeOfSupply, lang)} (${r.placeOfSupply})`, r.taxablePaise, r.igstPaise],
        })),
      },
      {
        key: 'itc',
        caption: t('report.g3b.itc'),
        columns: [col(t, 'report.col.particulars', 'text', 4), ...taxCols(t)],
        rows: [
          itc('report.g3b.itcReverseCharge', d.itc.reverseCharge),
          itc('report.g3b.itcAvailable', d.itc.available),
          itc('report.g3b.itcBills', d.itc.documents.bills, 'muted', 1),
          itc('report.g3b.itcDebitNotes', d.itc.documents.debitNotes, 'muted', 1),
          itc('report.g3b.itcExpenses', d.itc.documents.expenses, 'muted', 1),
          itc('report.g3b.itcReversed', d.itc.reversed),
          itc('report.g3b.itcNet', d.itc.net, 'subtotal'),
          itc('report.g3b.payable', d.payable, 'total'),
        ],
      },
    ],
    notes: [{ text: t('report.g3b.note'), tone: 'info' }],
  });
}
