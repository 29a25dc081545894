import { useCallback, useState } from 'react';
import type { CatalogEntry, TenderMethod } from '../../../../core/contract';
import { estimateBill, type CatalogCopy } from '../../api/sync';

export interface CartLine {
  product: CatalogEntry;
  qtyMilli: number;
}

/** The bill being made offline: lines priced from the device's copy of the catalogue. */
export function useOfflineCart(catalog: CatalogCopy) {
  const [lines, setLines] = useState<CartLine[]>([]);
  const add = useCallback((product: CatalogEntry, qtyMilli = 1000) => {
    setLines((ls) => {
      const at = ls.findIndex((l) => l.product.id === product.id);
      if (at < 0) return [...ls, { product, qtyMilli }];
      return ls.map((l, i) => (i === at ? { ...l, qtyMilli: l.qtyMilli + qtyMilli } : l));
    });
  }, []);
  const setQty = useCallback((index: number, qtyMilli: number) => setLines((ls) => ls.map((l, i) => (i === index ? { ...l, qtyMilli } : l))), []);
  const remove = useCallback((index: number) => setLines((ls) => ls.filter((_, i) => i !== index)), []);
  const clear = useCallback(() => setLines([]), []);
  const rules = { roundOff: catalog.meta?.roundOff ?? true, composition: catalog.meta?.composition ?? false };
  const estimate = estimateBill(
    lines.map((l) => ({ qtyMilli: l.qtyMilli, unitPricePaise: l.product.pricePaise, gstRateBp: l.product.gstRateBp, cessRateBp: l.product.cessRateBp })),
    rules,
  );
  return { lines, add, setQty, remove, clear, estimate };
}

/**
 * The command's params, as billing.postInvoice takes them: each line carries the price the
 * customer was charged (it posts at that price even if the catalogue changed since), and the
 * whole payable in one tender.
 */
export function billParams(id: string, lines: readonly CartLine[], payablePaise: number, method: TenderMethod) {
  return {
    clientRef: id,
    pricing: 'inclusive',
    lines: lines.map((l) => ({ productId: l.product.id, qtyMilli: l.qtyMilli, unitPricePaise: l.product.pricePaise })),
    tenders: [{ method, amountPaise: payablePaise, ...(method === 'cash' ? { tenderedPaise: payablePaise } : {}) }],
  };
}
