import type { FrequentItemsets } from './fp-growth';

export interface AssociationRule {
  antecedent: string[];
  consequent: string;
  /** share of all baskets holding antecedent and consequent */
  support: number;
  /** share of baskets with the antecedent that also hold the consequent */
  confidence: number;
  /** confidence over the consequent's own support: above 1 means bought together more than by chance */
  lift: number;
  count: number;
}

/**
 * Rules X ⇒ y with one item on the right, as arules' apriori makes them (so figures compare with
 * the published ones): from each frequent itemset of two or more items, each item in turn as y.
 */
export function associationRules(found: FrequentItemsets, options: { minConfidence: number; minLift?: number }): AssociationRule[] {
  const { items, itemCounts, itemsets, transactions } = found;
  if (transactions === 0) return [];
  const countOf = new Map<string, number>();
  for (const s of itemsets) countOf.set(s.items.join(','), s.count);
  const rules: AssociationRule[] = [];
  for (const s of itemsets) {
    if (s.items.length < 2) continue;
    for (const y of s.items) {
      const rest = s.items.filter((i) => i !== y);
      const restCount = rest.length === 1 ? (itemCounts[rest[0] ?? 0] ?? 0) : (countOf.get(rest.join(',')) ?? 0);
      if (restCount === 0) continue;
      const confidence = s.count / restCount;
      const lift = confidence / ((itemCounts[y] ?? 0) / transactions);
      if (confidence < options.minConfidence || lift < (options.minLift ?? 0)) continue;
      rules.push({
        antecedent: rest.map((i) => items[i] ?? '').sort(),
        consequent: items[y] ?? '',
        support: s.count / transactions,
        confidence,
        lift,
        count: s.count,
      });
    }
  }
  return rules.sort((a, b) => b.lift - a.lift || b.support - a.support || a.consequent.localeCompare(b.consequent));
}

/** "Often bought together" for one product: rules whose antecedent is exactly that product. */
export function boughtWith(rules: readonly AssociationRule[], productId: string, limit = 5): AssociationRule[] {
  return rules.filter((r) => r.antecedent.length === 1 && r.antecedent[0] === productId && r.lift > 1).slice(0, limit);
}
