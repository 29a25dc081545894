import type { Params } from '../../contract/index';
import { fail } from '../../i18n/fail';
import { toBase64 } from '../../contract/base64';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import type { LabelItem } from '../printing/ports';

/** One label per copy; a product without a barcode must get an in-store one first (catalog.assignBarcodes). */
function labelsFor(deps: ServiceDeps, items: Params<'catalog.labelsPdf'>['items']): LabelItem[] {
  return items.flatMap(({ productId, copies }) => {
    const p = found(deps.store.catalog.get(productId), 'Product');
    const barcode = p.barcodes[0];
    if (!barcode) fail('INVALID_INPUT', 'catalog.noBarcodeForLabel', { product: p.name }, { productId });
    const label: LabelItem = {
      name: p.name,
      nameHi: p.nameHi,
      barcode,
      pricePaise: p.pricePaise,
      mrpPaise: p.mrpPaise,
      unit: p.loose ? p.unit : '',
      packSize: p.packSize,
    };
    return Array.from({ length: copies }, () => label);
  });
}

export const catalogLabelHandlers = {
  'catalog.labelsPdf': async (deps, p) => {
    const labels = labelsFor(deps, p.items);
    const bytes = await deps.stockDocuments.labelsPdf(labels, p.layout);
    return { fileName: `labels-${labels.length}.pdf`, contentType: 'application/pdf', base64: toBase64(bytes) };
  },

  'catalog.printLabels': async (deps, p) => {
    const labels = labelsFor(deps, p.items);
    const shop = deps.store.shop.get();
    if (shop.printer.kind === 'none') fail('INVALID_INPUT', 'catalog.noLabelPrinter');
    const outcome = await deps.stockDocuments.printLabels(labels, p.layout, shop);
    return { ...outcome, labels: labels.length };
  },
} satisfies Partial<AreaHandlers<'catalog'>>;
