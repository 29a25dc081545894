import { describe, expect, it } from 'vitest';
import { runInsights } from '../../app/core/insights/job';
import { bill, emptyHistory } from './helpers';

/**
 * A customer's web orders carry the delivery fee's line (`svc-delivery`): the insights read goods
 * only, so the fee is never a product the customer "buys again" nor one "bought together" with atta.
 */
describe('the delivery fee in the insights job', () => {
  it('is neither a repeat product nor half of a basket rule', () => {
    const bills = [
      ...[1, 8, 15, 22, 29].map((d, i) => bill(`W${i}`, d, { customer: 'C1', products: ['ATTA', 'SALT', 'svc-delivery'] })),
      ...[2, 9, 16, 23, 30].map((d, i) => bill(`K${i}`, d, { customer: 'C2', products: ['BISCUIT', 'COLA'] })),
    ];
    const r = runInsights({ ...emptyHistory(), bills }, { asOfDay: 31 });
    const repeated = Object.values(r.repeatProducts).flatMap((list) => list.map((p) => p.productId));
    expect(repeated).toContain('ATTA');
    expect(repeated).not.toContain('svc-delivery');
    const inRules = r.boughtTogether.flatMap((rule) => [...rule.antecedent, rule.consequent]);
    expect(inRules).toContain('ATTA');
    expect(inRules).not.toContain('svc-delivery');
  });
});
