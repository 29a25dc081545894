import type { z } from 'zod';
import type { NotificationView } from '../../contract/areas/insights-notify';
import type { Lang } from '../../contract/vocabulary';
import { formatInr } from '../../format';
import { runOuts, weekdayName } from '../../insights';
import { DEFAULT_TERMS } from '../forecasting/reorder';
import { sayIn } from '../../i18n/fail';
import type { ServiceDeps } from '../ports';

type Notice = z.output<typeof NotificationView>;

/** At most this many run-outs in the bell, soonest first (the forecasting screen lists them all). */
const RUNOUTS_SHOWN = 5;

/** The stored forecasts' run-outs: products whose forecast demand uses up the stock before an order could come in time. */
export function runoutNotices(deps: ServiceDeps, lang: Lang, today: string): Notice[] {
  const run = deps.store.forecasting.latestRun('done');
  if (!run) return [];
  const forecasts = deps.store.forecasting.products(run.id);
  if (forecasts.length === 0) return [];
  const t = sayIn(lang);
  const terms = new Map(deps.store.forecasting.supplierTerms(DEFAULT_TERMS).map((t) => [t.supplierId, t.leadTimeDays]));
  const products = deps.store.forecasting.reorderFacts(forecasts.map((f) => f.productId)).map((f) => ({
    productId: f.productId,
    name: f.name,
    onHandMilli: f.onHandMilli,
    leadTimeDays: (f.supplierId ? terms.get(f.supplierId) : undefined) ?? DEFAULT_TERMS.leadTimeDays,
  }));
  return runOuts(today, products, deps.store.forecasting.days(run.id, null))
    .slice(0, RUNOUTS_SHOWN)
    .map((r) => ({
      id: `forecast_runout:${r.productId}:${r.runoutDate}`,
      kind: 'forecast_runout',
      severity: r.orderBy <= today ? 'act' : 'watch',
      path: '/forecast',
      text:
        r.orderBy <= today
          ? t('insights.notice.runoutToday', { name: r.name, days: r.daysLeft })
          : t('insights.notice.runout', { name: r.name, days: r.daysLeft, weekday: weekdayName(r.orderBy, lang) }),
    }));
}

/** Web orders waiting for the shop to accept them, one notice each. */
export function webOrderNotices(deps: ServiceDeps, lang: Lang): Notice[] {
  const t = sayIn(lang);
  return deps.store.webOrders.list(['placed'], 20).map((o) => ({
    id: `web_order:${o.id}`,
    kind: 'web_order',
    severity: 'act',
    path: '/orders',
    text: t('insights.notice.webOrder', {
      number: o.number,
      name: o.name,
      items: o.lines.length,
      amount: formatInr(o.totalPaise),
      how:
        o.fulfilment === 'pickup'
          ? t('insights.notice.pickup')
          : t('insights.notice.delivery', { slot: (lang === 'hi' ? o.slotLabelHi || o.slotLabel : o.slotLabel) || o.slotLabelHi }),
    }),
  }));
}
