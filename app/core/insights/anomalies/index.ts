import { dayNumber } from '../ist';
import { NO_PAUSE, pacer, type Pause } from '../pace';
import type { NamedRef, ShopHistory } from '../types';
import type { Alert } from './alert';
import { cashierAlerts } from './cashier';
import { cashierDays } from './cashier-days';
import { oddHourAlerts } from './odd-hours';
import { registerAlerts } from './register';
import { salesDropAlerts } from './sales-drop';
import { shrinkageAlerts } from './shrinkage';

export type { Alert, AlertType, Dismissal } from './alert';
export { withDismissals } from './alert';

const byId = (refs: readonly NamedRef[]) => new Map(refs.map((r) => [r.id, r]));

/** Sold quantity per product per day, answering range sums for the shrinkage rule. */
function soldIndex(history: ShopHistory, pause: Pause): (productId: string, fromDay: number, toDay: number) => number {
  const perProduct = new Map<string, Map<number, number>>();
  const tick = pacer(pause, 1024);
  for (const b of history.bills) {
    tick();
    if (b.cancelled) continue;
    const day = dayNumber(b.at);
    for (const line of b.lines) {
      let days = perProduct.get(line.productId);
      if (!days) perProduct.set(line.productId, (days = new Map()));
      days.set(day, (days.get(day) ?? 0) + line.qtyMilli);
    }
  }
  return (productId, fromDay, toDay) => {
    let sum = 0;
    for (const [day, qty] of perProduct.get(productId) ?? []) if (day >= fromDay && day <= toDay) sum += qty;
    return sum;
  };
}

/** Every anomaly rule over the history, for alerts dated fromDay…toDay (shop-calendar days); `pause` is the host's yield point. */
export function detectAnomalies(history: ShopHistory, fromDay: number, toDay: number, pause: Pause = NO_PAUSE): Alert[] {
  const cashiers = byId(history.cashiers);
  const products = byId(history.products);
  const alerts = [
    ...cashierAlerts(cashierDays(history.bills, history.actions, pause), cashiers, fromDay, toDay, undefined, pause),
    ...registerAlerts(history.registerCloses, cashiers, fromDay, toDay),
    ...shrinkageAlerts(history.stockCounts, soldIndex(history, pause), products, fromDay, toDay),
    ...salesDropAlerts(history.bills, products, fromDay, toDay, undefined, pause),
    ...oddHourAlerts(history.bills, cashiers, fromDay, toDay, undefined, pause),
  ];
  return alerts.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.id.localeCompare(b.id)));
}
