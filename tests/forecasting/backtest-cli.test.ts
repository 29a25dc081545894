import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dayFromIso } from '../../app/core/forecasting/days';
import { BacktestInputError, readHistoryFile, splitHoldout } from '../../app/host/forecasting/backtest';

const ROOT = join(import.meta.dirname, '../..');
const BAKERY = join(ROOT, '../shared/data/bakery_daily.csv');
const dir = mkdtempSync(join(tmpdir(), 'sk-forecast-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/forecast-backtest.ts', ...args], { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const TODAY = dayFromIso('2026-12-04') ?? 0;
const problem = (text: string, horizon = 28) => {
  try {
    splitHoldout(readHistoryFile(file('bad.csv', text), TODAY), horizon);
  } catch (e) {
    expect(e).toBeInstanceOf(BacktestInputError);
    return (e as Error).message;
  }
  throw new Error('the file was accepted');
};

describe.skipIf(!existsSync(BAKERY))('the backtest CLI on the real bakery history', () => {
  it('beats R forecast 8.20 (best: stlf 0.449) with a chosen WAPE of at most 0.41, and writes the JSON', async () => {
    const out = join(dir, 'bakery.json');
    const run = await cli(['--csv', BAKERY, '--horizon', '28', '--json', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(report)).toEqual(['series', 'horizon', 'holdoutFrom', 'seconds', 'methods', 'chosen', 'byCategory']);
    expect([report.series, report.horizon, report.holdoutFrom]).toEqual([29, 28, '2017-03-13']);
    expect(report.chosen.wape).toBeLessThanOrEqual(0.41);
    // Our baselines are R's on the same holdout.
    expect(report.methods.snaive.wape).toBeCloseTo(0.487, 3);
    expect(report.methods['mean-28'].wape).toBeCloseTo(0.482, 3);
    expect(report.methods.croston.wape).toBeCloseTo(0.494, 3);
    expect(report.byCategory.all.chosen).toBe(report.chosen.wape);
    expect(run.stdout).toContain('chosen (median)');
  }, 120_000);
});

describe('a history file that cannot be used says why', () => {
  const header = 'date,sku,qty\n';
  it('a missing column', () => expect(problem('date,qty\n2025-01-01,3\n')).toMatch(/missing column sku/));
  it('a bad date', () => expect(problem(`${header}2025-02-30,atta,3\n`)).toMatch(/line 2: date '2025-02-30' is not a date/));
  it('a negative quantity', () => expect(problem(`${header}2025-01-01,atta,-3\n`)).toMatch(/line 2: qty -3 is negative/));
  it('a quantity that is not a number', () => expect(problem(`${header}2025-01-01,atta,three\n`)).toMatch(/qty 'three' is not a number/));
  it('a date in the future', () => expect(problem(`${header}2999-01-01,atta,3\n`)).toMatch(/2999-01-01 is in the future/));
  it('a flag other than 0/1', () => expect(problem('date,sku,qty,promo\n2025-01-01,atta,3,yes\n')).toMatch(/promo 'yes' must be 0 or 1/));
  it('one day of history', () =>
    expect(problem(`${header}2025-01-01,atta,3\n`)).toMatch(/not enough history: the file has sales on 1 date; holding out the last 28 needs at least 56/));
  it('no rows', () => expect(problem(header)).toMatch(/no rows/));
  it('no file', () => expect(() => readHistoryFile(join(dir, 'nope.csv'))).toThrow(/no such file/));

  it('the CLI prints the reason without a stack and exits 1; wrong arguments exit 2', async () => {
    const bad = await cli(['--csv', file('missing.csv', 'date,sku\n2025-01-01,atta\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Cannot backtest: [\s\S]*missing column qty/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = await cli(['--horizon', '28']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--csv FILE is required/);
  }, 60_000);
});
