import { fail } from '../i18n/fail';
import { divHalfUp, type Paise } from '../money';
import { MILLI } from '../format/qty';

/** One lot of a product with what is on hand in it (the '' lot holds stock from before lots). */
export interface LotBalance {
  batchId: string;
  qtyMilli: number;
  valuePaise: Paise;
  expiryDate: string | null;
  receivedAt: string;
  mrpPaise: Paise | null;
  /** cost of one base unit when the lot was received */
  unitCostPaise: Paise;
}

export type Valuation = 'wavg' | 'fifo';
export type NegativeStock = 'warn' | 'block';

export interface Allocation {
  /** null: sold from stock the shop does not have (negative stock, 'warn' policy) */
  batchId: string | null;
  qtyMilli: number;
  costPaise: Paise;
}

export interface Issue {
  productId: string;
  allocations: Allocation[];
  costPaise: Paise;
  /** how much was short (0 when the shelf had enough) */
  shortMilli: number;
  /** the lowest printed MRP among the lots picked: the price may not exceed it */
  mrpPaise: Paise | null;
}

/** First-expiry-first-out: lots with the earliest expiry leave first; lots without expiry last, oldest receipt first. */
export function fefoOrder(lots: readonly LotBalance[]): LotBalance[] {
  return [...lots].sort((a, b) => {
    if (a.expiryDate !== b.expiryDate) {
      if (a.expiryDate === null) return 1;
      if (b.expiryDate === null) return -1;
      return a.expiryDate < b.expiryDate ? -1 : 1;
    }
    if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? -1 : 1;
    return a.batchId < b.batchId ? -1 : a.batchId > b.batchId ? 1 : 0;
  });
}

/** Rule "cost of a part of a lot": its value × the share taken, half-up; all of it when all is taken. */
export function costOfPart(qtyMilli: number, onHandMilli: number, valuePaise: Paise): Paise {
  if (onHandMilli <= 0) return 0;
  if (qtyMilli >= onHandMilli) return valuePaise;
  return divHalfUp(valuePaise * qtyMilli, onHandMilli);
}

export interface IssueInput {
  productId: string;
  name: string;
  qtyMilli: number;
  lots: readonly LotBalance[];
  /** the product's whole stock (all lots), for weighted-average cost */
  onHandMilli: number;
  onHandValuePaise: Paise;
  /** cost per base unit to use for stock the shop does not have */
  fallbackUnitCostPaise: Paise;
  /** pick this lot first (the pack in the cashier's hand) */
  preferBatchId?: string | null;
}

/**
 * Which lots a sale takes (FEFO) and at what cost: the lots' own cost under 'fifo' (each lot keeps
 * the cost it was received at), the product's running average under 'wavg'. What the shelves lack
 * is refused under 'block', or sold from nothing under 'warn' at the last known cost.
 */
export function issueStock(input: IssueInput, valuation: Valuation, policy: NegativeStock): Issue {
  const available = fefoOrder(input.lots.filter((l) => l.qtyMilli > 0));
  if (input.preferBatchId) available.sort((a, b) => Number(b.batchId === input.preferBatchId) - Number(a.batchId === input.preferBatchId));
  const onShelf = available.reduce((s, l) => s + l.qtyMilli, 0);
  const shortMilli = Math.max(0, input.qtyMilli - onShelf);
  if (shortMilli > 0 && policy === 'block') {
    fail(
      'INSUFFICIENT_STOCK',
      'inventory.notEnoughStock',
      { product: input.name, onHand: onShelf / MILLI, wanted: input.qtyMilli / MILLI },
      {
        productId: input.productId,
        onHandMilli: onShelf,
        wantedMilli: input.qtyMilli,
      },
    );
  }
  const allocations: Allocation[] = [];
  let left = input.qtyMilli;
  let mrpPaise: Paise | null = null;
  for (const lot of available) {
    if (left === 0) break;
    const take = Math.min(left, lot.qtyMilli);
    allocations.push({ batchId: lot.batchId === '' ? null : lot.batchId, qtyMilli: take, costPaise: costOfPart(take, lot.qtyMilli, lot.valuePaise) });
    if (lot.mrpPaise !== null) mrpPaise = mrpPaise === null ? lot.mrpPaise : Math.min(mrpPaise, lot.mrpPaise);
    left -= take;
  }
  if (left > 0) allocations.push({ batchId: null, qtyMilli: left, costPaise: divHalfUp(left * input.fallbackUnitCostPaise, MILLI) });
  if (valuation === 'wavg') averageCosts(allocations, input);
  const costPaise = allocations.reduce((s, a) => s + a.costPaise, 0);
  return { productId: input.productId, allocations, costPaise, shortMilli, mrpPaise };
}

/** Weighted average: the whole issue costs the product's average, shared over the lots by quantity. */
function averageCosts(allocations: Allocation[], input: IssueInput): void {
  const fromShelf = Math.min(input.qtyMilli, Math.max(0, input.onHandMilli));
  let remaining =
    costOfPart(fromShelf, input.onHandMilli, input.onHandValuePaise) + divHalfUp((input.qtyMilli - fromShelf) * input.fallbackUnitCostPaise, MILLI);
  let qtyLeft = input.qtyMilli;
  for (const a of allocations) {
    const share = costOfPart(a.qtyMilli, qtyLeft, remaining);
    a.costPaise = share;
    remaining -= share;
    qtyLeft -= a.qtyMilli;
  }
}
