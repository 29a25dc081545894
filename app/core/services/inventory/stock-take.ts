import { isServiceCharge } from '../../billing/service-charge';
import { fail } from '../../i18n/fail';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import { adjustmentMoves, writeAdjustment } from './adjust';
import { narrate } from '../../accounting/narration';

/**
 * Stock takes: a count sheet filled on any device, then posted once. Posting compares each count
 * with the books at that moment (sales went on while people counted) and writes every variance as
 * an adjustment with reason 'count', with one journal entry, in one transaction.
 */
export const stockTakeHandlers = {
  'inventory.openStockTake': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const id = ids.newId('take');
    const at = clock.now().toISOString();
    store.transaction(() => {
      store.stockTakes.create({ id, name: p.name, createdBy: ctx.user.id, createdAt: at });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'inventory.openStockTake',
        entity: 'stock_take',
        entityId: id,
        before: null,
        after: { name: p.name },
      });
    });
    return found(store.stockTakes.view(id), 'Stock take');
  },

  'inventory.stockTakes': (deps, p) => deps.store.stockTakes.list(p.status),

  'inventory.getStockTake': (deps, p) => found(deps.store.stockTakes.view(p.id), 'Stock take'),

  'inventory.recordCounts': (deps, p, ctx) => {
    const { store, clock } = deps;
    return store.transaction(() => {
      const take = found(store.stockTakes.header(p.id), 'Stock take');
      if (take.status !== 'open') fail('INVALID_INPUT', take.status === 'posted' ? 'inventory.takePosted' : 'inventory.takeCancelled', { take: take.name });
      noServiceCharge(p.lines);
      for (const l of p.lines) {
        const product = found(store.catalog.get(l.productId), 'Product');
        if (!product.loose && l.countedMilli % 1000 !== 0)
          fail('INVALID_INPUT', 'inventory.countedInPieces', { product: product.name }, { productId: l.productId });
      }
      store.stockTakes.record(p.id, p.lines, ctx.user.id, clock.now().toISOString());
      return { id: p.id, lines: store.stockTakes.counts(p.id).length };
    });
  },

  'inventory.postStockTake': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const take = found(store.stockTakes.header(p.id), 'Stock take');
      if (take.status !== 'open') fail('INVALID_INPUT', take.status === 'posted' ? 'inventory.takePosted' : 'inventory.takeCancelled', { take: take.name });
      const counts = store.stockTakes.counts(p.id);
      if (counts.length === 0) fail('INVALID_INPUT', 'inventory.takeEmpty', { take: take.name });
      const lines = counts.flatMap((c) => {
        const variance = c.countedMilli - store.stock.level(c.productId).qtyMilli;
        return variance === 0 ? [] : [{ productId: c.productId, batchId: null, qtyMilli: variance, reason: 'count' as const }];
      });
      const { moves, newLots } = adjustmentMoves(deps, lines, at);
      const valueChangePaise = writeAdjustment(deps, {
        refType: 'stock_take',
        refId: p.id,
        at,
        ...narrate('narration.stockTake', { name: take.name }),
        moves,
        newLots,
      });
      store.stockTakes.markPosted(p.id, at);
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'inventory.postStockTake',
        entity: 'stock_take',
        entityId: p.id,
        before: { status: 'open' },
        after: { status: 'posted', adjustedLines: lines.length, valueChangePaise },
      });
      return { id: p.id, adjustedLines: lines.length, valueChangePaise };
    });
  },
} satisfies Partial<AreaHandlers<'inventory'>>;

/** The delivery fee's row has no stock: a count or an adjustment of it is refused, never a stock move. */
export function noServiceCharge(lines: ReadonlyArray<{ productId: string }>): void {
  const charge = lines.find((l) => isServiceCharge(l.productId));
  if (charge) fail('INVALID_INPUT', 'inventory.serviceChargeNoStock', {}, { productId: charge.productId });
}
