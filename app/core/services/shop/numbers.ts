import { formatDocNumber, isValidDocNumber, DOC_NUMBER_MAX, type DocKind } from '../../billing/numbering';
import { fail } from '../../i18n/fail';
import { shopSeriesNumber, type ShopSeries } from '../../shop/numbering';
import type { ServiceDeps } from '../ports';
import type { Shop } from './ports';

/** Where a shop series keeps its counter, apart from every counter's own (C1, C2 …). */
export const shopSeriesKey = (prefix: string): string => `shop:${prefix}`;

export function ownSeriesOf(shop: Shop, kind: DocKind): ShopSeries | undefined {
  if (kind === 'sale') return shop.numbering.sale;
  if (kind === 'credit_note') return shop.numbering.creditNote;
  return undefined;
}

/**
 * The next number of a document: from the shop's own series for bills and credit notes when it
 * has one (shared by its counters: the host hands out numbers one transaction at a time), else
 * from the counter's series. Call inside the transaction that writes the document.
 */
export function takeDocNumber(deps: ServiceDeps, deviceCode: string, kind: DocKind, fyShort: string): string {
  const own = ownSeriesOf(deps.store.shop.get(), kind);
  if (!own) return formatDocNumber(deviceCode, fyShort, deps.store.series.next(deviceCode, kind, fyShort), kind);
  const number = shopSeriesNumber(own, deps.store.series.next(shopSeriesKey(own.prefix), kind, fyShort));
  if (!isValidDocNumber(number)) fail('INVALID_INPUT', 'billing.badDocNumber', { number, max: DOC_NUMBER_MAX });
  return number;
}
