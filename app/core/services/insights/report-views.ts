import type { z } from 'zod';
import {
  RFM_SEGMENTS,
  type AlertView,
  type BasketInsights,
  type CustomerInsights,
  type InsightsStatus,
  type PriceSuggestionView,
} from '../../contract/areas/insights-report';
import type { Lang } from '../../contract/vocabulary';
import { fail } from '../../i18n/fail';
import { isoOfDay, renderMessage, withDismissals, type InsightsReport } from '../../insights';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import { today } from '../accounting/common';

const LIST = 50;

function lastReport(deps: ServiceDeps): InsightsReport | null {
  return deps.insightsJobs?.last()?.report ?? null;
}

export function insightsStatus(deps: ServiceDeps): z.output<typeof InsightsStatus> {
  const jobs = deps.insightsJobs;
  const last = jobs?.last() ?? null;
  return {
    running: jobs?.running() ?? null,
    last: last && {
      trigger: last.trigger,
      startedAt: last.startedAt,
      finishedAt: last.finishedAt,
      seconds: last.seconds,
      asOf: last.report.asOf,
      bills: last.report.counts.bills,
      customers: last.report.counts.customers,
    },
    failedAt: jobs?.lastError()?.at ?? null,
    canRun: jobs !== undefined,
  };
}

export function startInsights(deps: ServiceDeps): { started: boolean } {
  const jobs = deps.insightsJobs;
  if (!jobs) fail('INVALID_INPUT', 'insights.notHere');
  return { started: jobs.start('manual') };
}

/** Names and phones for the customers a list shows (a report holds ids; a name may have changed since). */
function people(deps: ServiceDeps) {
  const seen = new Map<string, { name: string; phone: string }>();
  return (customerId: string) => {
    let p = seen.get(customerId);
    if (!p) {
      const c = deps.store.customers.get(customerId);
      p = { name: c?.name ?? '—', phone: c?.phone ?? '' };
      seen.set(customerId, p);
    }
    return { customerId, ...p };
  };
}

export function customerInsights(deps: ServiceDeps, lang: Lang): z.output<typeof CustomerInsights> {
  const report = lastReport(deps);
  const empty = { method: 'recency' as const, horizonDays: 60, trainedOn: 0, measure: null, rows: [] };
  if (!report) return { asOf: null, segments: [], top: [], remind: [], thank: [], churn: empty };
  const person = people(deps);
  const say = { today: today(deps) };
  const entries = (list: InsightsReport['remind']) =>
    list.slice(0, LIST).map((e) => ({ ...person(e.customerId), valuePaise: e.valuePaise, text: renderMessage(e.message, lang, say) }));
  const m = report.churn.measure;
  return {
    asOf: report.asOf,
    segments: RFM_SEGMENTS.flatMap((segment) => {
      const customers = report.segments[segment];
      return customers === undefined ? [] : [{ segment, customers }];
    }),
    top: [...report.rfm]
      .sort((a, b) => b.monetaryPaise - a.monetaryPaise)
      .slice(0, LIST)
      .map((r) => ({
        ...person(r.customerId),
        segment: r.segment,
        r: r.r,
        f: r.f,
        m: r.m,
        recencyDays: r.recencyDays,
        visits: r.frequency,
        spentPaise: r.monetaryPaise,
      })),
    remind: entries(report.remind),
    thank: entries(report.thank),
    churn: {
      method: report.churn.method,
      horizonDays: report.churn.horizonDays,
      trainedOn: report.churn.trainedOn,
      measure: m && {
        from: isoOfDay(m.originDay),
        customers: m.customers,
        cameBackBp: m.cameBackBp,
        aucBp: m.aucBp,
        liftPct: m.liftPct,
        baselineAucBp: m.baselineAucBp,
        baselineLiftPct: m.baselineLiftPct,
      },
      rows: report.churn.rows.slice(0, LIST).map((r) => ({ ...person(r.customerId), riskBp: r.riskBp, daysSinceLast: r.daysSinceLast })),
    },
  };
}

