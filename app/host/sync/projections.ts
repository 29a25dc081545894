import type * as Y from 'yjs';
import { localDate } from '../../core/calendar/fy';
import { SYNC_KEYS, TodayFigures, type CatalogEntry, type CommandOutcome, type ExpiringLotEntry } from '../../core/contract/sync-documents';
import type { ServiceDeps } from '../../core/services';
import { dashboard } from '../../core/services/insights/dashboard';

/** Writes made by the counter carry this origin, so its own observers can tell them from a device's. */
export const COUNTER_ORIGIN = 'counter';

/** Outcomes older than this leave the staff document (the shop file keeps every one). */
const OUTCOMES_KEPT_DAYS = 40;

/** Days of figures in the staff document: today and the seven before it. */
const DAYS_KEPT = 8;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Sets each key whose value changed and deletes the keys no longer there; unchanged keys are not
 * written, so publishing again (after a restart, or the same state twice) adds nothing to the
 * document. Answers how many keys changed.
 */
function mirror<T extends Json>(map: Y.Map<unknown>, next: ReadonlyMap<string, T>, same: (a: unknown, b: T) => boolean): number {
  let changed = 0;
  for (const [key, value] of next) {
    if (map.has(key) && same(map.get(key), value)) continue;
    map.set(key, value);
    changed += 1;
  }
  for (const key of [...map.keys()]) {
    if (next.has(key)) continue;
    map.delete(key);
    changed += 1;
  }
  return changed;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The catalogue as the devices price from it: active products, with meta.version raised on every change. */
export function publishCatalog(doc: Y.Doc, deps: ServiceDeps): { version: number; changed: number } {
  const { store } = deps;
  const full = new Map(store.catalog.all().map((p) => [p.id, p]));
  const entries = new Map<string, CatalogEntry>();
  for (const p of store.catalog.counterIndex()) {
    const product = full.get(p.id);
    if (!product) continue;
    entries.set(p.id, {
      ...p,
      gstRateBp: product.gstRateBp,
      cessRateBp: product.cessRateBp,
      hsn: product.hsn,
      category: product.category === '' ? null : product.category,
    });
  }
  const products = doc.getMap(SYNC_KEYS.catalog.products);
  const meta = doc.getMap(SYNC_KEYS.catalog.meta);
  let version = catalogVersion(doc);
  let changed = 0;
  doc.transact(() => {
    changed = mirror(products, entries as ReadonlyMap<string, CatalogEntry & Json>, sameJson);
    const shop = store.shop.find();
    // What a device needs to price an offline bill as the counter will: rounding and the GST scheme.
    const facts = { shopName: shop?.name ?? '', roundOff: shop?.roundOff ?? true, composition: shop?.composition ?? false };
    const factsChanged = Object.entries(facts).some(([key, value]) => meta.get(key) !== value);
    if (changed > 0 || !meta.has('version') || factsChanged) {
      version += 1;
      meta.set('version', version);
      meta.set('publishedAt', deps.clock.now().toISOString());
      for (const [key, value] of Object.entries(facts)) meta.set(key, value);
    }
  }, COUNTER_ORIGIN);
  return { version, changed };
}

export function catalogVersion(doc: Y.Doc): number {
  const v = doc.getMap(SYNC_KEYS.catalog.meta).get('version');
  return typeof v === 'number' ? v : 0;
}

/**
 * The staff document: stock on hand per product, dues per khata customer and today's figures.
 * A value's `at` moves only when the value does.
 */
export function publishStaff(doc: Y.Doc, deps: ServiceDeps): number {
  const { store } = deps;
  const now = deps.clock.now();
  const at = now.toISOString();
  const low = new Map(store.catalog.all().map((p) => [p.id, p.reorderLevelMilli > 0 ? p.reorderLevelMilli : null]));
  const stock = new Map(store.stock.levels().map((l) => [l.productId, { onHandMilli: l.qtyMilli, lowAtMilli: low.get(l.productId) ?? null, at }] as const));
  const dues = new Map(
    store.parties.khataCustomers('', false, 1_000_000).map((c) => [c.customerId, { name: c.name, phone: c.phone, balancePaise: c.balancePaise, at }] as const),
  );
  const todayMap = doc.getMap(SYNC_KEYS.staff.today);
  // Today and the week before it, keyed by date (the phone sets today against the same day last week);
  // past days are worked out once, today on every publish.
  const days = new Map<string, TodayFigures & Json>();
  for (let back = 0; back < DAYS_KEPT; back += 1) {
    const date = localDate(new Date(now.getTime() - back * 86_400_000));
    const kept = back > 0 ? TodayFigures.safeParse(todayMap.get(date)) : null;
    days.set(date, kept?.success ? kept.data : figuresOf(deps, date, at));
  }
  const settings = store.stock.settings();
  const by = localDate(new Date(now.getTime() + settings.expiryAlertDays * 86_400_000));
  const expiring = new Map<string, ExpiringLotEntry & Json>();
  for (const lot of store.stock.expiring(by)) {
    if (lot.expiryDate === null) continue;
    expiring.set(lot.batchId || lot.productId, { productId: lot.productId, batchNo: lot.batchNo, expiresOn: lot.expiryDate, qtyMilli: lot.qtyMilli, at });
  }
  const withoutAt = (a: unknown, b: { at: string }) => {
    if (typeof a !== 'object' || a === null) return false;
    const { at: _a, ...left } = a as Record<string, unknown>;
    const { at: _b, ...right } = b;
    return sameJson(left, right);
  };
  let changed = 0;
  doc.transact(() => {
    changed += mirror(doc.getMap(SYNC_KEYS.staff.stock), stock, withoutAt);
    changed += mirror(doc.getMap(SYNC_KEYS.staff.dues), dues, withoutAt);
    changed += mirror(todayMap, days, withoutAt);
    changed += mirror(doc.getMap(SYNC_KEYS.staff.expiring), expiring, withoutAt);
  }, COUNTER_ORIGIN);
  return changed;
}

function figuresOf(deps: ServiceDeps, date: string, at: string): TodayFigures {
  const day = dashboard(deps, 'day', date);
  return {
    date,
    salesPaise: day.figures.salesPaise.current,
    bills: day.figures.bills.current,
    byTender: { cash: day.payments.cashPaise, upi: day.payments.upiPaise, card: day.payments.cardPaise, credit: day.payments.creditPaise },
    cashInDrawerPaise: day.cashInDrawerPaise,
    collectedPaise: day.duesCollectedPaise,
    at,
  };
}

/** Writes commands' outcomes where the devices read them, in one update (the same outcome again writes nothing). */
export function publishOutcomes(doc: Y.Doc, list: readonly CommandOutcome[]): void {
  const outcomes = doc.getMap(SYNC_KEYS.staff.outcomes);
  const fresh = list.filter((outcome) => !sameJson(outcomes.get(outcome.commandId), outcome));
  if (fresh.length > 0) doc.transact(() => fresh.forEach((outcome) => outcomes.set(outcome.commandId, outcome)), COUNTER_ORIGIN);
}

/** Lets outcomes older than the devices need go from the staff document (run now and then, not per command). */
export function pruneOutcomes(doc: Y.Doc, now: Date): number {
  const outcomes = doc.getMap(SYNC_KEYS.staff.outcomes);
  const cutoff = new Date(now.getTime() - OUTCOMES_KEPT_DAYS * 86_400_000).toISOString();
  const old = [...outcomes.entries()].filter(([, value]) => {
    const appliedAt = (value as { appliedAt?: unknown } | null)?.appliedAt;
    return typeof appliedAt === 'string' && appliedAt < cutoff;
  });
  if (old.length > 0) doc.transact(() => old.forEach(([key]) => outcomes.delete(key)), COUNTER_ORIGIN);
  return old.length;
}
