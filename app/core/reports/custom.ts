import type { z } from 'zod';
import type { CustomDimension, CustomMeasure, CustomReportSpec } from '../contract/areas/reports-custom';
import type { Lang } from '../contract/vocabulary';
import { formatDate } from '../format/date';
import { fail, sayIn, type Say } from '../i18n/fail';
import type { CustomChoiceValue, CustomQuery, CustomResult } from './custom-types';
import { periodText, report, slug, type Column, type Kind, type Report, type Row } from './table';

export type CustomSpec = z.output<typeof CustomReportSpec>;

const TIME: ReadonlySet<CustomDimension> = new Set(['day', 'week', 'month']);
const MEASURE_KIND: Record<CustomMeasure, Kind> = { sales: 'money', qty: 'qty', bills: 'count', gst: 'money', cogs: 'money', margin: 'money' };
const TENDERS = ['cash', 'upi', 'card', 'credit', 'mixed', 'none'] as const;
type Tender = (typeof TENDERS)[number];
const isTender = (v: string): v is Tender => TENDERS.some((t) => t === v);

const DIM_KEYS = {
  day: 'report.custom.dim.day',
  week: 'report.custom.dim.week',
  month: 'report.custom.dim.month',
  product: 'report.custom.dim.product',
  category: 'report.custom.dim.category',
  brand: 'report.custom.dim.brand',
  customer: 'report.custom.dim.customer',
  cashier: 'report.custom.dim.cashier',
  tender: 'report.custom.dim.tender',
  hsn: 'report.custom.dim.hsn',
  supplier: 'report.custom.dim.supplier',
} as const satisfies Record<CustomDimension, string>;
const MEASURE_KEYS = {
  sales: 'report.custom.measure.sales',
  qty: 'report.custom.measure.qty',
  bills: 'report.custom.measure.bills',
  gst: 'report.custom.measure.gst',
  cogs: 'report.custom.measure.cogs',
  margin: 'report.custom.measure.margin',
} as const satisfies Record<CustomMeasure, string>;
const TENDER_KEYS = {
  cash: 'report.custom.tender.cash',
  upi: 'report.custom.tender.upi',
  card: 'report.custom.tender.card',
  credit: 'report.custom.tender.credit',
  mixed: 'report.custom.tender.mixed',
  none: 'report.custom.tender.none',
} as const satisfies Record<Tender, string>;

export const dimensionWord = (t: Say, d: CustomDimension) => t(DIM_KEYS[d]);
export const measureWord = (t: Say, m: CustomMeasure) => t(MEASURE_KEYS[m]);
export const tenderWord = (t: Say, v: string) => (isTender(v) ? t(TENDER_KEYS[v]) : v);
export const TENDER_VALUES: readonly string[] = TENDERS.slice(0, 5);

const isMeasure = (k: string): k is CustomMeasure => Object.hasOwn(MEASURE_KIND, k);
const isDimension = (by: string, spec: CustomSpec): by is CustomDimension => spec.groupBy.some((d) => d === by);

/**
 * Checks what the schema cannot (each choice once, the sort among the report's columns, the period
 * the right way round) and answers the query the repo runs, in the words of the closed vocabulary.
 */
export function checkCustomSpec(spec: CustomSpec, lang: Lang): CustomQuery {
  const t = sayIn(lang);
  if (spec.from > spec.to) fail('INVALID_INPUT', 'report.custom.fromAfterTo', { from: formatDate(spec.from), to: formatDate(spec.to) });
  const twice = <T extends string>(list: readonly T[]) => list.find((v, i) => list.indexOf(v) !== i);
  const group = twice(spec.groupBy);
  if (group) fail('INVALID_INPUT', 'report.custom.groupTwice', { name: dimensionWord(t, group) });
  const measure = twice(spec.measures);
  if (measure) fail('INVALID_INPUT', 'report.custom.measureTwice', { name: measureWord(t, measure) });
  const filter = twice(spec.filters.map((f) => f.dimension));
  if (filter) fail('INVALID_INPUT', 'report.custom.filterTwice', { name: dimensionWord(t, filter) });
  const first = spec.groupBy[0] ?? 'day';
  const sort = spec.sort ?? (TIME.has(first) ? { by: first, dir: 'asc' as const } : { by: spec.measures[0] ?? 'sales', dir: 'desc' as const });
  const shown = isDimension(sort.by, spec) || spec.measures.some((m) => m === sort.by);
  if (!shown) fail('INVALID_INPUT', 'report.custom.sortNotShown', { name: isMeasure(sort.by) ? measureWord(t, sort.by) : dimensionWord(t, sort.by) });
  return { from: spec.from, to: spec.to, groupBy: spec.groupBy, measures: spec.measures, filters: spec.filters, sort, limit: spec.limit };
}

