import { describe, expect, it } from 'vitest';
import { customerHistories } from '../../app/core/insights/customers/history';
import { whoToRemind, whoToThank } from '../../app/core/insights/customers/lists';
import { repeatProducts } from '../../app/core/insights/customers/repeat-products';
import { rfmScores, segmentOf } from '../../app/core/insights/customers/rfm';
import { bill } from './helpers';

// Five customers as of day 100, worked by hand in docs/insights.md's RFM section.
const BILLS = [
  ...[98, 90, 80, 70].map((d, i) => bill(`A${i}`, d, { customer: 'A', total: 100 })),
  bill('B0', 99, { customer: 'B', total: 1000 }),
  ...[10, 20, 30].map((d, i) => bill(`C${i}`, d, { customer: 'C', total: 100 })),
  ...[50, 60].map((d, i) => bill(`D${i}`, d, { customer: 'D', total: 100 })),
  bill('E0', 5, { customer: 'E', total: 50 }),
  bill('X0', 99, { customer: null, total: 5000 }),
  bill('X1', 99, { customer: 'A', total: 9999, cancelled: true }),
];

describe('RFM', () => {
  it('scores by how many customers do worse and names the segments (hand-worked)', () => {
    const rows = rfmScores(customerHistories(BILLS).values(), 100);
    const by = Object.fromEntries(rows.map((r) => [r.customerId, r]));
    expect(by.A).toMatchObject({ recencyDays: 2, frequency: 4, monetaryPaise: 400, r: 4, f: 5, m: 4, segment: 'champions' });
    expect(by.B).toMatchObject({ recencyDays: 1, frequency: 1, monetaryPaise: 1000, r: 5, f: 1, m: 5, segment: 'new' });
    expect(by.C).toMatchObject({ recencyDays: 70, frequency: 3, r: 2, f: 4, m: 3, segment: 'at_risk' });
    expect(by.D).toMatchObject({ recencyDays: 40, frequency: 2, r: 3, f: 3, m: 2, segment: 'loyal' });
    expect(by.E).toMatchObject({ recencyDays: 95, frequency: 1, r: 1, f: 1, m: 1, segment: 'lost' });
    expect(rows).toHaveLength(5);
  });

  it('names the grid', () => {
    expect(segmentOf(5, 5, 5)).toBe('champions');
    expect(segmentOf(1, 5, 5)).toBe('cant_lose');
    expect(segmentOf(2, 4, 2)).toBe('at_risk');
    expect(segmentOf(2, 1, 1)).toBe('about_to_sleep');
    expect(segmentOf(1, 2, 1)).toBe('hibernating');
    expect(segmentOf(3, 1, 1)).toBe('promising');
    expect(segmentOf(3, 2, 1)).toBe('needs_attention');
    expect(segmentOf(4, 2, 1)).toBe('potential_loyal');
  });

  it('answers for no customers and for one customer alone', () => {
    expect(rfmScores([], 100)).toEqual([]);
    const [only] = rfmScores(customerHistories([bill('b', 10, { customer: 'Z' })]).values(), 10);
    expect(only).toMatchObject({ r: 3, f: 3, m: 3, recencyDays: 0 });
  });
});

describe('customer lists', () => {
  const regular = [0, 7, 14, 21, 28].map((d, i) => bill(`R${i}`, d, { customer: 'R', total: 20_000, products: ['atta', 'dal'] }));
  const names = new Map([['R', { id: 'R', name: 'Ravi' }]]);
  const productNames = new Map([
    ['atta', { id: 'atta', name: 'Atta 5 kg' }],
    ['dal', { id: 'dal', name: 'Toor dal' }],
  ]);

  it('remembers what each customer buys again and how often', () => {
    const repeats = repeatProducts(regular);
    expect(repeats.get('R')).toEqual([
      { productId: 'atta', bills: 5, lastDay: 28, everyDays: 7 },
      { productId: 'dal', bills: 5, lastDay: 28, everyDays: 7 },
    ]);
  });

  it('reminds a weekly customer who has not come for three weeks, not one due tomorrow', () => {
    const repeats = repeatProducts(regular);
    const histories = customerHistories(regular);
    expect(whoToRemind(histories.values(), 34, names, repeats, productNames)).toEqual([]);
    const [due] = whoToRemind(histories.values(), 49, names, repeats, productNames);
    expect(due?.message).toEqual({ key: 'insights.customer.remind', params: { name: 'Ravi', days: 21, every: 7, items: 'Atta 5 kg, Toor dal' } });
    // Gone for more than 90 days (and four of their gaps) is lost, not lapsing.
    expect(whoToRemind(histories.values(), 200, names, repeats, productNames)).toEqual([]);
  });

  it('thanks champions and loyal customers by what they spent in the last year', () => {
    const histories = customerHistories(BILLS);
    const thank = whoToThank(rfmScores(histories.values(), 100), histories, 100, new Map());
    expect(thank.map((t) => [t.customerId, t.valuePaise])).toEqual([
      ['A', 400],
      ['D', 200],
    ]);
  });
});
