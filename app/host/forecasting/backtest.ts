import { readFileSync } from 'node:fs';
import { localDate } from '../../core/calendar/fy';
import { dayFromIso } from '../../core/forecasting/days';
import { demandRowsFromTable } from '../../core/forecasting/history-rows';
import { holdoutReport, type HoldoutDetails, type HoldoutReport } from '../../core/forecasting/holdout';
import { panelFromRows, type DemandPanel } from '../../core/forecasting/series';
import { parseCsv } from '../spreadsheets';
import type { PipelineOptions } from './pipeline';
import { runForecastInWorker, type ProgressMessage } from './runner';

/**
 * A backtest of a sales history file: the last `horizon` dates of the file are held out, the
 * engine forecasts them from the days before (selecting and training on those days only), and
 * every method and the chosen forecasts are scored on what was really sold.
 */
export class BacktestInputError extends Error {}

export interface HoldoutSplit {
  panel: DemandPanel;
  /** panel index of the first held-out date */
  origin: number;
  /** calendar days from the first held-out date to the file's last */
  days: number;
}

/** Reads and checks a CSV; throws BacktestInputError naming what is wrong. */
export function readHistoryFile(file: string, today = dayFromIso(localDate(new Date())) ?? 0): DemandPanel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BacktestInputError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? String(e)})`);
  }
  const checked = demandRowsFromTable(parseCsv(text), today);
  if (!checked.ok) throw new BacktestInputError(`${file}:\n  ${checked.problems.join('\n  ')}`);
  return panelFromRows(checked.rows);
}

/** The panel split at the first of its last `horizon` dates with sales. */
export function splitHoldout(panel: DemandPanel, horizon: number): HoldoutSplit {
  const open: number[] = [];
  for (let i = 0; i < panel.days; i += 1) if (panel.series.some((s) => s.known[i] || s.units[i])) open.push(i);
  const needed = 2 * horizon;
  if (open.length < needed) {
    throw new BacktestInputError(
      `not enough history: the file has sales on ${open.length} date${open.length === 1 ? '' : 's'}; holding out the last ${horizon} needs at least ${needed} (${horizon} to learn from, ${horizon} to test on)`,
    );
  }
  const origin = open[open.length - horizon] ?? 0;
  return { panel, origin, days: panel.days - origin };
}

export interface BacktestResult {
  report: HoldoutReport;
  details: HoldoutDetails;
}

export async function backtest(
  split: HoldoutSplit,
  horizon: number,
  options: Omit<PipelineOptions, 'origin' | 'horizon' | 'onProgress' | 'global'> = {},
  onProgress?: (message: ProgressMessage) => void,
): Promise<BacktestResult> {
  const started = performance.now();
  const run = runForecastInWorker({ panel: split.panel, options: { ...options, origin: split.origin, horizon: split.days } }, onProgress);
  const { forecast } = await run.result;
  return holdoutReport(split.panel, forecast, horizon, (performance.now() - started) / 1000);
}
