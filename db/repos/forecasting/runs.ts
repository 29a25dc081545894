import { and, asc, desc, eq, gte, inArray, lte, notInArray } from 'drizzle-orm';
import type { RunSummary } from '../../../app/core/forecasting/run-summary';
import type { ForecastingRepo, ForecastRunRow } from '../../../app/core/services/forecasting/ports';
import { creditNoteLines, creditNotes, forecastDays, forecastProducts, forecastRuns, invoiceLines, invoices, products } from '../../schema';
import { atomically, once, pick, placeholders, sumOf, type RepoContext } from '../context';

type RunsRepo = Pick<
  ForecastingRepo,
  'insertRun' | 'writeProducts' | 'finishRun' | 'failRun' | 'failUnfinished' | 'prune' | 'run' | 'latestRun' | 'runs' | 'products' | 'days' | 'actuals'
>;

function parseSummary(text: string): RunSummary | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as RunSummary;
  } catch {
    return null;
  }
}

export function createRunsRepo({ orm, raw }: RepoContext): RunsRepo {
  const head = {
    id: forecastRuns.id,
    trigger: forecastRuns.trigger,
    startedAt: forecastRuns.startedAt,
    finishedAt: forecastRuns.finishedAt,
    status: forecastRuns.status,
    origin: forecastRuns.origin,
    horizon: forecastRuns.horizon,
    products: forecastRuns.products,
    seconds: forecastRuns.seconds,
    summary: forecastRuns.summary,
    error: forecastRuns.error,
  };
  // A big shop's run writes 5,000 products × 28 days: statements prepared once.
  const insertProduct = once(() =>
    orm
      .insert(forecastProducts)
      .values(placeholders('runId', 'productId', 'category', 'method', 'demandClass', 'enoughHistory', 'dispersion', 'backtestError', 'naiveError'))
      .prepare(),
  );
  const insertDay = once(() =>
    orm
      .insert(forecastDays)
      .values(placeholders('runId', 'productId', 'day', 'mean', 'point', 'lower', 'upper'))
      .prepare(),
  );
  const view = (r: Omit<ForecastRunRow, 'summary'> & { summary: string }): ForecastRunRow => ({ ...r, summary: parseSummary(r.summary) });
  return {
    insertRun: (run) =>
      void orm
        .insert(forecastRuns)
        .values({ ...run, status: 'running', summary: '' })
        .run(),
    writeProducts(runId, list) {
      atomically(raw, () => {
        for (const p of list) {
          const { days, ...row } = p;
          insertProduct().run({ runId, ...row, enoughHistory: row.enoughHistory ? 1 : 0 });
          for (const d of days) insertDay().run({ runId, productId: p.productId, ...d });
        }
      });
    },
    finishRun: (r) =>
      void orm
        .update(forecastRuns)
        .set({
          status: 'done',
          finishedAt: r.finishedAt,
          seconds: r.seconds,
          products: r.products,
          summary: JSON.stringify(r.summary),
          model: r.model ? Buffer.from(r.model) : null,
        })
        .where(eq(forecastRuns.id, r.runId))
        .run(),
    failRun: (runId, at, error) => void orm.update(forecastRuns).set({ status: 'failed', finishedAt: at, error }).where(eq(forecastRuns.id, runId)).run(),
    failUnfinished: (at) =>
      void orm.update(forecastRuns).set({ status: 'failed', finishedAt: at, error: 'stopped' }).where(eq(forecastRuns.status, 'running')).run(),
    prune(keep) {
      const kept = orm
        .select({ id: forecastRuns.id })
        .from(forecastRuns)
        .where(eq(forecastRuns.status, 'done'))
        .orderBy(desc(forecastRuns.startedAt))
        .limit(keep)
        .all();
      const ids = kept.map((r) => r.id);
      if (ids.length === 0) return;
      atomically(raw, () => {
        orm.delete(forecastDays).where(notInArray(forecastDays.runId, ids)).run();
        orm.delete(forecastProducts).where(notInArray(forecastProducts.runId, ids)).run();
        orm.update(forecastRuns).set({ model: null }).where(notInArray(forecastRuns.id, ids)).run();
      });
    },
    run: (id) => {
      const r = orm.select(head).from(forecastRuns).where(eq(forecastRuns.id, id)).get();
      return r ? view(r) : undefined;
    },
    latestRun: (status) => {
      const r = orm
        .select(head)
        .from(forecastRuns)
        .where(status ? eq(forecastRuns.status, status) : undefined)
        .orderBy(desc(forecastRuns.startedAt))
        .limit(1)
        .get();
      return r ? view(r) : undefined;
    },
    runs: (limit) => orm.select(head).from(forecastRuns).orderBy(desc(forecastRuns.startedAt)).limit(limit).all().map(view),
    products: (runId) =>
      orm
        .select({
          ...pick(products, 'name', 'unit'),
          ...pick(forecastProducts, 'productId', 'category', 'method', 'demandClass', 'enoughHistory', 'dispersion', 'backtestError', 'naiveError'),
        })
        .from(forecastProducts)
        .innerJoin(products, eq(products.id, forecastProducts.productId))
        .where(eq(forecastProducts.runId, runId))
        .orderBy(asc(products.name))
        .all(),
    days: (runId, productIds) =>
      orm
        .select({
          productId: forecastDays.productId,
          day: forecastDays.day,
          mean: forecastDays.mean,
          point: forecastDays.point,
          lower: forecastDays.lower,
          upper: forecastDays.upper,
        })
        .from(forecastDays)
        .where(and(eq(forecastDays.runId, runId), productIds ? inArray(forecastDays.productId, [...productIds]) : undefined))
        .orderBy(asc(forecastDays.productId), asc(forecastDays.day))
        .all(),
    actuals(productIds, from, to) {
      if (productIds.length === 0) return [];
      const ids = [...productIds];
      const sold = orm
        .select({ day: invoices.date, milli: sumOf(invoiceLines.qtyMilli) })
        .from(invoiceLines)
        .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
        .where(and(eq(invoices.status, 'posted'), gte(invoices.date, from), lte(invoices.date, to), inArray(invoiceLines.productId, ids)))
        .groupBy(invoices.date)
        .all();
      const back = orm
        .select({ day: invoices.date, milli: sumOf(creditNoteLines.qtyMilli) })
        .from(creditNoteLines)
        .innerJoin(creditNotes, eq(creditNotes.id, creditNoteLines.creditNoteId))
        .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
        .where(and(gte(invoices.date, from), lte(invoices.date, to), inArray(creditNoteLines.productId, ids)))
        .groupBy(invoices.date)
        .all();
      const byDay = new Map(sold.map((r) => [r.day, r.milli]));
      for (const r of back) byDay.set(r.day, (byDay.get(r.day) ?? 0) - r.milli);
      return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, milli]) => ({ day, units: Math.max(0, milli) / 1000 }));
    },
  };
}
