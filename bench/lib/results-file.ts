import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchResult } from './result';
import type { Machine } from './machine';

export interface ResultsFile {
  /** when this file was last written */
  updatedAt: string;
  /** the machine of the latest run; each benchmark also keeps the date and commit it ran at */
  machine: Machine;
  benchmarks: Record<string, BenchResult>;
}

/**
 * Writes the figures; a run of only some benchmarks keeps the others' last figures (each with
 * its own date, commit and load), so `tsx bench/run.ts search` does not erase the rest.
 */
export function writeResults(file: string, machine: Machine, fresh: Record<string, BenchResult>, order: readonly string[]): ResultsFile {
  let previous: Record<string, BenchResult> = {};
  if (existsSync(file)) {
    try {
      previous = (JSON.parse(readFileSync(file, 'utf8')) as ResultsFile).benchmarks ?? {};
    } catch {
      previous = {};
    }
  }
  const merged: Record<string, BenchResult> = { ...previous, ...fresh };
  const names = [...order.filter((n) => n in merged), ...Object.keys(merged).filter((n) => !order.includes(n))];
  const out: ResultsFile = { updatedAt: new Date().toISOString(), machine, benchmarks: Object.fromEntries(names.map((n) => [n, merged[n]!])) };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  return out;
}
