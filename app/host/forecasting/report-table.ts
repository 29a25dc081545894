import type { Accuracy } from '../../core/forecasting/metrics';
import type { BacktestResult } from './backtest';

/**
 * The backtest as text: every method next to the chosen forecasts, and each method and category
 * where the chosen ones lost, said plainly.
 */
const fixed = (x: number | null, digits = 3) => (x === null ? '   –  ' : x.toFixed(digits).padStart(6));
const percent = (x: number | null) => (x === null ? '    –' : `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)}%`.padStart(7));

export function backtestTable({ report, details }: BacktestResult, file: string): string {
  const out: string[] = [];
  const naive = report.methods.snaive?.wape ?? null;
  const vsNaive = (a: Accuracy) => (a.wape !== null && naive ? a.wape / naive - 1 : null);
  out.push(`Backtest of ${file}: ${report.series} products, holdout ${report.horizon} dates from ${report.holdoutFrom}, ${report.seconds} s`);
  out.push('');
  out.push(`${'method'.padEnd(22)}  WAPE    MASE    bias   vs snaive`);
  const line = (name: string, a: Accuracy) => `${name.padEnd(22)}${fixed(a.wape)}  ${fixed(a.mase)}  ${fixed(a.bias)}  ${percent(vsNaive(a))}`;
  out.push(line('chosen (median)', report.chosen));
  for (const [name, a] of Object.entries(report.methods).sort((x, y) => (x[1].wape ?? 9) - (y[1].wape ?? 9))) {
    const filled = details.filledIn[name];
    out.push(line(name, a) + (filled ? `   (${filled} products without one: 28-day mean)` : ''));
  }
  out.push(line('chosen, as means', details.chosenMeans));
  out.push('');
  out.push(
    `Chosen per product: ${Object.entries(details.chosenBy)
      .sort((a, b) => b[1] - a[1])
      .map(([m, n]) => `${m} ${n}`)
      .join(', ')}`,
  );
  const losses = Object.entries(report.methods).filter(([, a]) => a.wape !== null && report.chosen.wape !== null && a.wape < report.chosen.wape);
  out.push(
    losses.length === 0
      ? 'No single method beat the chosen forecasts overall.'
      : `The chosen forecasts LOST overall to: ${losses.map(([m, a]) => `${m} (${fixed(a.wape).trim()})`).join(', ')}`,
  );
  out.push('');
  const columns = ['chosen', ...Object.keys(report.methods)];
  out.push(`WAPE by category${' '.repeat(6)}${columns.map((c) => c.slice(0, 9).padStart(10)).join('')}`);
  for (const [category, row] of Object.entries(report.byCategory)) {
    const chosen = row.chosen ?? null;
    const beaten = Object.entries(row).filter(([m, w]) => m !== 'chosen' && w !== null && chosen !== null && w < chosen);
    out.push(
      `${category.slice(0, 20).padEnd(22)}${columns.map((c) => fixed(row[c] ?? null).padStart(10)).join('')}${beaten.length ? `   lost to ${beaten.map(([m]) => m).join(', ')}` : ''}`,
    );
  }
  return out.join('\n');
}
