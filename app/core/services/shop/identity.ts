import type { z } from 'zod';
import { financialYearOf, localDate } from '../../calendar/fy';
import type { ShopDraft } from '../../contract';
import { fail, failWith } from '../../i18n/fail';
import { identityRefusal, normalGstin, normalVpa, panOfGstin } from '../../shop/identity';
import { isPlan, planSeries, usedNumberRefusal, type SeriesKind, type SeriesPlan } from '../../shop/numbering';
import type { ServiceDeps } from '../ports';
import { shopSeriesKey } from './numbers';
import type { Shop } from './ports';

export type Draft = z.output<typeof ShopDraft>;

const DOC_KIND = { sale: 'sale', creditNote: 'credit_note' } as const;
const FIELD = { sale: 'saleSeries', creditNote: 'creditNoteSeries' } as const;

export interface CheckedDraft {
  pan: string | null;
  plans: Partial<Record<SeriesKind, SeriesPlan>>;
  fy: { short: string; label: string };
}

/** The financial year a new series starts in: today's, by the shop's year (April when none yet). */
export function currentFy(deps: ServiceDeps) {
  return financialYearOf(localDate(deps.clock.now()), deps.store.shop.find()?.fyStartMonth ?? 4);
}

/**
 * Checks what is given of the shop's identity and numbering, the first problem refused with the
 * field's name; `complete` also asks for what a shop must have. A next number already used in the
 * year (the series has passed it, or a document holds it) is refused.
 */
export function checkDraft(deps: ServiceDeps, draft: Partial<Draft>, complete: boolean): CheckedDraft {
  const refusal = identityRefusal(draft, complete);
  if (refusal) failWith('INVALID_INPUT', refusal);
  const fy = currentFy(deps);
  const plans: CheckedDraft['plans'] = {};
  for (const kind of ['sale', 'creditNote'] as const) {
    const typed = draft[FIELD[kind]];
    if (!typed) continue;
    const plan = planSeries(kind, typed);
    if (!isPlan(plan)) failWith('INVALID_INPUT', plan);
    const key = shopSeriesKey(plan.series.prefix);
    const used = usedNumberRefusal(
      kind,
      plan,
      deps.store.series.last(key, DOC_KIND[kind], fy.short),
      deps.store.series.numberTaken(fy.short, plan.firstNumber),
      fy.label,
    );
    if (used) failWith('DUPLICATE', used);
    plans[kind] = plan;
  }
  if (plans.sale && plans.creditNote && plans.sale.series.prefix === plans.creditNote.series.prefix)
    fail('INVALID_INPUT', 'shop.seriesSame', { prefix: plans.sale.series.prefix });
  const gstin = draft.registration === 'unregistered' ? null : normalGstin(draft.gstin);
  return { pan: gstin ? panOfGstin(gstin) : null, plans, fy };
}

/** The shop row's identity fields from a checked, complete draft. */
export function identityOf(
  draft: Draft,
  checked: CheckedDraft,
): Pick<Shop, 'name' | 'legalName' | 'address' | 'stateCode' | 'phone' | 'gstin' | 'composition' | 'upiVpa' | 'upiPayee' | 'numbering'> {
  const vpa = normalVpa(draft.upiVpa);
  return {
    name: draft.name.trim(),
    legalName: draft.legalName.trim(),
    address: draft.address.trim(),
    stateCode: draft.stateCode,
    phone: draft.phone.trim(),
    gstin: draft.registration === 'unregistered' ? null : normalGstin(draft.gstin),
    composition: draft.registration === 'composition',
    upiVpa: vpa,
    upiPayee: vpa ? draft.upiPayee.trim() : '',
    numbering: {
      ...(checked.plans.sale ? { sale: checked.plans.sale.series } : {}),
      ...(checked.plans.creditNote ? { creditNote: checked.plans.creditNote.series } : {}),
    },
  };
}

/** Sets each planned series to continue at its next number in the year. Call inside the transaction. */
export function continueSeries(deps: ServiceDeps, checked: CheckedDraft): void {
  for (const kind of ['sale', 'creditNote'] as const) {
    const plan = checked.plans[kind];
    if (plan) deps.store.series.setLast(shopSeriesKey(plan.series.prefix), DOC_KIND[kind], checked.fy.short, plan.next - 1);
  }
}

/** What a draft of the shop as it is looks like (Settings → Shop opens on it). */
export function firstNumbers(checked: CheckedDraft): { firstSaleNumber: string | null; firstCreditNoteNumber: string | null } {
  return { firstSaleNumber: checked.plans.sale?.firstNumber ?? null, firstCreditNoteNumber: checked.plans.creditNote?.firstNumber ?? null };
}

/** Each series of the shop's own as a person would type it to go on: its prefix and the next number, padded. */
export function nextNumbersOf(deps: ServiceDeps): Record<'saleSeries' | 'creditNoteSeries', { prefix: string; next: string } | null> {
  const { numbering } = deps.store.shop.get();
  const fy = currentFy(deps).short;
  const typed = (kind: SeriesKind) => {
    const own = numbering[kind];
    if (!own) return null;
    const next = deps.store.series.last(shopSeriesKey(own.prefix), DOC_KIND[kind], fy) + 1;
    return { prefix: own.prefix, next: String(next).padStart(own.width, '0') };
  };
  return { saleSeries: typed('sale'), creditNoteSeries: typed('creditNote') };
}
