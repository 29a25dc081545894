import { dayOfIso, isoOfDay, weekdayOfDay } from './ist';

export interface RunoutProduct {
  productId: string;
  name: string;
  onHandMilli: number;
  /** days the product's supplier takes to deliver */
  leadTimeDays: number;
}

export interface Runout {
  productId: string;
  name: string;
  /** whole days from today until the forecast demand uses up the stock on hand */
  daysLeft: number;
  runoutDate: string;
  /** the last day an order reaches the shop in time (today when it is already late) */
  orderBy: string;
}

/** How many days beyond the supplier's lead time still count as "order now". */
export const RUNOUT_SLACK_DAYS = 3;

/**
 * Which products the stored forecasts say will run out before a new order could arrive with a few
 * days to spare: the forecast's daily point demand from tomorrow is added up until it passes the
 * stock on hand. Products already at zero are the low-stock notice's, not this one's.
 */
export function runOuts(today: string, products: readonly RunoutProduct[], days: ReadonlyArray<{ productId: string; day: string; point: number }>): Runout[] {
  const start = dayOfIso(today);
  const byProduct = new Map<string, Array<{ day: number; point: number }>>();
  for (const d of days) {
    const day = dayOfIso(d.day);
    if (day <= start || !Number.isFinite(d.point)) continue;
    const list = byProduct.get(d.productId) ?? [];
    list.push({ day, point: Math.max(0, d.point) });
    byProduct.set(d.productId, list);
  }
  const out: Runout[] = [];
  for (const p of products) {
    if (p.onHandMilli <= 0) continue;
    let used = 0;
    for (const d of (byProduct.get(p.productId) ?? []).sort((a, b) => a.day - b.day)) {
      used += Math.round(d.point * 1000);
      if (used < p.onHandMilli) continue;
      const daysLeft = d.day - start;
      if (daysLeft <= p.leadTimeDays + RUNOUT_SLACK_DAYS)
        out.push({ productId: p.productId, name: p.name, daysLeft, runoutDate: isoOfDay(d.day), orderBy: isoOfDay(Math.max(start, d.day - p.leadTimeDays)) });
      break;
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
}

const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  hi: ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'],
} as const;

/** "Thursday" / "गुरुवार" for an ISO date. */
export const weekdayName = (iso: string, lang: 'en' | 'hi') => WEEKDAYS[lang][weekdayOfDay(dayOfIso(iso))] ?? iso;
