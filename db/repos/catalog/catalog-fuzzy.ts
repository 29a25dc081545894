import { query, type RepoContext } from '../context';

/** Damerau–Levenshtein distance, stopping early once it passes `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The folded words of the whole catalogue (FTS5's own vocabulary), grouped by first letter and
 * loaded on the first search that found nothing; a word one edit away (two for long words) from a
 * query word is tried as its spelling. Reloaded after the catalogue changes.
 */
export function createFuzzyTerms(raw: RepoContext['raw']) {
  let byFirst: Map<string, string[]> | null = null;
  const load = () => {
    // FTS5's own vocabulary table: raw SQL.
    raw.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.products_fts_terms USING fts5vocab(main, 'products_fts', 'col')");
    const terms = query<string, []>(raw, "SELECT term FROM temp.products_fts_terms WHERE col = 'fold'")().pluck().all();
    const map = new Map<string, string[]>();
    for (const t of terms) {
      const list = map.get(t.charAt(0)) ?? [];
      list.push(t);
      map.set(t.charAt(0), list);
    }
    return map;
  };
  return {
    near(word: string): string[] {
      if (word.length < 4 || /^\d+$/.test(word)) return [];
      byFirst ??= load();
      const max = word.length >= 8 ? 2 : 1;
      return (byFirst.get(word.charAt(0)) ?? []).filter((t) => t !== word && editDistance(word, t, max) <= max).slice(0, 8);
    },
    forget() {
      byFirst = null;
    },
  };
}

export type FuzzyTerms = ReturnType<typeof createFuzzyTerms>;
