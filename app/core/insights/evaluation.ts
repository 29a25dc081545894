/**
 * Measures for a score against what happened: how we show that an insight beats its baseline.
 * Both treat tied scores fairly, so a coarse score (days since last visit) is not flattered or
 * punished by the order its ties happen to be in.
 */

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties ½). */
export function auc(scores: readonly number[], outcomes: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] ?? 0] === scores[idx[i] ?? 0]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (outcomes[idx[k] ?? 0]) {
        positives++;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const negatives = idx.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Lift in the top `share` by score: the positive rate there over the overall rate. A tie group
 * straddling the cut counts at its own average rate.
 */
export function topShareLift(scores: readonly number[], outcomes: readonly boolean[], share = 0.1): number {
  const n = scores.length;
  const total = outcomes.filter(Boolean).length;
  if (n === 0 || total === 0) return 0;
  const take = Math.max(1, Math.round(share * n));
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  let taken = 0;
  let hits = 0;
  for (let i = 0; i < n && taken < take;) {
    let j = i;
    while (j + 1 < n && scores[idx[j + 1] ?? 0] === scores[idx[i] ?? 0]) j++;
    const size = j - i + 1;
    let groupHits = 0;
    for (let k = i; k <= j; k++) if (outcomes[idx[k] ?? 0]) groupHits++;
    const used = Math.min(size, take - taken);
    hits += (groupHits * used) / size;
    taken += used;
    i = j + 1;
  }
  return hits / taken / (total / n);
}

/** Precision and recall of flagged items against the truth, matched by the caller's rule. */
export interface PrecisionRecall {
  flagged: number;
  truths: number;
  truePositives: number;
  precision: number;
  recall: number;
}

export function precisionRecall<A, T>(flagged: readonly A[], truths: readonly T[], matches: (a: A, t: T) => boolean): PrecisionRecall {
  const hitTruths = new Set<number>();
  let truePositives = 0;
  for (const a of flagged) {
    let hit = false;
    truths.forEach((t, i) => {
      if (matches(a, t)) {
        hit = true;
        hitTruths.add(i);
      }
    });
    if (hit) truePositives++;
  }
  return {
    flagged: flagged.length,
    truths: truths.length,
    truePositives,
    precision: flagged.length === 0 ? 1 : truePositives / flagged.length,
    recall: truths.length === 0 ? 1 : hitTruths.size / truths.length,
  };
}
