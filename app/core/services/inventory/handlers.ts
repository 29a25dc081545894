import { labelPrefixProblem } from '../../catalog/in-store';
import { scaleLayoutProblem } from '../../catalog/scale';
import { localDate } from '../../calendar/fy';
import { fail, failWith } from '../../i18n/fail';
import { fefoOrder } from '../../inventory/fefo';
import { divHalfUp } from '../../money/index';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import { adjustmentMoves, writeAdjustment } from './adjust';
import { noServiceCharge, stockTakeHandlers } from './stock-take';
import { narrate } from '../../accounting/narration';

const DAY = 86_400_000;

export const inventoryHandlers = {
  'inventory.movesFor': (deps, p) => deps.store.stock.movesFor(p.refId),
  'inventory.onHand': (deps, p) => deps.store.stock.onHand(p.productIds),
  'inventory.levels': (deps) => deps.store.stock.levels(),

  'inventory.lots': (deps, p) => {
    found(deps.store.catalog.get(p.productId), 'Product');
    const lots = deps.store.stock.lots(p.productId, p.includeEmpty);
    const order = fefoOrder(lots.map((l) => ({ ...l, receivedAt: l.receivedAt ?? '' }))).map((l) => l.batchId);
    return [...lots].sort((a, b) => order.indexOf(a.batchId) - order.indexOf(b.batchId));
  },

  'inventory.expiring': (deps, p) => {
    const today = localDate(deps.clock.now());
    const days = p.withinDays ?? deps.store.stock.settings().expiryAlertDays;
    const by = localDate(new Date(deps.clock.now().getTime() + days * DAY));
    return deps.store.stock.expiring(by).map((l) => ({ ...l, daysLeft: Math.round((Date.parse(l.expiryDate ?? today) - Date.parse(today)) / DAY) }));
  },

  'inventory.lowStock': (deps) => deps.store.stock.lowStock(),

  'inventory.history': (deps, p) => {
    found(deps.store.catalog.get(p.productId), 'Product');
    const level = deps.store.stock.level(p.productId);
    let balance = level.qtyMilli;
    // Newest first: each move's balance is what was on hand right after it.
    const moves = deps.store.stock.history(p.productId, p.limit).map((m) => {
      const row = { ...m, balanceMilli: balance };
      balance -= m.qtyMilli;
      return row;
    });
    return { productId: p.productId, onHandMilli: level.qtyMilli, valuePaise: level.valuePaise, moves };
  },

  'inventory.adjust': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const at = clock.now().toISOString();
    const keys = p.lines.map((l) => `${l.productId}|${l.batchId ?? ''}`);
    if (new Set(keys).size !== keys.length) fail('INVALID_INPUT', 'inventory.productOnce');
    noServiceCharge(p.lines);
    const refId = ids.newId('adj');
    return store.transaction(() => {
      const { moves, newLots } = adjustmentMoves(deps, p.lines, at);
      const reasons = [...new Set(p.lines.map((l) => l.reason))].join(', ');
      const valueChangePaise = writeAdjustment(deps, {
        refType: 'stock_adjustment',
        refId,
        at,
        ...(p.note ? narrate('narration.stockAdjustmentNote', { reasons, note: p.note }) : narrate('narration.stockAdjustment', { reasons })),
        moves,
        newLots,
      });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'inventory.adjust',
        entity: 'stock_adjustment',
        entityId: refId,
        before: null,
        after: { lines: p.lines, note: p.note, valueChangePaise },
      });
      return { refId, valueChangePaise, moves: store.stock.movesFor(refId) };
    });
  },

  'inventory.valuation': (deps) => {
    const { store } = deps;
    const levels = new Map(store.stock.levels().map((l) => [l.productId, l]));
    const products = store.catalog.all().flatMap((x) => {
      const l = levels.get(x.id);
      return l && (l.qtyMilli !== 0 || l.valuePaise !== 0)
        ? [
            {
              productId: x.id,
              name: x.name,
              qtyMilli: l.qtyMilli,
              valuePaise: l.valuePaise,
              unitCostPaise: l.qtyMilli > 0 ? divHalfUp(l.valuePaise * 1000, l.qtyMilli) : 0,
            },
          ]
        : [];
    });
    return { method: store.stock.settings().valuation, totalPaise: products.reduce((s, x) => s + x.valuePaise, 0), products };
  },

  'inventory.settings': (deps) => deps.store.stock.settings(),

  'inventory.updateSettings': (deps, patch, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const before = store.stock.settings();
      const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      const layout = scaleLayoutProblem(next.scale);
      if (layout) failWith('INVALID_INPUT', layout);
      const prefix = labelPrefixProblem(next.labelPrefix, next.scale.prefixes);
      if (prefix) failWith('INVALID_INPUT', prefix);
      store.stock.saveSettings(next, at);
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'inventory.updateSettings',
        entity: 'stock_settings',
        entityId: 'stock_settings',
        before,
        after: next,
      });
      return store.stock.settings();
    });
  },

  ...stockTakeHandlers,
} satisfies AreaHandlers<'inventory'>;
