import { localDate } from '../../calendar/fy';
import { dayFromIso, isoFromDay } from '../../forecasting/days';
import { dailyVariance, suggestReorder } from '../../forecasting/reorder';
import type { Result } from '../../contract';
import type { ServiceDeps } from '../ports';
import type { ForecastDayRow } from './ports';

/** Lead time and review period for a supplier the owner has not set: delivered in 2 days, ordered weekly. */
export const DEFAULT_TERMS = { leadTimeDays: 2, reviewDays: 7 };

type Reorder = Result<'forecasting.reorder'>;
type Line = Reorder['groups'][number]['lines'][number];

/**
 * Reorder suggestions from the newest finished run: each product's forecast from tomorrow on,
 * its supplier's lead time and review period, stock on hand and on order, packs and shelf life
 * (reorder.ts does the arithmetic, in the product's own unit).
 */
export function reorderSuggestions(deps: ServiceDeps, serviceLevel: number): Reorder {
  const { store } = deps;
  const run = store.forecasting.latestRun('done');
  if (!run) return { groups: [], alerts: [] };
  const tomorrow = (dayFromIso(localDate(deps.clock.now())) ?? 0) + 1;
  const origin = dayFromIso(run.origin) ?? tomorrow;
  const forecasts = store.forecasting.products(run.id);
  const days = new Map<string, ForecastDayRow[]>();
  for (const d of store.forecasting.days(run.id, null)) {
    const list = days.get(d.productId);
    if (list) list.push(d);
    else days.set(d.productId, [d]);
  }
  const dispersion = new Map(forecasts.map((f) => [f.productId, f.dispersion]));
  const terms = new Map(store.forecasting.supplierTerms(DEFAULT_TERMS).map((t) => [t.supplierId, t]));
  const groups = new Map<string | null, Reorder['groups'][number]>();
  const alerts: Reorder['alerts'] = [];
  for (const facts of store.forecasting.reorderFacts(forecasts.map((f) => f.productId))) {
    const rows = (days.get(facts.productId) ?? []).filter((d) => (dayFromIso(d.day) ?? 0) >= tomorrow);
    if (rows.length === 0 || tomorrow < origin) continue;
    const mean = rows.map((r) => r.mean);
    const supplier = facts.supplierId ? terms.get(facts.supplierId) : undefined;
    const { leadTimeDays, reviewDays } = supplier ?? DEFAULT_TERMS;
    const pack = Math.max(1, facts.packMilli) / 1000;
    const s = suggestReorder({
      mean,
      variance: dailyVariance(mean, dispersion.get(facts.productId) ?? Number.POSITIVE_INFINITY),
      leadTimeDays,
      reviewPeriodDays: reviewDays,
      serviceLevel,
      onHand: Math.max(0, facts.onHandMilli) / 1000,
      onOrder: Math.max(0, facts.onOrderMilli) / 1000,
      packSize: pack,
      shelfLifeDays: facts.shelfLifeDays,
    });
    const milli = (units: number) => Math.round(units * 1000);
    const runOutDate = s.runOut.day === null ? null : isoFromDay(tomorrow + s.runOut.day);
    if (s.runOut.beforeDelivery && runOutDate)
      alerts.push({
        productId: facts.productId,
        name: facts.name,
        runOutDate,
        deliveryDate: isoFromDay(tomorrow + leadTimeDays),
        chance: s.runOut.probability,
      });
    if (s.orderQty <= 0 && !s.runOut.beforeDelivery) continue;
    const line: Line = {
      productId: facts.productId,
      name: facts.name,
      unit: facts.unit,
      onHandMilli: facts.onHandMilli,
      onOrderMilli: facts.onOrderMilli,
      demandMilli: milli(s.demand),
      safetyMilli: milli(s.safetyStock),
      packMilli: facts.packMilli,
      orderMilli: milli(s.orderQty),
      unitCostPaise: facts.lastCostPaise,
      reasons: s.reasons,
      runOutDate,
      runOutBeforeDelivery: s.runOut.beforeDelivery,
      runOutChance: s.runOut.probability,
    };
    const key = supplier ? supplier.supplierId : null;
    let group = groups.get(key);
    if (!group) {
      group = { supplierId: key, supplierName: supplier?.name ?? '', leadTimeDays, reviewDays, lines: [] };
      groups.set(key, group);
    }
    group.lines.push(line);
  }
  for (const g of groups.values()) g.lines.sort((a, b) => Number(b.runOutBeforeDelivery) - Number(a.runOutBeforeDelivery) || (a.name < b.name ? -1 : 1));
  const ordered = [...groups.values()].sort((a, b) => (a.supplierId === null ? 1 : b.supplierId === null ? -1 : a.supplierName < b.supplierName ? -1 : 1));
  alerts.sort((a, b) => (a.runOutDate < b.runOutDate ? -1 : a.runOutDate > b.runOutDate ? 1 : b.chance - a.chance));
  return { groups: ordered, alerts };
}
