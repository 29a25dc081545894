import type { CustomerHistory } from './history';

/**
 * RFM: how Recently, how Frequently and for how Much (Monetary) each customer buys, each scored
 * 1–5 against the shop's other customers (rankScores), then named.
 */
export type RfmSegment =
  'champions' | 'loyal' | 'potential_loyal' | 'new' | 'promising' | 'needs_attention' | 'about_to_sleep' | 'cant_lose' | 'at_risk' | 'hibernating' | 'lost';

export interface RfmRow {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetaryPaise: number;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
}

/**
 * Score 1–5 by how many customers do worse: 1 + ⌊5 × share strictly below⌋ (higher values are
 * better). Ties share a score and the lowest value is always 1, so the many one-visit customers
 * of a shop all score F = 1 whatever their share. When everyone ties (one customer alone) the
 * figure says nothing and scores the middle, 3.
 */
function rankScores(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0 || sorted[0] === sorted[n - 1]) return values.map(() => 3);
  return values.map((v) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(5, 1 + Math.floor((5 * lo) / n));
  });
}

/**
 * The segment from R and F (M sharpens "can't lose"): checked in order, first match wins.
 * The grid follows the common RFM segment map, cut to what a kirana owner acts on.
 */
export function segmentOf(r: number, f: number, m: number): RfmSegment {
  if (r >= 4 && f >= 4) return 'champions';
  if (r >= 3 && f >= 3) return 'loyal';
  if (r >= 4 && f === 1) return 'new';
  if (r >= 4) return 'potential_loyal';
  if (r === 3 && f === 1) return 'promising';
  if (r === 3) return 'needs_attention';
  if (r <= 2 && f >= 4 && m >= 4) return 'cant_lose';
  if (r <= 2 && f >= 3) return 'at_risk';
  if (r === 2) return 'about_to_sleep';
  if (f >= 2) return 'hibernating';
  return 'lost';
}

export function rfmScores(histories: Iterable<CustomerHistory>, asOfDay: number): RfmRow[] {
  const rows: Omit<RfmRow, 'r' | 'f' | 'm' | 'segment'>[] = [];
  for (const h of histories) {
    const last = h.days[h.days.length - 1];
    if (last === undefined) continue;
    let monetary = 0;
    for (const a of h.amounts) monetary += a;
    rows.push({ customerId: h.customerId, recencyDays: Math.max(0, asOfDay - last), frequency: h.days.length, monetaryPaise: monetary });
  }
  // Fewer days since the last bill is better, so recency is scored on its negative.
  const r = rankScores(rows.map((x) => -x.recencyDays));
  const f = rankScores(rows.map((x) => x.frequency));
  const m = rankScores(rows.map((x) => x.monetaryPaise));
  return rows.map((row, i) => {
    const scores = { r: r[i] ?? 1, f: f[i] ?? 1, m: m[i] ?? 1 };
    return { ...row, ...scores, segment: segmentOf(scores.r, scores.f, scores.m) };
  });
}
