/**
 * Frequent itemsets by FP-growth (Han, Pei & Yin 2000): one pass counts items, a second builds a
 * prefix tree of the baskets with items in descending frequency, then each item's conditional
 * tree is mined recursively. No npm package fits app/core: node-fpgrowth depends on Node's
 * `events` and mines itemsets only; this is ~120 lines we can test against arules' results.
 */
import { NO_PAUSE, pacer, type Pause } from '../pace';

export interface Itemset {
  /** item indexes into `items`, ascending */
  items: number[];
  count: number;
}

export interface FrequentItemsets {
  items: string[];
  /** count of each single item, by index */
  itemCounts: number[];
  itemsets: Itemset[];
  transactions: number;
}

interface TreeNode {
  item: number;
  count: number;
  parent: TreeNode | null;
  children: Map<number, TreeNode>;
}

interface WeightedPath {
  items: number[];
  count: number;
}

/** Builds a tree from weighted paths whose items are already in the global order; returns per-item node lists. */
function buildTree(paths: readonly WeightedPath[], minCount: number): { heads: Map<number, TreeNode[]>; counts: Map<number, number> } {
  const counts = new Map<number, number>();
  for (const p of paths) for (const it of p.items) counts.set(it, (counts.get(it) ?? 0) + p.count);
  const root: TreeNode = { item: -1, count: 0, parent: null, children: new Map() };
  const heads = new Map<number, TreeNode[]>();
  for (const p of paths) {
    let node = root;
    for (const it of p.items) {
      if ((counts.get(it) ?? 0) < minCount) continue;
      let child = node.children.get(it);
      if (!child) {
        child = { item: it, count: 0, parent: node, children: new Map() };
        node.children.set(it, child);
        let list = heads.get(it);
        if (!list) heads.set(it, (list = []));
        list.push(child);
      }
      child.count += p.count;
      node = child;
    }
  }
  return { heads, counts };
}

function mine(paths: readonly WeightedPath[], suffix: number[], minCount: number, maxLength: number, out: Itemset[], tick: () => void): void {
  const { heads, counts } = buildTree(paths, minCount);
  for (const [item, nodes] of heads) {
    tick();
    const count = counts.get(item) ?? 0;
    if (count < minCount) continue;
    const itemset = [item, ...suffix];
    out.push({ items: [...itemset].sort((a, b) => a - b), count });
    if (itemset.length >= maxLength) continue;
    const conditional: WeightedPath[] = [];
    for (const node of nodes) {
      const prefix: number[] = [];
      for (let p = node.parent; p && p.item >= 0; p = p.parent) prefix.push(p.item);
      if (prefix.length > 0) conditional.push({ items: prefix.reverse(), count: node.count });
    }
    if (conditional.length > 0) mine(conditional, itemset, minCount, maxLength, out, tick);
  }
}

/**
 * Itemsets present in at least `minSupport` (a share, 0–1) of the baskets, up to `maxLength` items.
 * Duplicate items within a basket count once; empty baskets count as transactions.
 */
export function frequentItemsets(baskets: readonly (readonly string[])[], minSupport: number, maxLength = 4, pause: Pause = NO_PAUSE): FrequentItemsets {
  const tick = pacer(pause, 1024);
  const transactions = baskets.length;
  const minCount = Math.max(1, Math.ceil(minSupport * transactions - 1e-9));
  const index = new Map<string, number>();
  const names: string[] = [];
  const rawCounts: number[] = [];
  const encoded: number[][] = [];
  for (const basket of baskets) {
    tick();
    const seen = new Set<number>();
    for (const name of basket) {
      let i = index.get(name);
      if (i === undefined) {
        i = names.length;
        index.set(name, i);
        names.push(name);
        rawCounts.push(0);
      }
      if (!seen.has(i)) {
        seen.add(i);
        rawCounts[i] = (rawCounts[i] ?? 0) + 1;
      }
    }
    encoded.push([...seen]);
  }
  // Most frequent first shares the most prefixes; ties by name keep the tree the same run to run.
  const rank = names.map((_, i) => i).sort((a, b) => (rawCounts[b] ?? 0) - (rawCounts[a] ?? 0) || ((names[a] ?? '') < (names[b] ?? '') ? -1 : 1));
  const position = new Array<number>(names.length);
  rank.forEach((item, pos) => (position[item] = pos));
  const paths: WeightedPath[] = [];
  for (const basket of encoded) {
    tick();
    const kept = basket.filter((i) => (rawCounts[i] ?? 0) >= minCount).sort((a, b) => (position[a] ?? 0) - (position[b] ?? 0));
    if (kept.length > 0) paths.push({ items: kept, count: 1 });
  }
  const itemsets: Itemset[] = [];
  if (maxLength >= 1) mine(paths, [], minCount, maxLength, itemsets, pacer(pause, 64));
  return { items: names, itemCounts: rawCounts, itemsets, transactions };
}
