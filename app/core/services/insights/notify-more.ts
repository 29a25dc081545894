import type { z } from 'zod';
import type { NotificationView } from '../../contract/areas/insights-notify';
import type { Lang } from '../../contract/vocabulary';
import { formatInr } from '../../format';
import { runOuts, weekdayName } from '../../insights';
import { DEFAULT_TERMS } from '../forecasting/reorder';
import type { ServiceDeps } from '../ports';

type Notice = z.output<typeof NotificationView>;

const WORDS = {
  runout: {
    en: '{name} runs out in ~{days} days; order by {weekday}.',
    hi: '{name} ~{days} दिन में ख़त्म हो जाएगा; {weekday} तक ऑर्डर करें।',
  },
  runoutToday: { en: '{name} runs out in ~{days} days; order today.', hi: '{name} ~{days} दिन में ख़त्म हो जाएगा; आज ही ऑर्डर करें।' },
  webOrder: {
    en: 'New web order {number} from {name}: {items} item(s), {amount}, {how}.',
    hi: 'नया वेब ऑर्डर {number} — {name}: {items} सामान, {amount}, {how}।',
  },
  pickup: { en: 'pickup', hi: 'दुकान से लेंगे' },
  delivery: { en: 'delivery {slot}', hi: 'डिलीवरी {slot}' },
} as const;

const say = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (w, k: string) => String(params[k] ?? w));

/** At most this many run-outs in the bell, soonest first (the forecasting screen lists them all). */
const RUNOUTS_SHOWN = 5;

/** The stored forecasts' run-outs: products whose forecast demand uses up the stock before an order could come in time. */
export function runoutNotices(deps: ServiceDeps, lang: Lang, today: string): Notice[] {
  const run = deps.store.forecasting.latestRun('done');
  if (!run) return [];
  const forecasts = deps.store.forecasting.products(run.id);
  if (forecasts.length === 0) return [];
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
          ? say(WORDS.runoutToday[lang], { name: r.name, days: r.daysLeft })
          : say(WORDS.runout[lang], { name: r.name, days: r.daysLeft, weekday: weekdayName(r.orderBy, lang) }),
    }));
}

/** Web orders waiting for the shop to accept them, one notice each. */
export function webOrderNotices(deps: ServiceDeps, lang: Lang): Notice[] {
  return deps.store.webOrders.list(['placed'], 20).map((o) => ({
    id: `web_order:${o.id}`,
    kind: 'web_order',
    severity: 'act',
    path: '/orders',
    text: say(WORDS.webOrder[lang], {
      number: o.number,
      name: o.name,
      items: o.lines.length,
      amount: formatInr(o.totalPaise),
      how:
        o.fulfilment === 'pickup'
          ? WORDS.pickup[lang]
          : say(WORDS.delivery[lang], { slot: (lang === 'hi' ? o.slotLabelHi || o.slotLabel : o.slotLabel) || o.slotLabelHi }),
    }),
  }));
}