function productName(deps: ServiceDeps, lang: Lang) {
  const seen = new Map<string, string>();
  return (id: string) => {
    let name = seen.get(id);
    if (name === undefined) {
      const p = deps.store.catalog.get(id);
      name = (lang === 'hi' ? p?.nameHi || p?.name : p?.name) ?? '—';
      seen.set(id, name);
    }
    return name;
  };
}

export function basketInsights(deps: ServiceDeps, lang: Lang): z.output<typeof BasketInsights> {
  const report = lastReport(deps);
  if (!report) return { asOf: null, rules: [] };
  const name = productName(deps, lang);
  return {
    asOf: report.asOf,
    rules: report.boughtTogether.slice(0, 100).map((r) => ({
      items: r.antecedent.map(name),
      then: name(r.consequent),
      bills: r.count,
      supportBp: Math.round(r.support * 10_000),
      confidenceBp: Math.round(r.confidence * 10_000),
      baselineBp: r.lift > 0 ? Math.round((r.confidence / r.lift) * 10_000) : 0,
      liftPct: Math.round(r.lift * 100),
    })),
  };
}

export function alertViews(deps: ServiceDeps, lang: Lang): { asOf: string | null; alerts: z.output<typeof AlertView>[] } {
  const report = lastReport(deps);
  if (!report) return { asOf: null, alerts: [] };
  const say = { today: today(deps) };
  const names = new Map<string, string>();
  const userName = (id: string) => {
    let n = names.get(id);
    if (n === undefined) {
      n = deps.store.users.get(id)?.name ?? '—';
      names.set(id, n);
    }
    return n;
  };
  const alerts = withDismissals(report.alerts, deps.store.insights.dismissals()).map((a) => ({
    id: a.id,
    type: a.type,
    day: a.day,
    subject: a.subject.name,
    severity: a.severity,
    text: renderMessage(a.message, lang, say),
    dismissal: a.dismissal && { note: a.dismissal.note, by: userName(a.dismissal.by), at: new Date(a.dismissal.at).toISOString() },
  }));
  alerts.sort((a, b) => Number(a.dismissal !== null) - Number(b.dismissal !== null) || b.day.localeCompare(a.day));
  return { asOf: report.asOf, alerts };
}

export function dismissAlert(deps: ServiceDeps, p: { alertId: string; note: string }, ctx: CallContext): { ok: true } {
  const alert = lastReport(deps)?.alerts.find((a) => a.id === p.alertId);
  if (!alert) fail('NOT_FOUND', 'insights.alertGone');
  const at = deps.clock.now().toISOString();
  const before = deps.store.insights.dismissals().find((d) => d.alertId === p.alertId) ?? null;
  deps.store.transaction(() => {
    deps.store.insights.dismiss({ alertId: p.alertId, note: p.note, by: ctx.user.id, at });
    deps.store.audit.append({
      at,
      userId: ctx.user.id,
      action: 'insights.dismissAlert',
      entity: 'insight_alert',
      entityId: p.alertId,
      before: before && { note: before.note },
      after: { note: p.note, alert: renderMessage(alert.message, 'en') },
    });
  });
  return { ok: true };
}

export function priceViews(deps: ServiceDeps, lang: Lang): { asOf: string | null; suggestions: z.output<typeof PriceSuggestionView>[] } {
  const report = lastReport(deps);
  if (!report) return { asOf: null, suggestions: [] };
  const say = { today: today(deps) };
  return {
    asOf: report.asOf,
    suggestions: report.prices.flatMap((s) => {
      const product = deps.store.catalog.get(s.productId);
      if (!product) return [];
      const name = (lang === 'hi' && product.nameHi) || product.name;
      return [
        {
          productId: s.productId,
          name,
          rule: s.rule,
          wasPaise: s.currentPaise,
          nowPaise: product.pricePaise,
          suggestedPaise: s.suggestedPaise,
          text: renderMessage(s.message, lang, say),
        },
      ];
    }),
  };
}
