/**
 * Backtest of demand forecasting on a sales history CSV (docs/forecasting.md):
 *
 *   npm run forecast:backtest -- --csv FILE [--horizon 28] [--json OUT]
 *
 * Columns: date (YYYY-MM-DD), sku, qty; optional category, price_paise, promo (0/1), stockout (0/1).
 * The last `horizon` dates of the file are held out; models see nothing of them. Prints the table;
 * --json writes { series, horizon, holdoutFrom, seconds, methods, chosen, byCategory }.
 * Exit codes: 0 done, 1 the file cannot be used (the reason is printed), 2 wrong arguments.
 */
import { writeFileSync } from 'node:fs';
import { backtest, BacktestInputError, readHistoryFile, splitHoldout } from '../app/host/forecasting/backtest';
import { backtestTable } from '../app/host/forecasting/report-table';

const USAGE = 'usage: npm run forecast:backtest -- --csv FILE [--horizon 28] [--json OUT]';

function parseArgs(argv: string[]): { csv: string; horizon: number; json: string | null } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i] ?? '';
    const value = argv[i + 1];
    if (!['--csv', '--horizon', '--json'].includes(name) || value === undefined || value.startsWith('--')) throw new RangeError(`unexpected argument ${name}`);
    values.set(name, value);
  }
  const csv = values.get('--csv');
  if (!csv) throw new RangeError('--csv FILE is required');
  const horizon = Number(values.get('--horizon') ?? 28);
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 366) throw new RangeError('--horizon must be a whole number of days from 1 to 366');
  return { csv, horizon, json: values.get('--json') ?? null };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const split = splitHoldout(readHistoryFile(args.csv), args.horizon);
    const showProgress = process.stderr.isTTY === true;
    const result = await backtest(split, args.horizon, {}, (m) => {
      if (showProgress && m.type === 'progress') process.stderr.write(`\r  ${m.done}/${m.total} ${m.stage}`.padEnd(60));
    });
    if (showProgress) process.stderr.write('\n');
    console.log(backtestTable(result, args.csv));
    if (args.json) writeFileSync(args.json, `${JSON.stringify(result.report, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof BacktestInputError) {
      console.error(`Cannot backtest: ${e.message}`);
      return 1;
    }
    console.error(`Backtest failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exitCode = await main();
