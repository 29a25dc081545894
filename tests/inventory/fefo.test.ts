import { describe, expect, it } from 'vitest';
import { fefoOrder, issueStock, type LotBalance, type Valuation } from '../../app/core/inventory/fefo';
import { issueLines } from '../../app/core/inventory/sale-issue';

const lot = (
  batchId: string,
  qtyMilli: number,
  valuePaise: number,
  expiryDate: string | null,
  receivedAt = '2026-11-01',
  mrpPaise: number | null = null,
): LotBalance => ({
  batchId,
  qtyMilli,
  valuePaise,
  expiryDate,
  receivedAt,
  mrpPaise,
  unitCostPaise: Math.round((valuePaise * 1000) / qtyMilli),
});

/** 5 kg of butter out of two lots (3 kg expiring soon at ₹15, 10 kg later at ₹60), costed by that method. */
const issueFiveButter = (costing: Valuation) => {
  const lots = [lot('late', 10_000, 6000, '2027-03-01'), lot('soon', 3000, 1500, '2026-12-10')];
  const butter = { productId: 'p', name: 'Butter', qtyMilli: 5000, lots, onHandMilli: 13_000, onHandValuePaise: 7500, fallbackUnitCostPaise: 600 };
  return issueStock(butter, costing, 'block');
};

describe('first expiry, first out', () => {
  it('orders lots by expiry, then lots without expiry by receipt', () => {
    const lots = [
      lot('c', 1000, 100, null, '2026-10-01'),
      lot('a', 1000, 100, '2026-12-31'),
      lot('b', 1000, 100, '2026-12-01'),
      lot('d', 1000, 100, null, '2026-09-01'),
    ];
    expect(fefoOrder(lots).map((l) => l.batchId)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('takes the earliest expiry first and spills into the next lot, each at its own cost (FIFO)', () => {
    const issue = issueFiveButter('fifo');
    expect(issue.allocations).toEqual([
      { batchId: 'soon', qtyMilli: 3000, costPaise: 1500 },
      { batchId: 'late', qtyMilli: 2000, costPaise: 1200 },
    ]);
    expect(issue.costPaise).toBe(2700);
  });

  it('costs the same lots at the running average under weighted average', () => {
    const issue = issueFiveButter('wavg');
    expect(issue.allocations.map((a) => a.batchId)).toEqual(['soon', 'late']);
    // 5/13 of ₹75.00 = ₹28.85 (half-up), shared by quantity
    expect(issue.costPaise).toBe(2885);
    expect(issue.allocations.reduce((s, a) => s + a.costPaise, 0)).toBe(2885);
  });

  it('says the lowest MRP among the lots it takes', () => {
    const lots = [lot('old', 2000, 1000, '2026-12-01', '2026-10-01', 2000), lot('new', 5000, 2600, '2027-06-01', '2026-11-01', 2500)];
    const issue = issueStock(
      { productId: 'p', name: 'Biscuit', qtyMilli: 1000, lots, onHandMilli: 7000, onHandValuePaise: 3600, fallbackUnitCostPaise: 500 },
      'fifo',
      'block',
    );
    expect(issue.mrpPaise).toBe(2000);
  });

  it('blocks a sale the shelf cannot cover, or sells it short with a warning', () => {
    const lots = [lot('a', 2000, 1000, null)];
    const input = { productId: 'p', name: 'Salt', qtyMilli: 3000, lots, onHandMilli: 2000, onHandValuePaise: 1000, fallbackUnitCostPaise: 500 };
    expect(() => issueStock(input, 'fifo', 'block')).toThrow(/Only 2 of Salt in stock/);
    const warned = issueStock(input, 'fifo', 'warn');
    expect(warned.shortMilli).toBe(1000);
    expect(warned.allocations).toEqual([
      { batchId: 'a', qtyMilli: 2000, costPaise: 1000 },
      { batchId: null, qtyMilli: 1000, costPaise: 500 },
    ]);
  });

  it('a product on two lines: the second takes what the first left', () => {
    const positions = new Map([
      ['p', { lots: [lot('soon', 1000, 400, '2026-12-01'), lot('late', 5000, 2500, '2027-01-01')], qtyMilli: 6000, valuePaise: 2900 }],
    ]);
    const [first, second] = issueLines(
      [
        { productId: 'p', name: 'Sugar', qtyMilli: 750, fallbackUnitCostPaise: 500 },
        { productId: 'p', name: 'Sugar', qtyMilli: 750, fallbackUnitCostPaise: 500 },
      ],
      positions,
      'fifo',
      'block',
    );
    expect(first!.allocations).toEqual([{ batchId: 'soon', qtyMilli: 750, costPaise: 300 }]);
    expect(second!.allocations).toEqual([
      { batchId: 'soon', qtyMilli: 250, costPaise: 100 },
      { batchId: 'late', qtyMilli: 500, costPaise: 250 },
    ]);
  });
});
