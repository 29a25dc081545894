import type { CustomFilterDimension } from '../../contract/areas/reports-custom';
import type { CustomChoiceValue, CustomQuery, CustomResult } from '../../reports/custom-types';

export type { CustomChoiceValue, CustomQuery, CustomResult, CustomGroupRow, CustomTotals } from '../../reports/custom-types';

/** The repositories the custom report builder owns in the Store (db/repos/reports/custom*.ts). */
export interface CustomReportsStore {
  customReports: CustomReportsRepo;
}

export interface SavedCustomRow {
  id: string;
  name: string;
  /** the stored JSON, re-checked by the spec's schema before use */
  spec: string;
  savedAt: string;
}

export interface CustomReportsRepo {
  /**
   * Brings the figures the report reads up to date in short slices, each leaving the thread to the
   * counter, so a first read over years of bills waits here without holding anyone else up.
   */
  settle(): Promise<void>;
  run(q: CustomQuery): CustomResult;
  /** the values each filter can take (tender's are the fixed words, named by the core) */
  choices(): Record<Exclude<CustomFilterDimension, 'tender'>, CustomChoiceValue[]>;
  saved(): SavedCustomRow[];
  /** saves under a name; the same name (any case) replaces that report and keeps its id */
  save(r: { id: string; name: string; spec: string; by: string; at: string }): string;
  remove(id: string): boolean;
}
