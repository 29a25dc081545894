import type { Summary } from './stats';

/** What one benchmark reports; the runner adds the conditions it ran under. */
export interface Outcome {
  /** what is timed, from which moment to which */
  measures: string;
  /** p95Ms is shown by the runner; a benchmark with other goals adds them and decides `pass` itself */
  target: { p95Ms: number; p99Ms?: number; maxRssBytes?: number };
  /** null when skipped */
  pass: boolean | null;
  samples: number;
  figures: Summary | null;
  /** sub-figures and how the data was made (seeding method, per-query figures, the bare transaction …) */
  details?: Record<string, unknown>;
  skipped?: string;
}

export interface Conditions {
  date: string;
  gitCommit: string | null;
  gitDirty: boolean | null;
  /** 1/5/15-minute load averages just before and just after this benchmark */
  loadBefore: number[];
  loadAfter: number[];
  durationS: number;
}

export type BenchResult = Outcome & { title: string; conditions: Conditions };

export interface Benchmark {
  name: string;
  title: string;
  run(): Promise<Outcome>;
}

export const passes = (figures: Summary, target: { p95Ms: number }) => figures.p95 <= target.p95Ms;
