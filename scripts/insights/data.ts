import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { CustomerHistory } from '../../app/core/insights/customers/history';
import { dayOfIso } from '../../app/core/insights/ist';

/** The shared real data (read at run time, never copied into the repo). */
export const DATA_DIR = process.env.SMARTKIRANA_DATA ?? join(import.meta.dirname, '../../../shared/data');

function rows(file: string, header: boolean): string[][] | Record<string, string>[] {
  const parsed = Papa.parse<string[] | Record<string, string>>(readFileSync(join(DATA_DIR, file), 'utf8'), { header, skipEmptyLines: true });
  return parsed.data as string[][] | Record<string, string>[];
}

/** groceries_baskets_arules.csv: one basket per line, no header. */
export function groceryBaskets(): string[][] {
  return (rows('groceries_baskets_arules.csv', false) as string[][]).map((r) => r.filter((x) => x.length > 0));
}

/** cdnow_customer_purchases.csv as customer histories; dollars become cents in the paise slot. */
export function cdnowHistories(): Map<string, CustomerHistory> {
  const out = new Map<string, CustomerHistory>();
  for (const r of rows('cdnow_customer_purchases.csv', true) as Record<string, string>[]) {
    const id = r.customer_id ?? '';
    const day = dayOfIso(r.date ?? '');
    const cents = Math.round(Number(r.amount_usd) * 100);
    let h = out.get(id);
    if (!h) out.set(id, (h = { customerId: id, days: [], amounts: [], billIds: [] }));
    h.days.push(day);
    h.amounts.push(Number.isFinite(cents) ? cents : 0);
    h.billIds.push(String(h.billIds.length));
  }
  for (const h of out.values()) {
    const order = h.days.map((_, i) => i).sort((a, b) => (h.days[a] ?? 0) - (h.days[b] ?? 0));
    h.days = order.map((i) => h.days[i] ?? 0);
    h.amounts = order.map((i) => h.amounts[i] ?? 0);
  }
  return out;
}

/** breadbasket_bakery_transactions.csv: one instant per receipt, its local wall-clock time read as UTC. */
export function bakeryReceipts(): { at: number }[] {
  const first = new Map<string, number>();
  for (const r of rows('breadbasket_bakery_transactions.csv', true) as Record<string, string>[]) {
    const at = Date.parse(`${r.Date}T${r.Time}Z`);
    const id = r.Transaction ?? '';
    if (!Number.isNaN(at) && !first.has(id)) first.set(id, at);
  }
  return [...first.values()].map((at) => ({ at }));
}
