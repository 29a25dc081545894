import { loadavg } from 'node:os';

/** One benchmark's result, in the shape bench/run.ts collects into bench/results.json. */
export interface BenchResult {
  name: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  targetMs: number;
  pass: boolean;
  /** 1-minute load average while it ran: this machine's 2 cores are shared */
  loadAvg: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

export function summarise(name: string, samplesMs: readonly number[], targetMs: number): BenchResult {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const p95 = percentile(sorted, 95);
  return { name, samples: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(p95), targetMs, pass: p95 <= targetMs, loadAvg: round(loadavg()[0] ?? 0) };
}
