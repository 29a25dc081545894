import { localDate } from '../../calendar/fy';
import { dayFromIso, isoFromDay } from '../../forecasting/days';
import { variance } from '../../forecasting/distribution';
import { normalQuantile } from '../../forecasting/distribution';
import { fail } from '../../i18n/fail';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import { purchaseOrderHandlers } from '../purchasing/orders';
import type { ServiceDeps } from '../ports';
import type { DraftRow, ForecastRunRow } from './ports';
import { reorderSuggestions } from './reorder';

const runView = (r: ForecastRunRow) => ({
  id: r.id,
  trigger: r.trigger,
  status: r.status,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
  origin: r.origin,
  horizon: r.horizon,
  products: r.products,
  seconds: r.seconds,
  failed: r.status === 'failed',
});

const draftView = (d: DraftRow) => ({
  id: d.id,
  supplierId: d.supplierId,
  supplierName: d.supplierName,
  status: d.status,
  poId: d.poId,
  createdAt: d.createdAt,
  lines: d.lines,
  valuePaise: d.lines.reduce((sum, l) => sum + Math.round((l.qtyMilli * l.unitCostPaise) / 1000), 0),
});

function openDraft(deps: ServiceDeps, id: string): DraftRow {
  const draft = deps.store.forecasting.draft(id);
  if (!draft) fail('NOT_FOUND', 'forecasting.draftNotFound');
  if (draft.status !== 'draft') fail('INVALID_INPUT', 'forecasting.draftClosed', { supplier: draft.supplierName });
  return draft;
}

function latestDone(deps: ServiceDeps): ForecastRunRow {
  const run = deps.store.forecasting.latestRun('done');
  if (!run) fail('INVALID_INPUT', 'forecasting.noRunYet');
  return run;
}

/** The 10–90% interval of a sum of days' demand (normal approximation over the products). */
const Z90 = normalQuantile(0.9);

