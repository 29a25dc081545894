import { assertOpenPeriod } from '../../accounting/period';
import { financialYearOf } from '../../calendar/fy';
import { fail } from '../../i18n/fail';
import { compositionTax } from '../../gst/composition';
import { consolidate } from '../../gst/consolidate';
import { buildGstr1 } from '../../gst/gstr1';
import { buildGstr3b } from '../../gst/gstr3b';
import { requiredHsnDigits } from '../../gst/hsn-digits';
import { returnPeriod } from '../../gst/period';
import { checkSlab, withRatesOn } from '../../gst/rates';
import { validateReturn } from '../../gst/validate';
import { fyStartMonth, nextNumber, today } from '../accounting/common';
import { found } from '../guards';
import { loadHsnMaster, previewHsnMaster } from './hsn-master';
import type { AreaHandlers, CallContext } from '../handler';
import type { ServiceDeps } from '../ports';

/** Last year's aggregate turnover: the owner's figure, or sales less returns in the books. */
export function hsnRule(deps: ServiceDeps) {
  const own = deps.store.accountingSettings.get().aatoPaise;
  const lastYear = financialYearOf(
    financialYearOf(today(deps), fyStartMonth(deps)).from.replace(/^(\d{4})/, (y) => String(Number(y) - 1)),
    fyStartMonth(deps),
  );
  const aatoPaise = own ?? Math.max(0, deps.store.gst.turnover(lastYear.from, lastYear.to));
  const digits = requiredHsnDigits(aatoPaise);
  return { aatoPaise, source: own === null ? ('books' as const) : ('owner' as const), digits, b2cMayOmit: digits === 4 };
}

function selectedProducts(deps: ServiceDeps, select: { hsnPrefixes: string[] } | { currentRateBp: number }) {
  const on = today(deps);
  const own = deps.store.gst.products('hsnPrefixes' in select ? select.hsnPrefixes : null);
  const effective = withRatesOn(new Map(own.map((p) => [p.id, p])), deps.store.gst.rateTable(), on);
  const products = [...effective.values()]
    .filter((p) => !('currentRateBp' in select) || p.gstRateBp === select.currentRateBp)
    .map((p) => ({ id: p.id, name: p.name, hsn: p.hsn, currentRateBp: p.gstRateBp, currentCessBp: p.cessRateBp }));
  const hsns = 'hsnPrefixes' in select ? [...new Set(select.hsnPrefixes)].sort() : [...new Set(products.map((p) => p.hsn))].sort();
  return { hsns, products };
}

function setRates(
  deps: ServiceDeps,
  ctx: CallContext,
  hsns: readonly string[],
  r: { effectiveFrom: string; gstRateBp: number; cessRateBp: number; note: string },
) {
  checkSlab(r.gstRateBp, r.effectiveFrom, r.cessRateBp);
  assertOpenPeriod(r.effectiveFrom, deps.store.accountingSettings.get().closedUpto);
  const bad = hsns.find((h) => !/^(\d{4}|\d{6}|\d{8})$/.test(h));
  if (bad === '') fail('INVALID_INPUT', 'gst.productWithoutHsn');
  if (bad !== undefined) fail('INVALID_INPUT', 'gst.badHsn', { hsn: bad });
  const at = deps.clock.now().toISOString();
  deps.store.transaction(() => {
    for (const hsn of hsns) deps.store.gst.upsertRate({ hsn, ...r, createdAt: at });
    deps.store.audit.append({
      at,
      userId: ctx.user.id,
      action: 'gst.setRate',
      entity: 'gst_rate',
      entityId: hsns.join(',').slice(0, 64),
      before: null,
      after: { hsns, ...r },
    });
  });
}

