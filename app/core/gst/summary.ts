import { sum, type Paise } from '../money';

/** The tax heads of one line, as invoices and receipts carry them. */
export interface TaxedLine {
  gstRateBp: number;
  cessRateBp: number;
  taxablePaise: Paise;
  cgstPaise: Paise;
  sgstPaise: Paise;
  igstPaise: Paise;
  cessPaise: Paise;
}

/** One row of the breakup: the same heads, summed over the lines at one rate. */
export type TaxRateRow = TaxedLine;

/**
 * The GST breakup of a bill, one row per (GST rate, cess rate), lowest rate first. The rows add
 * up exactly to the bill's heads because they are sums of the lines' own rounded heads.
 */
export function taxByRate(lines: readonly TaxedLine[]): TaxRateRow[] {
  const groups = new Map<string, TaxedLine[]>();
  for (const l of lines) {
    const key = `${l.gstRateBp}/${l.cessRateBp}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()]
    .map((g) => ({
      gstRateBp: g[0]?.gstRateBp ?? 0,
      cessRateBp: g[0]?.cessRateBp ?? 0,
      taxablePaise: sum(g.map((l) => l.taxablePaise)),
      cgstPaise: sum(g.map((l) => l.cgstPaise)),
      sgstPaise: sum(g.map((l) => l.sgstPaise)),
      igstPaise: sum(g.map((l) => l.igstPaise)),
      cessPaise: sum(g.map((l) => l.cessPaise)),
    }))
    .sort((a, b) => a.gstRateBp - b.gstRateBp || a.cessRateBp - b.cessRateBp);
}

/** "18%", "2.5%", "0%": a rate in basis points as people write it. */
export function formatRate(bp: number): string {
  return `${bp / 100}%`;
}
