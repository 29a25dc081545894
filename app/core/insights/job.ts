import { isServiceCharge } from '../billing/service-charge';
import { detectAnomalies, type Alert } from './anomalies/index';
import { frequentItemsets } from './baskets/fp-growth';
import { associationRules, type AssociationRule } from './baskets/rules';
import { measureChurn, type ChurnMeasure } from './churn/holdout';
import { churnRisk, type ChurnRow } from './churn/score';
import { customerHistories } from './customers/history';
import { whoToRemind, whoToThank, type CustomerListEntry } from './customers/lists';
import { repeatProducts, type RepeatProduct } from './customers/repeat-products';
import { rfmScores, type RfmRow, type RfmSegment } from './customers/rfm';
import { dayNumber, isoOfDay } from './ist';
import { busyHours, type BusyHours } from './patterns/busy-hours';
import { priceSuggestions, type PriceRuleSettings, type PricedProduct, type PriceSuggestion } from './pricing/price-rules';
import { NO_PAUSE, pacer, paced, type Pause } from './pace';
import type { ShopHistory } from './types';

export interface InsightsOptions {
  /** the day the insights are as of (shop-calendar day number); the last bill's day when absent */
  asOfDay?: number;
  /** alerts dated from this day to asOfDay; the last 7 days when absent */
  alertsFromDay?: number;
  basketDays: number;
  basketMinSupport: number;
  basketMinConfidence: number;
  churnHorizonDays: number;
  pricedProducts?: readonly PricedProduct[];
  priceRules?: PriceRuleSettings;
}

export const DEFAULT_INSIGHTS: InsightsOptions = { basketDays: 365, basketMinSupport: 0.002, basketMinConfidence: 0.1, churnHorizonDays: 60 };

export interface InsightsReport {
  asOf: string;
  counts: { bills: number; lines: number; customers: number };
  rfm: RfmRow[];
  segments: Partial<Record<RfmSegment, number>>;
  remind: CustomerListEntry[];
  thank: CustomerListEntry[];
  repeatProducts: Record<string, RepeatProduct[]>;
  boughtTogether: AssociationRule[];
  churn: { method: 'logistic' | 'recency'; trainedOn: number; horizonDays: number; rows: ChurnRow[]; measure: ChurnMeasure | null };
  alerts: Alert[];
  busyHours: BusyHours;
  prices: PriceSuggestion[];
  /** how long each step took, for the benchmark and the job log */
  stepMs: Record<string, number>;
}

/** What the host lends the engine: its clock for the step times, and its yield point (the counter gate). */
export interface InsightsPorts {
  now?: () => number;
  pause?: Pause;
}

/**
 * Everything the owner's insights screens need, from the shop's history in one pass. Pure: the
 * host runs it in a worker thread (app/host/insights) so the counter never waits for it, and its
 * long loops call `pause` between small units of work so a bill being served goes first.
 */
export function runInsights(history: ShopHistory, options: Partial<InsightsOptions> = {}, ports: InsightsPorts = {}): InsightsReport {
  const o: InsightsOptions = { ...DEFAULT_INSIGHTS, ...options };
  const now = ports.now ?? (() => 0);
  const pause = ports.pause ?? NO_PAUSE;
  const stepMs: Record<string, number> = {};
  const step = <T>(name: string, run: () => T): T => {
    pause();
    const started = now();
    const result = run();
    stepMs[name] = Math.round((now() - started) * 10) / 10;
    return result;
  };
  let lastDay = Number.NEGATIVE_INFINITY;
  let lines = 0;
  const tick = pacer(pause, 1024);
  for (const b of history.bills) {
    tick();
    lastDay = Math.max(lastDay, dayNumber(b.at));
    lines += b.lines.length;
  }
  const asOfDay = o.asOfDay ?? (Number.isFinite(lastDay) ? lastDay : 0);
  const names = new Map(history.customers.map((c) => [c.id, c]));
  const productNames = new Map(history.products.map((p) => [p.id, p]));

  const histories = step('customers', () => customerHistories(history.bills, asOfDay, pause));
  const rfm = step('rfm', () => rfmScores(histories.values(), asOfDay));
  const segments: Partial<Record<RfmSegment, number>> = {};
  for (const row of rfm) segments[row.segment] = (segments[row.segment] ?? 0) + 1;
  // What customers buy again, buy together or stop buying is goods: the delivery fee on a web order's bill is none of these.
  const goodsBills = history.bills.map((b) =>
    b.lines.some((l) => isServiceCharge(l.productId)) ? { ...b, lines: b.lines.filter((l) => !isServiceCharge(l.productId)) } : b,
  );
  const repeats = step('repeatProducts', () => repeatProducts(goodsBills, { pause }));
  const remind = step('remind', () => whoToRemind(histories.values(), asOfDay, names, repeats, productNames));
  const thank = step('thank', () => whoToThank(rfm, histories, asOfDay, names));
  const boughtTogether = step('baskets', () => {
    const baskets: string[][] = [];
    for (const b of goodsBills) {
      tick();
      const day = dayNumber(b.at);
      if (!b.cancelled && b.lines.length > 1 && day > asOfDay - o.basketDays && day <= asOfDay) baskets.push(b.lines.map((l) => l.productId));
    }
    const found = frequentItemsets(baskets, o.basketMinSupport, 3, pause);
    return associationRules(found, { minConfidence: o.basketMinConfidence, minLift: 1.2 }).slice(0, 200);
  });
  const churn = step('churn', () => churnRisk(histories, asOfDay, o.churnHorizonDays));
  const churnMeasure = step('churnMeasure', () => measureChurn(histories, asOfDay, o.churnHorizonDays));
  const alerts = step('anomalies', () => detectAnomalies({ ...history, bills: goodsBills }, o.alertsFromDay ?? asOfDay - 6, asOfDay, pause));
  const hours = step('busyHours', () =>
    busyHours(
      paced(
        history.bills.map((b) => b.at),
        tick,
      ),
    ),
  );
  const prices = step('prices', () => (o.pricedProducts ?? []).flatMap((p) => priceSuggestions(p, asOfDay, o.priceRules)));

  return {
    asOf: isoOfDay(asOfDay),
    counts: { bills: history.bills.length, lines, customers: histories.size },
    rfm,
    segments,
    remind,
    thank,
    repeatProducts: Object.fromEntries(repeats),
    boughtTogether,
    churn: { method: churn.model.method, trainedOn: churn.model.trainedOn, horizonDays: o.churnHorizonDays, rows: churn.rows, measure: churnMeasure },
    alerts,
    busyHours: hours,
    prices,
    stepMs,
  };
}
