import type { Paise } from '../../money';
import type { Message } from '../types';
import { isNicePrice, nearestNicePrice, roundDownToEnding, roundUpToEnding } from './rounding';

/**
 * Price suggestions for the owner to accept or ignore (through the catalogue's audited price
 * change): never above MRP, not under the shop's margin floor, clearing stock that will expire
 * or is not moving, prices that are easy to pay, and notes on what others charge. Margin is on
 * the selling price: (price − cost) / price, in basis points.
 */
export interface PricedProduct {
  id: string;
  name: string;
  pricePaise: Paise;
  costPaise: Paise;
  mrpPaise: Paise | null;
  stockMilli: number;
  soldMilliLast30Days: number;
  /** lots still in stock: expiry as shop-calendar day number */
  lots?: readonly { expiryDay: number; qtyMilli: number }[];
  competitors?: readonly { source: string; pricePaise: Paise }[];
}

export interface PriceRuleSettings {
  marginFloorBp: number;
  endings: readonly number[];
  nearExpiryDays: number;
  /** markdown by days left, nearest first: within `days`, take `offBp` off */
  markdowns: readonly { days: number; offBp: number }[];
  slowCoverDays: number;
  slowOffBp: number;
  competitorNoteBp: number;
}

export const DEFAULT_PRICE_RULES: PriceRuleSettings = {
  marginFloorBp: 800,
  endings: [0, 5, 9],
  nearExpiryDays: 30,
  markdowns: [
    { days: 7, offBp: 3000 },
    { days: 15, offBp: 2000 },
    { days: 30, offBp: 1000 },
  ],
  slowCoverDays: 90,
  slowOffBp: 1000,
  competitorNoteBp: 500,
};

export type PriceRule =
  'mrp_ceiling' | 'margin_floor' | 'margin_blocked' | 'round' | 'markdown_expiry' | 'markdown_slow' | 'competitor_lower' | 'competitor_higher';

export interface PriceSuggestion {
  productId: string;
  rule: PriceRule;
  currentPaise: Paise;
  /** null for a note with no price to apply */
  suggestedPaise: Paise | null;
  message: Message;
}

/** Margin on the selling price in basis points, rounded down (0 for a zero price). */
export function marginBp(pricePaise: Paise, costPaise: Paise): number {
  return pricePaise <= 0 ? 0 : Math.floor(((pricePaise - costPaise) * 10_000) / pricePaise);
}

/** The lowest price, in whole paise, whose margin is at least `floorBp`. */
export function marginFloorPrice(costPaise: Paise, floorBp: number): Paise {
  const d = 10_000 - floorBp;
  if (d <= 0) throw new RangeError('a margin floor must be under 100%');
  return Math.ceil((costPaise * 10_000) / d);
}

const less = (price: Paise, offBp: number) => Math.floor((price * (10_000 - offBp)) / 10_000);
const pct = (bp: number) => Math.round(bp / 10) / 10;

export function priceSuggestions(p: PricedProduct, todayDay: number, s: PriceRuleSettings = DEFAULT_PRICE_RULES): PriceSuggestion[] {
  const out: PriceSuggestion[] = [];
  const say = (rule: PriceRule, suggestedPaise: Paise | null, key: string, params: Message['params']) =>
    out.push({
      productId: p.id,
      rule,
      currentPaise: p.pricePaise,
      suggestedPaise,
      message: { key: `insights.price.${key}`, params: { product: p.name, pricePaise: p.pricePaise, ...params } },
    });
  const ceiling = p.mrpPaise ?? Number.POSITIVE_INFINITY;
  const floor = marginFloorPrice(p.costPaise, s.marginFloorBp);
  const floorPct = pct(s.marginFloorBp);

  if (p.pricePaise > ceiling) say('mrp_ceiling', ceiling, 'mrp_ceiling', { mrpPaise: ceiling, suggestedPaise: ceiling });
  else if (p.pricePaise < floor) {
    const nice = roundUpToEnding(floor, s.endings);
    if (nice <= ceiling) say('margin_floor', nice, 'margin_floor', { marginPct: pct(marginBp(p.pricePaise, p.costPaise)), floorPct, suggestedPaise: nice });
    else if (floor <= ceiling)
      say('margin_floor', ceiling, 'margin_floor', { marginPct: pct(marginBp(p.pricePaise, p.costPaise)), floorPct, suggestedPaise: ceiling });
    else say('margin_blocked', null, 'margin_blocked', { floorPct, mrpPaise: ceiling, costPaise: p.costPaise });
  } else if (s.endings.length > 0 && !isNicePrice(p.pricePaise, s.endings)) {
    const nice = nearestNicePrice(p.pricePaise, floor, ceiling, s.endings);
    if (nice !== null) say('round', nice, 'round', { suggestedPaise: nice });
  }

  const perDay = Math.max(0, p.soldMilliLast30Days) / 30;
  const expiring = (p.lots ?? [])
    .filter((l) => l.qtyMilli > 0 && l.expiryDay - todayDay >= 0 && l.expiryDay - todayDay <= s.nearExpiryDays)
    .sort((a, b) => a.expiryDay - b.expiryDay)[0];
  if (expiring) {
    const days = expiring.expiryDay - todayDay;
    const step = [...s.markdowns].sort((a, b) => a.days - b.days).find((m) => days <= m.days);
    if (step && expiring.qtyMilli > perDay * days) {
      // Past the last week, clearing at a loss beats throwing away; before it, keep cost covered.
      const lowest = days <= 7 ? 0 : p.costPaise;
      const suggested = Math.max(roundDownToEnding(less(p.pricePaise, step.offBp), s.endings), lowest);
      if (suggested < p.pricePaise)
        say('markdown_expiry', suggested, 'markdown_expiry', { qty: expiring.qtyMilli / 1000, days, pct: pct(step.offBp), suggestedPaise: suggested });
    }
  } else if (p.stockMilli > 0) {
    const coverDays = perDay > 0 ? Math.round(p.stockMilli / perDay) : Number.POSITIVE_INFINITY;
    if (coverDays > s.slowCoverDays) {
      const suggested = Math.max(roundDownToEnding(less(p.pricePaise, s.slowOffBp), s.endings), Math.min(floor, p.pricePaise));
      if (suggested < p.pricePaise)
        say('markdown_slow', suggested, 'markdown_slow', {
          coverDays: Number.isFinite(coverDays) ? coverDays : 999,
          pct: pct(s.slowOffBp),
          suggestedPaise: suggested,
        });
    }
  }

  for (const c of p.competitors ?? []) {
    if (c.pricePaise <= 0 || p.pricePaise <= 0) continue;
    const diffBp = Math.round(((c.pricePaise - p.pricePaise) * 10_000) / p.pricePaise);
    if (diffBp <= -s.competitorNoteBp)
      say('competitor_lower', null, 'competitor_lower', { source: c.source, competitorPaise: c.pricePaise, diffPct: pct(-diffBp) });
    else if (diffBp >= s.competitorNoteBp) {
      const room = Math.min(roundDownToEnding(c.pricePaise, s.endings), ceiling);
      if (room > p.pricePaise)
        say('competitor_higher', room, 'competitor_higher', { source: c.source, competitorPaise: c.pricePaise, diffPct: pct(diffBp), suggestedPaise: room });
    }
  }
  return out;
}
