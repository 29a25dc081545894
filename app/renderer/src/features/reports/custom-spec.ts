import {
  CUSTOM_DIMENSIONS,
  CUSTOM_MEASURES,
  type CustomDimension,
  type CustomFilterDimension,
  type CustomMeasure,
  type ParamsIn,
} from '../../../../core/contract';
import type { StringKey } from '../../i18n/i18n';

export type Spec = ParamsIn<'reports.custom'>;
export type SortKey = NonNullable<Spec['sort']>['by'];

export const DIM_WORDS: Record<CustomDimension, StringKey> = {
  day: 'crDimDay',
  week: 'crDimWeek',
  month: 'crDimMonth',
  product: 'crDimProduct',
  category: 'crDimCategory',
  brand: 'crDimBrand',
  customer: 'crDimCustomer',
  cashier: 'crDimCashier',
  tender: 'crDimTender',
  hsn: 'crDimHsn',
  supplier: 'crDimSupplier',
};

export const MEASURE_WORDS: Record<CustomMeasure, StringKey> = {
  sales: 'crMSales',
  qty: 'crMQty',
  bills: 'crMBills',
  gst: 'crMGst',
  cogs: 'crMCogs',
  margin: 'crMMargin',
};

export const isDimension = (v: string): v is CustomDimension => CUSTOM_DIMENSIONS.some((d) => d === v);
export const isMeasure = (v: string): v is CustomMeasure => CUSTOM_MEASURES.some((m) => m === v);
export const isSortKey = (v: string): v is SortKey => isDimension(v) || isMeasure(v);

/** A sort the report no longer shows falls back to the host's default (time first, else the first figure, largest first). */
function keepSort(spec: Spec): Spec {
  const by = spec.sort?.by;
  if (by === undefined) return spec;
  const shown = spec.groupBy.some((d) => d === by) || (spec.measures ?? []).some((m) => m === by);
  return shown ? spec : withoutSort(spec);
}

function withoutSort(spec: Spec): Spec {
  const copy = { ...spec };
  delete copy.sort;
  return copy;
}

/** The grouping at a place (0–2) set or cleared; later ones close up, and a dimension is used once. */
export function withGroup(spec: Spec, index: number, dim: CustomDimension | null): Spec {
  const next = [...spec.groupBy];
  if (dim === null) next.splice(index, 1);
  else next[index] = dim;
  const once = next.filter((d, i) => next.indexOf(d) === i);
  return keepSort({ ...spec, groupBy: once.length > 0 ? once : spec.groupBy });
}

export function toggleMeasure(spec: Spec, m: CustomMeasure): Spec {
  const now = spec.measures ?? [];
  const on = now.includes(m);
  return keepSort({ ...spec, measures: on ? now.filter((x) => x !== m) : CUSTOM_MEASURES.filter((x) => x === m || now.includes(x)) });
}

export function withSort(spec: Spec, by: SortKey | '', dir: 'asc' | 'desc'): Spec {
  return by === '' ? withoutSort(spec) : { ...spec, sort: { by, dir } };
}

export function addFilterValue(spec: Spec, dimension: CustomFilterDimension, value: string): Spec {
  const filters = spec.filters ?? [];
  const found = filters.find((f) => f.dimension === dimension);
  if (found?.values.includes(value)) return spec;
  return {
    ...spec,
    filters: found ? filters.map((f) => (f === found ? { ...f, values: [...f.values, value] } : f)) : [...filters, { dimension, values: [value] }],
  };
}

export function removeFilterValue(spec: Spec, dimension: CustomFilterDimension, value: string): Spec {
  const filters = (spec.filters ?? [])
    .map((f) => (f.dimension === dimension ? { ...f, values: f.values.filter((v) => v !== value) } : f))
    .filter((f) => f.values.length > 0);
  return { ...spec, filters };
}
