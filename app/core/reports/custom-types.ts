import type { CustomDimension, CustomFilterDimension, CustomMeasure } from '../contract/areas/reports-custom';

/** A checked spec, every word from the closed vocabulary; the repo maps each to its own fixed SQL. */
export interface CustomQuery {
  from: string;
  to: string;
  groupBy: readonly CustomDimension[];
  /** only these are summed (a bill count is a distinct count, worth leaving out when not asked for) */
  measures: readonly CustomMeasure[];
  filters: ReadonlyArray<{ dimension: CustomFilterDimension; values: readonly string[] }>;
  sort: { by: CustomDimension | CustomMeasure; dir: 'asc' | 'desc' };
  limit: number;
}

export type CustomTotals = Record<CustomMeasure, number>;

/** One group: its key per grouping (an id or the word itself) with the name to show, and every measure. */
export interface CustomGroupRow {
  keys: Array<{ value: string | null; label: string | null; labelHi: string | null }>;
  values: CustomTotals;
}

export interface CustomResult {
  rows: CustomGroupRow[];
  /** how many groups there are before the limit */
  groups: number;
  /** the measures over every bill line the filters keep (bills counted once, not per group) */
  totals: CustomTotals;
}

export interface CustomChoiceValue {
  value: string;
  label: string;
  labelHi: string | null;
}