export const forecastingHandlers = {
  'forecasting.run': (deps, _p, ctx) => {
    const jobs = deps.forecastJobs;
    if (!jobs) fail('INVALID_INPUT', 'forecasting.notHere');
    const started = jobs.start({ trigger: 'manual', userId: ctx.user.id });
    if (started) return { runId: started.runId, started: true };
    return { runId: jobs.progress()?.runId ?? '', started: false };
  },

  'forecasting.status': (deps) => {
    const latest = deps.store.forecasting.latestRun('done');
    return {
      running: deps.forecastJobs?.progress() ?? null,
      latest: latest?.summary ? { ...runView(latest), summary: latest.summary } : null,
      recent: deps.store.forecasting.runs(10).map(runView),
    };
  },

  'forecasting.products': (deps, p) => {
    const run = deps.store.forecasting.latestRun('done');
    if (!run) return { categories: [], products: [] };
    const all = deps.store.forecasting.products(run.id);
    const q = p.q.toLowerCase();
    const picked = all.filter((x) => (!p.category || x.category === p.category) && (!q || x.name.toLowerCase().includes(q)));
    const sums = new Map<string, { next7: number; next28: number }>();
    for (const d of deps.store.forecasting.days(run.id, picked.length > 500 ? null : picked.map((x) => x.productId))) {
      const s = sums.get(d.productId) ?? { next7: 0, next28: 0 };
      const i = (dayFromIso(d.day) ?? 0) - (dayFromIso(run.origin) ?? 0);
      if (i < 7) s.next7 += d.mean;
      s.next28 += d.mean;
      sums.set(d.productId, s);
    }
    const round = (x: number) => Math.round(x * 10) / 10;
    const products = picked
      .map((x) => ({
        productId: x.productId,
        name: x.name,
        category: x.category,
        unit: x.unit,
        method: x.method,
        demandClass: x.demandClass,
        enoughHistory: x.enoughHistory,
        next7: round(sums.get(x.productId)?.next7 ?? 0),
        next28: round(sums.get(x.productId)?.next28 ?? 0),
        wape: x.backtestError,
        naiveWape: x.naiveError,
      }))
      .sort((a, b) => b.next28 - a.next28)
      .slice(0, p.limit);
    return { categories: [...new Set(all.map((x) => x.category))].sort(), products };
  },

  'forecasting.chart': (deps, p) => {
    const run = latestDone(deps);
    const all = deps.store.forecasting.products(run.id);
    let members = all;
    let title: string;
    let unit: string;
    if (p.productId) {
      const product = found(deps.store.catalog.get(p.productId), 'Product');
      members = all.filter((x) => x.productId === p.productId);
      title = product.name;
      unit = product.unit;
      if (members.length === 0) fail('INVALID_INPUT', 'forecasting.notForecast', { product: product.name });
    } else if (p.category) {
      members = all.filter((x) => x.category === p.category);
      if (members.length === 0) fail('NOT_FOUND', 'forecasting.noSuchCategory', { category: p.category });
      title = p.category;
      unit = '';
    } else fail('INVALID_INPUT', 'forecasting.chartWhat');
    const origin = dayFromIso(run.origin) ?? 0;
    const today = dayFromIso(localDate(deps.clock.now())) ?? origin;
    const ids = members.map((m) => m.productId);
    const dispersion = new Map(members.map((m) => [m.productId, m.dispersion]));
    const forecast = new Map<string, { mean: number; point: number; lower: number; upper: number; var: number }>();
    for (const d of deps.store.forecasting.days(run.id, ids)) {
      const f = forecast.get(d.day) ?? { mean: 0, point: 0, lower: 0, upper: 0, var: 0 };
      f.mean += d.mean;
      f.point += d.point;
      f.lower += d.lower;
      f.upper += d.upper;
      f.var += variance(d.mean, dispersion.get(d.productId) ?? Number.POSITIVE_INFINITY);
      forecast.set(d.day, f);
    }
    const from = origin - 56;
    const actual = new Map(deps.store.forecasting.actuals(ids, isoFromDay(from), isoFromDay(today - 1)).map((a) => [a.day, a.units]));
    const single = members.length === 1;
    const r = (x: number) => Math.round(x * 100) / 100;
    const days = [];
    for (let d = from; d < origin + run.horizon; d += 1) {
      const date = isoFromDay(d);
      const f = forecast.get(date);
      const sd = f ? Math.sqrt(f.var) : 0;
      days.push({
        date,
        actual: d < today ? r(actual.get(date) ?? 0) : null,
        point: f ? r(single ? f.point : f.mean) : null,
        lower: f ? r(single ? f.lower : Math.max(0, f.mean - Z90 * sd)) : null,
        upper: f ? r(single ? f.upper : f.mean + Z90 * sd) : null,
      });
    }
    return { title, unit, days };
  },

  'forecasting.reorder': (deps, p) => reorderSuggestions(deps, p.serviceLevel),

  'forecasting.setSupplierTerms': (deps, p, ctx) => {
    const supplier = found(deps.store.suppliers.get(p.supplierId), 'Supplier');
    const at = deps.clock.now().toISOString();
    deps.store.transaction(() => {
      deps.store.forecasting.setSupplierTerms({ supplierId: supplier.id, leadTimeDays: p.leadTimeDays, reviewDays: p.reviewDays, at });
      deps.store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'forecasting.setSupplierTerms',
        entity: 'supplier',
        entityId: supplier.id,
        before: null,
        after: { leadTimeDays: p.leadTimeDays, reviewDays: p.reviewDays },
      });
    });
    return { ok: true as const };
  },

  'forecasting.makeDrafts': (deps, p, ctx) => {
    const run = latestDone(deps);
    const { groups } = reorderSuggestions(deps, p.serviceLevel);
    const at = deps.clock.now().toISOString();
    const made: string[] = [];
    deps.store.transaction(() => {
      for (const supplierId of new Set(p.supplierIds)) {
        const supplier = found(deps.store.suppliers.get(supplierId), 'Supplier');
        const lines = (groups.find((g) => g.supplierId === supplierId)?.lines ?? []).filter((l) => l.orderMilli > 0);
        if (lines.length === 0) fail('INVALID_INPUT', 'forecasting.nothingToOrder', { supplier: supplier.name });
        const id = deps.ids.newId('fcd');
        deps.store.forecasting.insertDraft({
          id,
          runId: run.id,
          supplierId,
          createdBy: ctx.user.id,
          at,
          lines: lines.map((l) => ({
            productId: l.productId,
            qtyMilli: l.orderMilli,
            suggestedMilli: l.orderMilli,
            unitCostPaise: l.unitCostPaise,
            reasons: l.reasons,
          })),
        });
        made.push(id);
      }
    });
    return made.map((id) => draftView(found(deps.store.forecasting.draft(id), 'Purchase order')));
  },

  'forecasting.drafts': (deps, p) => deps.store.forecasting.drafts(p.status ?? null).map(draftView),

  'forecasting.setDraftLine': (deps, p) => {
    const draft = openDraft(deps, p.draftId);
    const line = draft.lines.find((l) => l.productId === p.productId);
    if (!line) fail('NOT_FOUND', 'forecasting.draftLineNotFound');
    const product = found(deps.store.catalog.get(p.productId), 'Product');
    if (!product.loose && p.qtyMilli % 1000 !== 0) fail('INVALID_INPUT', 'purchasing.orderedInPieces', { product: product.name });
    deps.store.forecasting.setDraftLine(draft.id, p.productId, p.qtyMilli, deps.clock.now().toISOString());
    return draftView(found(deps.store.forecasting.draft(draft.id), 'Purchase order'));
  },

  'forecasting.placeDraft': (deps, p, ctx) => {
    const draft = openDraft(deps, p.draftId);
    const lines = draft.lines.filter((l) => l.qtyMilli > 0);
    if (lines.length === 0) fail('INVALID_INPUT', 'forecasting.draftEmpty', { supplier: draft.supplierName });
    return deps.store.transaction(() => {
      const po = purchaseOrderHandlers['purchasing.createOrder'](
        deps,
        {
          supplierId: draft.supplierId,
          notes: p.notes,
          lines: lines.map((l) => ({ productId: l.productId, qtyMilli: l.qtyMilli, unitCostPaise: l.unitCostPaise })),
        },
        ctx,
      );
      deps.store.forecasting.setDraftStatus(draft.id, 'ordered', po.id, deps.clock.now().toISOString());
      return { poId: po.id, number: po.number };
    });
  },

  'forecasting.dropDraft': (deps, p) => {
    const draft = openDraft(deps, p.draftId);
    deps.store.forecasting.setDraftStatus(draft.id, 'dropped', null, deps.clock.now().toISOString());
    return { ok: true as const };
  },
} satisfies AreaHandlers<'forecasting'>;