/** A group's key as the reader knows it: a name, a date, a tender word; "(not set)" for an empty one. */
function groupCell(t: Say, lang: Lang, d: CustomDimension, key: CustomResult['rows'][number]['keys'][number]): string {
  const value = key.value ?? '';
  switch (d) {
    case 'day':
      return value;
    case 'week':
      return value ? t('report.custom.weekOf', { date: formatDate(value) }) : '';
    case 'month':
      return value.replace(/^(\d{4})-(\d{2})$/, '$2-$1');
    case 'tender':
      return tenderWord(t, value);
    case 'customer':
      return key.label ?? t('report.custom.walkIn');
    case 'supplier':
      return key.label ?? t('report.custom.noSupplier');
    case 'product':
      return (lang === 'hi' ? key.labelHi : null) ?? key.label ?? value;
    default:
      return key.label ?? (value === '' ? t('report.custom.blank') : value);
  }
}

/** The names of the filters' values, for the note under the table. */
export type FilterNames = Partial<Record<CustomDimension, ReadonlyMap<string, CustomChoiceValue>>>;

/** The grouped figures as the one report model the screen, the Excel and the PDF draw. */
export function customReportModel(spec: CustomSpec, q: CustomQuery, result: CustomResult, names: FilterNames, lang: Lang): Report {
  const t = sayIn(lang);
  const columns: Column[] = [
    ...spec.groupBy.map((d): Column => ({
      key: d,
      label: dimensionWord(t, d),
      kind: d === 'day' ? 'date' : 'text',
      width: d === 'product' || d === 'customer' ? 3 : 2,
    })),
    ...spec.measures.map((m): Column => ({ key: m, label: measureWord(t, m), kind: MEASURE_KIND[m] })),
  ];
  const rows: Row[] = result.rows.map((r) => ({
    cells: [
      ...spec.groupBy.map((d, n) => groupCell(t, lang, d, r.keys[n] ?? { value: null, label: null, labelHi: null })),
      ...spec.measures.map((m) => r.values[m]),
    ],
  }));
  const blanks = spec.groupBy.slice(1).map(() => null);
  rows.push({
    cells: [t('report.total'), ...blanks, ...spec.measures.map((m) => result.totals[m])],
    style: 'total',
    marks: ['custom-total', ...blanks, ...spec.measures.map((m) => `custom-total-${m}`)],
  });
  const notes: Report['notes'] = [{ text: t('report.custom.basis'), tone: 'info' }];
  for (const f of q.filters) {
    const known = names[f.dimension];
    const words = f.values.map((v) =>
      f.dimension === 'tender' ? tenderWord(t, v) : ((lang === 'hi' ? known?.get(v)?.labelHi : null) ?? known?.get(v)?.label ?? v),
    );
    notes.push({
      text: t('report.custom.filtered', { what: `${dimensionWord(t, f.dimension)}: ${words.join(', ')}` }),
      tone: 'info',
      mark: `filter-${f.dimension}`,
    });
  }
  if (result.groups > result.rows.length)
    notes.push({ text: t('report.custom.shown', { shown: result.rows.length, groups: result.groups }), tone: 'info', mark: 'custom-cut' });
  const title = spec.title ?? t('report.custom.title');
  return report({
    report: 'custom',
    lang,
    title,
    period: periodText(t, spec.from, spec.to),
    fileBase: `${slug(spec.title ?? '') || 'custom-report'}-${spec.from}-${spec.to}`,
    parts: [{ key: 'groups', columns, rows }],
    notes,
  });
}
