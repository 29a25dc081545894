import type { PricedBill } from '../billing/types';
import { sum, type Paise } from '../money';
import { issueStock, type Issue, type LotBalance, type NegativeStock, type Valuation } from './fefo';
import type { StockMove } from './moves';

export interface IssueRequest {
  productId: string;
  name: string;
  qtyMilli: number;
  fallbackUnitCostPaise: Paise;
  preferBatchId?: string | null;
}

export interface StockPosition {
  lots: LotBalance[];
  qtyMilli: number;
  valuePaise: Paise;
}

/**
 * Issues for every line of a cart, in order: a product on two lines (loose goods weighed twice)
 * takes the second line from what the first left, so FEFO, the average and the block policy see
 * the whole bill.
 */
export function issueLines(
  requests: readonly IssueRequest[],
  positions: ReadonlyMap<string, StockPosition>,
  valuation: Valuation,
  policy: NegativeStock,
): Issue[] {
  const left = new Map([...positions].map(([id, p]) => [id, { lots: p.lots.map((l) => ({ ...l })), qtyMilli: p.qtyMilli, valuePaise: p.valuePaise }]));
  return requests.map((r) => {
    const pos = left.get(r.productId) ?? { lots: [], qtyMilli: 0, valuePaise: 0 };
    const issue = issueStock({ ...r, lots: pos.lots, onHandMilli: pos.qtyMilli, onHandValuePaise: pos.valuePaise }, valuation, policy);
    for (const a of issue.allocations) {
      const lot = pos.lots.find((l) => l.batchId === (a.batchId ?? ''));
      if (lot) {
        lot.qtyMilli -= a.qtyMilli;
        lot.valuePaise -= a.costPaise;
      }
    }
    pos.qtyMilli -= r.qtyMilli;
    pos.valuePaise -= issue.costPaise;
    left.set(r.productId, pos);
    return issue;
  });
}

/** The bill with each line's cost taken from its issue (not the catalogue's cost price). */
export function costedBill(bill: PricedBill, issues: readonly Issue[]): PricedBill {
  const lines = bill.lines.map((l, i) => ({ ...l, costPaise: issues[i]?.costPaise ?? l.costPaise }));
  return { ...bill, lines, totals: { ...bill.totals, cost: sum(lines.map((l) => l.costPaise)) } };
}

/** One move per lot a line took from, at the lots' cost. */
export function stockMovesForSale(issues: readonly Issue[]): StockMove[] {
  return issues.flatMap((issue) =>
    issue.allocations.map((a) => ({ productId: issue.productId, batchId: a.batchId, qtyMilli: -a.qtyMilli, valuePaise: -a.costPaise, kind: 'sale' as const })),
  );
}
