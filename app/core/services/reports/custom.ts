import { CustomReportSpec, CUSTOM_FILTER_DIMENSIONS } from '../../contract/areas/reports-custom';
import type { Lang } from '../../contract/vocabulary';
import { fail, sayIn } from '../../i18n/fail';
import { checkCustomSpec, customReportModel, tenderWord, TENDER_VALUES, type CustomSpec, type FilterNames } from '../../reports/custom';
import type { CustomChoiceValue } from '../../reports/custom-types';
import type { Report } from '../../reports/table';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';

/** The owner's own report: checked, run through the closed vocabulary's SQL, drawn as the one report model. */
export async function customReport(deps: ServiceDeps, spec: CustomSpec, lang: Lang): Promise<Report> {
  const q = checkCustomSpec(spec, lang);
  await deps.store.customReports.settle();
  const result = deps.store.customReports.run(q);
  const names: FilterNames = {};
  if (q.filters.some((f) => f.dimension !== 'tender')) {
    const choices = deps.store.customReports.choices();
    for (const f of q.filters) if (f.dimension !== 'tender') names[f.dimension] = new Map(choices[f.dimension].map((c) => [c.value, c]));
  }
  return customReportModel(spec, q, result, names, lang);
}

/** Each filter's values as the owner knows them, in the reader's language. */
export function customChoices(deps: ServiceDeps, lang: Lang) {
  const t = sayIn(lang);
  const choices = deps.store.customReports.choices();
  const word = (c: CustomChoiceValue) => ({ value: c.value, label: (lang === 'hi' ? c.labelHi : null) ?? c.label });
  return {
    options: CUSTOM_FILTER_DIMENSIONS.map((dimension) => ({
      dimension,
      values: dimension === 'tender' ? TENDER_VALUES.map((v) => ({ value: v, label: tenderWord(t, v) })) : choices[dimension].map(word),
    })),
  };
}

/** The saved reports whose stored choices still pass the spec's schema (a damaged one is left out, never run). */
export function savedCustomReports(deps: ServiceDeps) {
  const reports = deps.store.customReports.saved().flatMap((row) => {
    let json: unknown;
    try {
      json = JSON.parse(row.spec);
    } catch {
      return [];
    }
    const spec = CustomReportSpec.safeParse(json);
    return spec.success ? [{ id: row.id, name: row.name, spec: spec.data, savedAt: row.savedAt }] : [];
  });
  return { reports };
}

export function saveCustomReport(deps: ServiceDeps, p: { name: string; spec: CustomSpec }, ctx: CallContext) {
  checkCustomSpec(p.spec, ctx.lang);
  const spec = { ...p.spec, title: p.name };
  const id = deps.store.transaction(() =>
    deps.store.customReports.save({
      id: deps.ids.newId('custom_report'),
      name: p.name,
      spec: JSON.stringify(spec),
      by: ctx.user.id,
      at: deps.clock.now().toISOString(),
    }),
  );
  return { id };
}

export function deleteCustomReport(deps: ServiceDeps, id: string) {
  const gone = deps.store.transaction(() => deps.store.customReports.remove(id));
  if (!gone) fail('NOT_FOUND', 'report.custom.savedGone');
  return { ok: true as const };
}
