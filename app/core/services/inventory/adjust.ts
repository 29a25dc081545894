import { postingsForStockAdjustment } from '../../accounting/stock-postings';
import { localDate } from '../../calendar/fy';
import { fail } from '../../i18n/fail';
import { MILLI } from '../../format/qty';
import { costOfPart, issueStock } from '../../inventory/fefo';
import type { StockMove } from '../../inventory/moves';
import { divHalfUp } from '../../money/index';
import { found } from '../guards';
import type { ServiceDeps } from '../ports';
import type { NewLot } from './ports';
import type { AdjustmentReason } from '../../contract/vocabulary';
import type { Narrated } from '../../accounting/narration';
import { writeEntry } from '../accounting/journal-entries';

export interface AdjustLine {
  productId: string;
  batchId: string | null;
  /** signed: negative writes stock off */
  qtyMilli: number;
  reason: AdjustmentReason;
}

/**
 * The moves of adjustments, computed before anything is written. A loss leaves from the lot given,
 * else first-expiry-first, at the lots' cost (or the average); it may not exceed what is there.
 * A gain goes into the lot given, else the product's newest lot (a new one at the catalogue cost
 * when it has none), valued at that lot's cost (or the average).
 */
export function adjustmentMoves(deps: ServiceDeps, lines: readonly AdjustLine[], newLotAt: string): { moves: StockMove[]; newLots: NewLot[] } {
  const { store, ids } = deps;
  const { valuation } = store.stock.settings();
  const moves: StockMove[] = [];
  const newLots: NewLot[] = [];
  const used = new Map<string, { qty: number; value: number }>();
  for (const [i, l] of lines.entries()) {
    if (!Number.isSafeInteger(l.qtyMilli) || l.qtyMilli === 0) fail('INVALID_QUANTITY', 'inventory.lineQtyZero', { line: i + 1 }, { line: i + 1 });
    const product = found(store.catalog.get(l.productId), 'Product');
    if (!product.loose && l.qtyMilli % MILLI !== 0) fail('INVALID_QUANTITY', 'inventory.countedInPieces', { product: product.name }, { line: i + 1 });
    const taken = used.get(l.productId) ?? { qty: 0, value: 0 };
    const level = store.stock.level(l.productId);
    const onHand = { qtyMilli: level.qtyMilli - taken.qty, valuePaise: level.valuePaise - taken.value };
    const lots = store.stock.lotBalances([l.productId]).get(l.productId) ?? [];
    if (l.batchId !== null && !lots.some((x) => x.batchId === l.batchId) && !store.stock.lot(l.batchId))
      fail('NOT_FOUND', 'notFound.lot', {}, { batchId: l.batchId });
    if (l.qtyMilli < 0) {
      const want = -l.qtyMilli;
      const pool = l.batchId === null ? lots : lots.filter((x) => x.batchId === l.batchId);
      const issue = issueStock(
        {
          productId: l.productId,
          name: product.name,
          qtyMilli: want,
          lots: pool,
          onHandMilli: onHand.qtyMilli,
          onHandValuePaise: onHand.valuePaise,
          fallbackUnitCostPaise: product.costPaise,
        },
        valuation,
        'block',
      );
      for (const a of issue.allocations)
        moves.push({ productId: l.productId, batchId: a.batchId, qtyMilli: -a.qtyMilli, valuePaise: -a.costPaise, kind: 'adjustment', reason: l.reason });
      used.set(l.productId, { qty: taken.qty + want, value: taken.value + issue.costPaise });
      continue;
    }
    let lot =
      l.batchId === null
        ? store.stock
            .lots(l.productId, true)
            .filter((x) => x.batchId !== '')
            .sort((a, b) => ((a.receivedAt ?? '') < (b.receivedAt ?? '') ? 1 : -1))[0]
        : store.stock.lot(l.batchId);
    if (!lot) {
      // Found stock with no lot to put it in: a new lot at the product's current MRP and cost.
      const { id, ...fresh } = {
        id: ids.newId('batch'),
        productId: l.productId,
        batchNo: '',
        mfgDate: null,
        expiryDate: null,
        mrpPaise: product.mrpPaise,
        unitCostPaise: product.costPaise,
        supplierId: null,
        receivedAt: newLotAt,
      };
      newLots.push({ id, ...fresh });
      lot = { batchId: id, ...fresh, qtyMilli: 0, valuePaise: 0 };
    }
    const value =
      valuation === 'wavg' && onHand.qtyMilli > 0
        ? costOfPart(l.qtyMilli, onHand.qtyMilli, onHand.valuePaise)
        : divHalfUp(l.qtyMilli * lot.unitCostPaise, MILLI);
    moves.push({ productId: l.productId, batchId: lot.batchId || null, qtyMilli: l.qtyMilli, valuePaise: value, kind: 'adjustment', reason: l.reason });
    used.set(l.productId, { qty: taken.qty - l.qtyMilli, value: taken.value - value });
  }
  return { moves, newLots };
}

/** Writes adjustment moves and their one journal entry; call inside the action's transaction. */
export function writeAdjustment(
  deps: ServiceDeps,
  a: { refType: string; refId: string; at: string; moves: StockMove[]; newLots: NewLot[] } & Narrated,
): number {
  const { store } = deps;
  const change = a.moves.reduce((s, m) => s + m.valuePaise, 0);
  store.stock.addLots(a.newLots);
  store.stock.insert(a.moves, { refType: a.refType, refId: a.refId, at: a.at });
  if (change !== 0) {
    writeEntry(
      deps,
      { date: localDate(new Date(a.at)), voucherType: 'stock_adjustment', refType: a.refType, refId: a.refId, narration: a.narration, words: a.words },
      a.at,
      postingsForStockAdjustment(change),
    );
  }
  return change;
}
