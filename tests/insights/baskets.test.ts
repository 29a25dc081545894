import { describe, expect, it } from 'vitest';
import { frequentItemsets } from '../../app/core/insights/baskets/fp-growth';
import { associationRules, boughtWith } from '../../app/core/insights/baskets/rules';
import { groceryBaskets } from '../../scripts/insights/data';

describe('association rules on a hand-worked set', () => {
  // 5 baskets: bread 4, butter 3, milk 3, {bread, butter} 3, {bread, milk} 2, {butter, milk} 1, all three 1.
  const baskets = [['bread', 'butter'], ['bread', 'butter', 'milk'], ['bread', 'milk'], ['milk'], ['bread', 'butter', 'bread']];

  it('counts itemsets once per basket', () => {
    const found = frequentItemsets(baskets, 0.2);
    const count = (...names: string[]) =>
      found.itemsets.find((s) => s.items.length === names.length && names.every((n) => s.items.includes(found.items.indexOf(n))))?.count;
    expect(count('bread')).toBe(4);
    expect(count('bread', 'butter')).toBe(3);
    expect(count('bread', 'milk')).toBe(2);
    expect(count('butter', 'milk')).toBe(1);
    expect(count('bread', 'butter', 'milk')).toBe(1);
  });

  it('gives support, confidence and lift as defined', () => {
    const rules = associationRules(frequentItemsets(baskets, 0.4), { minConfidence: 0 });
    const butterToBread = rules.find((r) => r.antecedent.join() === 'butter' && r.consequent === 'bread');
    // support 3/5; confidence 3/3; lift 1 / (4/5)
    expect(butterToBread).toMatchObject({ support: 0.6, confidence: 1, count: 3 });
    expect(butterToBread?.lift).toBeCloseTo(1.25, 10);
    const breadToMilk = rules.find((r) => r.antecedent.join() === 'bread' && r.consequent === 'milk');
    expect(breadToMilk?.confidence).toBeCloseTo(0.5, 10);
    expect(breadToMilk?.lift).toBeCloseTo(0.5 / 0.6, 10);
    // {butter, milk} is in one basket of five: below 40% support, so no rule uses it.
    expect(rules.some((r) => [...r.antecedent, r.consequent].includes('butter') && [...r.antecedent, r.consequent].includes('milk'))).toBe(false);
    expect(boughtWith(rules, 'butter').map((r) => r.consequent)).toEqual(['bread']);
  });

  it('answers nothing for no baskets or empty baskets', () => {
    expect(associationRules(frequentItemsets([], 0.1), { minConfidence: 0 })).toEqual([]);
    expect(associationRules(frequentItemsets([[], []], 0.1), { minConfidence: 0 })).toEqual([]);
  });
});

describe('the Groceries data set (arules)', () => {
  const baskets = groceryBaskets();
  const rules = associationRules(frequentItemsets(baskets, 0.006, 10), { minConfidence: 0.25 });

  it('finds the 463 rules published for support 0.006 and confidence 0.25', () => {
    expect(baskets).toHaveLength(9835);
    expect(rules).toHaveLength(463);
  });

  it('matches the known top rule and the whole-milk rules', () => {
    const top = rules[0];
    expect(top).toMatchObject({ antecedent: ['herbs'], consequent: 'root vegetables' });
    expect(top?.support).toBeCloseTo(0.00702, 5);
    expect(top?.confidence).toBeCloseTo(0.43125, 5);
    expect(top?.lift).toBeCloseTo(3.956, 3);
    const rule = (a: string[], c: string) => rules.find((r) => r.antecedent.join('|') === a.join('|') && r.consequent === c);
    expect(rule(['other vegetables'], 'whole milk')?.support).toBeCloseTo(0.07483, 5);
    expect(rule(['other vegetables'], 'whole milk')?.confidence).toBeCloseTo(0.38676, 4);
    expect(rule(['rolls/buns'], 'whole milk')?.lift).toBeCloseTo(1.205, 3);
    expect(rule(['other vegetables', 'yogurt'], 'whole milk')?.confidence).toBeCloseTo(0.5129, 3);
  });

  it('finds the 410 rules of the support 0.001, confidence 0.8 setting', () => {
    expect(associationRules(frequentItemsets(baskets, 0.001, 10), { minConfidence: 0.8 })).toHaveLength(410);
  });
});
