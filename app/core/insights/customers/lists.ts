import { median } from '../stats';
import type { Message, NamedRef } from '../types';
import { purchaseGaps, type CustomerHistory } from './history';
import type { RepeatProduct } from './repeat-products';
import type { RfmRow } from './rfm';

export interface CustomerListEntry {
  customerId: string;
  /** what the list is ordered by: rupees a year at stake (remind) or spent (thank) */
  valuePaise: number;
  message: Message;
}

const YEAR = 365;
/** Beyond this (or four of their usual gaps) a customer is gone, not lapsing: RFM calls them lost. */
const LAPSING_DAYS = 90;

/**
 * Who to remind: customers with at least two visits who are overdue against their own rhythm
 * (more than 1.5 × their usual gap and a week past it) but not yet gone, most valuable first.
 */
export function whoToRemind(
  histories: Iterable<CustomerHistory>,
  asOfDay: number,
  names: ReadonlyMap<string, NamedRef>,
  repeats: ReadonlyMap<string, RepeatProduct[]>,
  productNames: ReadonlyMap<string, NamedRef>,
  limit = 50,
): CustomerListEntry[] {
  const out: CustomerListEntry[] = [];
  for (const h of histories) {
    const first = h.days[0];
    const last = h.days[h.days.length - 1];
    const gaps = purchaseGaps(h.days);
    if (first === undefined || last === undefined || gaps.length === 0) continue;
    const every = Math.max(1, Math.round(median(gaps)));
    const since = asOfDay - last;
    if (since > Math.max(LAPSING_DAYS, 4 * every) || since <= Math.max(1.5 * every, every + 7)) continue;
    let spent = 0;
    for (const a of h.amounts) spent += a;
    const yearsActive = Math.max(1, last - first) / YEAR;
    const items = (repeats.get(h.customerId) ?? []).slice(0, 3).map((p) => productNames.get(p.productId)?.name ?? p.productId);
    out.push({
      customerId: h.customerId,
      valuePaise: Math.round(spent / Math.max(1, yearsActive)),
      message: {
        key: 'insights.customer.remind',
        params: { name: names.get(h.customerId)?.name ?? h.customerId, days: since, every, items: items.join(', ') || '-' },
      },
    });
  }
  return out.sort((a, b) => b.valuePaise - a.valuePaise || a.customerId.localeCompare(b.customerId)).slice(0, limit);
}

/** Who to thank: champions and loyal customers, by what they spent in the last year. */
export function whoToThank(
  rfm: readonly RfmRow[],
  histories: ReadonlyMap<string, CustomerHistory>,
  asOfDay: number,
  names: ReadonlyMap<string, NamedRef>,
  limit = 20,
): CustomerListEntry[] {
  const out: CustomerListEntry[] = [];
  for (const row of rfm) {
    if (row.segment !== 'champions' && row.segment !== 'loyal') continue;
    const h = histories.get(row.customerId);
    if (!h) continue;
    let spent = 0;
    let bills = 0;
    h.days.forEach((day, i) => {
      if (asOfDay - day < YEAR) {
        spent += h.amounts[i] ?? 0;
        bills++;
      }
    });
    if (bills === 0) continue;
    out.push({
      customerId: row.customerId,
      valuePaise: spent,
      message: { key: 'insights.customer.thank', params: { name: names.get(row.customerId)?.name ?? row.customerId, bills, amountPaise: spent } },
    });
  }
  return out.sort((a, b) => b.valuePaise - a.valuePaise || a.customerId.localeCompare(b.customerId)).slice(0, limit);
}