export const gstHandlers = {
  'gst.rates': (deps, p) => deps.store.gst.rateTable().filter((r) => !p.hsn || r.hsn.startsWith(p.hsn)),

  'gst.setRate': (deps, p, ctx) => {
    setRates(deps, ctx, [p.hsn], p);
    return found(
      deps.store.gst.rateTable().find((r) => r.hsn === p.hsn && r.effectiveFrom === p.effectiveFrom),
      'Rate',
    );
  },

  'gst.previewRateChange': (deps, p) => {
    checkSlab(p.gstRateBp, p.effectiveFrom, p.cessRateBp);
    return selectedProducts(deps, p.select);
  },

  'gst.changeRates': (deps, p, ctx) => {
    const { hsns, products } = selectedProducts(deps, p.select);
    if (hsns.length === 0) fail('INVALID_INPUT', 'gst.nothingMatches');
    setRates(deps, ctx, hsns, p);
    return { hsns, products: products.length };
  },

  'gst.gstr1': (deps, p) => {
    const shop = deps.store.shop.get();
    const period = returnPeriod(p.period, shop.fyStartMonth);
    const { gst } = deps.store;
    const documents = gst.listedInvoices(period.from, period.to);
    const notes = gst.listedNotes(period.from, period.to);
    const summary = gst.summary(period.from, period.to);
    const issues = validateReturn({ shop, hsnDigits: hsnRule(deps).digits, documents, notes, summary, numbers: gst.problemNumbers(period.from, period.to) });
    const built = buildGstr1({
      gstin: shop.gstin ?? '',
      period,
      documents,
      notes,
      summary,
      series: gst.series(period.from, period.to),
      consolidated: gst.consolidated(period.from, period.to),
      hsnNames: gst.hsnDescriptions([...new Set(summary.map((r) => r.hsn))]),
      uqcs: gst.productUqcs(),
    });
    return {
      period: { label: period.label, from: period.from, to: period.to },
      json: built.json,
      summary: built.summary,
      counts: built.counts,
      hsn: built.hsn,
      issues,
    };
  },

  'gst.gstr3b': (deps, p) => {
    const shop = deps.store.shop.get();
    const period = returnPeriod(p.period, shop.fyStartMonth);
    const summary = deps.store.gst.summary(period.from, period.to);
    const { gst } = deps.store;
    const books = gst.inputTax(period.from, period.to);
    const built = buildGstr3b({
      summary,
      purchases: gst.purchaseDocuments(period.from, period.to),
      expenseTax: gst.expenseInputTax(period.from, period.to),
      inputDebits: books.debits,
      inputCredits: books.credits,
    });
    const composition = shop.composition
      ? [{ severity: 'error' as const, code: 'COMPOSITION', document: null, message: 'A composition shop files CMP-08, not GSTR-3B' }]
      : [];
    return { period: { label: period.label, from: period.from, to: period.to }, ...built, issues: [...composition, ...built.issues] };
  },

  'gst.consolidateDay': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    // A slip billed later today would be left out of an invoice issued now: only ended days are consolidated.
    if (p.date >= today(deps)) fail('INVALID_INPUT', 'gst.dayNotEnded');
    assertOpenPeriod(p.date, store.accountingSettings.get().closedUpto);
    const c = consolidate(store.gst.slipsOf(p.date));
    const id = ids.newId('ci');
    const at = clock.now().toISOString();
    store.transaction(() => {
      if (store.gst.consolidated(p.date, p.date).length > 0) fail('DUPLICATE', 'gst.dayConsolidated');
      const { number, fy } = nextNumber(deps, ctx, 'consolidated', p.date);
      store.gst.insertConsolidated({
        id,
        number,
        date: p.date,
        bills: c.bills,
        rows: c.rows,
        totals: c.totals,
        fy,
        createdAt: at,
        userId: ctx.user.id,
        invoiceIds: c.invoiceIds,
      });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'gst.consolidateDay',
        entity: 'consolidated_invoice',
        entityId: id,
        before: null,
        after: { number, date: p.date, bills: c.bills, valuePaise: c.totals.valuePaise },
      });
    });
    return found(store.gst.consolidated(p.date, p.date)[0], 'Consolidated invoice');
  },

  'gst.consolidated': (deps, p) => deps.store.gst.consolidated(p.from, p.to),

  'gst.hsnRule': (deps) => hsnRule(deps),

  'gst.cmp08': (deps, p) => {
    const start = returnPeriod(p.fy, fyStartMonth(deps)).from;
    const [y, m] = start.split('-').map(Number);
    const first = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1 + (p.quarter - 1) * 3, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 3, 0));
    const from = first.toISOString().slice(0, 10);
    const to = last.toISOString().slice(0, 10);
    return { from, to, ...compositionTax(deps.store.gst.summary(from, to)) };
  },

  'gst.loadHsnMaster': loadHsnMaster,
  'gst.previewHsnMaster': previewHsnMaster,
  'gst.searchHsn': (deps, p) => deps.store.gst.searchHsnMaster(p.q, p.limit),
  'gst.hsnMaster': (deps) => ({ codes: deps.store.gst.hsnMasterSize() }),
} satisfies AreaHandlers<'gst'>;
