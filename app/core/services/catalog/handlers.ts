import { isServiceCharge } from '../../billing/service-charge';
import { hasValidCheckDigit, normalizeScannedCode } from '../../catalog/barcode';
import { inStoreBarcode } from '../../catalog/in-store';
import { parseScaleBarcode } from '../../catalog/scale';
import { localDate } from '../../calendar/fy';
import { rateInForce, slabsOn } from '../../contract/vocabulary';
import { formatDate } from '../../format/date';
import { formatRate } from '../../gst/summary';
import type { Params } from '../../contract/index';
import { formatInr } from '../../format/inr';
import { fail } from '../../i18n/fail';
import { divHalfUp } from '../../money/index';
import { catalogImportHandlers } from './import';
import { catalogUploadHandlers } from './import-upload';
import { catalogLabelHandlers } from './labels';
import type { AreaHandlers, CallContext } from '../handler';
import { found } from '../guards';
import type { ServiceDeps } from '../ports';
import type { Product } from './ports';

/** Numeric codes of GS1 lengths carry a check digit; shop-internal codes (letters, other lengths) do not. */
function checkBarcode(code: string): void {
  if (/^(\d{8}|\d{12}|\d{13})$/.test(code) && !hasValidCheckDigit(code)) {
    fail('INVALID_INPUT', 'catalog.badCheckDigit', { barcode: code }, { barcode: code });
  }
}

type ProductFields = Partial<Params<'catalog.addProduct'>>;

/**
 * A new product, or a product's rate being changed, takes a rate in force today (12% and 28% went
 * with GST 2.0, 28% stays for goods with cess); a product keeps an older rate until it is changed,
 * and old bills keep theirs.
 */
function checkRateInForce(deps: ServiceDeps, p: ProductFields, current: Product | null): void {
  const rate = p.gstRateBp;
  if (rate === undefined || rate === current?.gstRateBp) return;
  const today = localDate(deps.clock.now());
  if (rateInForce(rate, today, p.cessRateBp ?? current?.cessRateBp ?? 0)) return;
  fail('INVALID_INPUT', 'catalog.rateNotInForce', { rate: formatRate(rate), date: formatDate(today), rates: slabsOn(today).map(formatRate).join(', ') });
}

/** The checks every new or changed product passes: MRP, barcodes (valid, unique, not the scale's), units. */
function checkProduct(deps: ServiceDeps, p: ProductFields, current: Product | null): { barcodes?: string[]; units?: Params<'catalog.addProduct'>['units'] } {
  const mrp = p.mrpPaise !== undefined ? p.mrpPaise : (current?.mrpPaise ?? null);
  const price = p.pricePaise ?? current?.pricePaise ?? 0;
  if (mrp !== null && price > mrp) fail('PRICE_ABOVE_MRP', 'catalog.priceAboveMrp', { price: formatInr(price), mrp: formatInr(mrp) });
  checkRateInForce(deps, p, current);
  const scale = deps.store.stock.settings().scale;
  const codes = [...(p.barcodes ?? []), ...(p.units ?? []).flatMap((u) => (u.barcode ? [u.barcode] : []))].map(normalizeScannedCode);
  const seen = new Set<string>();
  for (const code of codes) {
    checkBarcode(code);
    if (seen.has(code)) fail('DUPLICATE', 'catalog.barcodeTwice', { barcode: code }, { barcode: code });
    seen.add(code);
    if (parseScaleBarcode(code, scale)) fail('INVALID_INPUT', 'catalog.barcodeInScaleRange', { barcode: code, scale: scale.prefixes.join(', ') });
    const owner = deps.store.catalog.barcodeOwner(code);
    if (owner && owner !== current?.id)
      fail('DUPLICATE', 'catalog.barcodeTaken', { barcode: code, product: deps.store.catalog.get(owner)?.name ?? '—' }, { barcode: code, productId: owner });
  }
  if (p.plu) {
    const other = deps.store.catalog.byPlu(String(Number(p.plu)));
    if (other && other.id !== current?.id) fail('DUPLICATE', 'catalog.pluTaken', { plu: p.plu, product: other.name }, { plu: p.plu, productId: other.id });
  }
  if (p.units && new Set(p.units.map((u) => u.name)).size !== p.units.length) fail('INVALID_INPUT', 'catalog.unitNamesRepeat');
  return {
    ...(p.barcodes ? { barcodes: [...new Set(p.barcodes.map(normalizeScannedCode))] } : {}),
    ...(p.units ? { units: p.units.map((u) => ({ ...u, barcode: u.barcode ? normalizeScannedCode(u.barcode) : null })) } : {}),
  };
}

/** A scan: the product's own or pack barcode, else a weighing-scale label read by the shop's layout. */
function byBarcode(deps: ServiceDeps, p: Params<'catalog.byBarcode'>) {
  const { store } = deps;
  const code = normalizeScannedCode(p.barcode);
  const entry = store.catalog.barcodeEntry(code);
  const product = entry && store.catalog.get(entry.productId);
  if (entry && product) {
    if (!product.active && !p.inactive) fail('INVALID_INPUT', 'catalog.notOnSale', { product: product.name }, { barcode: code });
    const pack = entry.qtyMilli !== 1000;
    return {
      ...product,
      scan: { kind: pack ? ('pack' as const) : ('product' as const), qtyMilli: pack || !product.loose ? entry.qtyMilli : null, pricePaise: null },
    };
  }
  const reading = parseScaleBarcode(code, store.stock.settings().scale);
  const weighed = reading && store.catalog.byPlu(reading.plu);
  if (reading && weighed) {
    if (reading.kind === 'weight') return { ...weighed, scan: { kind: 'scale' as const, qtyMilli: reading.value, pricePaise: null } };
    if (weighed.pricePaise <= 0) fail('INVALID_INPUT', 'catalog.noUnitPrice', { product: weighed.name });
    return { ...weighed, scan: { kind: 'scale' as const, qtyMilli: divHalfUp(reading.value * 1000, weighed.pricePaise), pricePaise: reading.value } };
  }
  if (reading) fail('UNKNOWN_BARCODE', 'catalog.unknownPlu', { plu: reading.plu }, { barcode: code, plu: reading.plu });
  fail('UNKNOWN_BARCODE', 'catalog.unknownBarcode', { barcode: code }, { barcode: code });
}

function audit(deps: ServiceDeps, ctx: CallContext, action: string, id: string, before: unknown, after: unknown, at: string) {
  deps.store.audit.append({ at, userId: ctx.user.id, action, entity: 'product', entityId: id, before, after });
}

export const catalogHandlers = {
  'catalog.search': (deps, p) => {
    const { q, limit, expiringWithinDays, sale, ...filters } = p;
    const filtering = Object.values(filters).some((v) => v !== undefined && v !== 'any') || expiringWithinDays !== undefined || sale !== 'on';
    if (q.trim() === '' && !filtering) return [];
    const expiringBy = expiringWithinDays === undefined ? undefined : localDate(new Date(deps.clock.now().getTime() + expiringWithinDays * 86_400_000));
    return deps.store.catalog.find({ q, limit, ...filters, sale, expiringBy });
  },

  'catalog.byBarcode': byBarcode,

  'catalog.counterIndex': (deps) => deps.store.catalog.counterIndex(),

  'catalog.get': (deps, p) => found(deps.store.catalog.get(p.id), 'Product'),

  'catalog.addProduct': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const id = ids.newId('prod');
    const createdAt = clock.now().toISOString();
    return store.transaction(() => {
      const { barcodes = [], units = [] } = checkProduct(deps, p, null);
      const plu = p.plu === null ? null : String(Number(p.plu));
      store.catalog.insert({ ...p, id, barcodes, units, plu, createdAt });
      audit(deps, ctx, 'catalog.addProduct', id, null, p, createdAt);
      return found(store.catalog.get(id), 'Product');
    });
  },

  'catalog.updateProduct': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const before = found(store.catalog.get(p.id), 'Product');
      // The delivery fee's row is never on sale: it stays as billing made it.
      if (isServiceCharge(p.id)) fail('INVALID_INPUT', 'catalog.serviceChargeFixed');
      // The import that staged it decides when it goes on sale: all of the file's rows at once, or none.
      const staging = p.active === undefined ? undefined : store.imports.stagedBy(p.id);
      if (staging) fail('INVALID_INPUT', 'catalog.activeWhileImporting', { product: before.name, file: staging.fileName }, { field: 'active' });
      const { id, ...patch } = p;
      const checked = checkProduct(deps, patch, before);
      const plu = patch.plu === undefined || patch.plu === null ? patch.plu : String(Number(patch.plu));
      store.catalog.update(id, { ...patch, ...checked, ...(plu === undefined ? {} : { plu }), updatedAt: at });
      const after = found(store.catalog.get(id), 'Product');
      audit(deps, ctx, 'catalog.updateProduct', id, before, after, at);
      return after;
    });
  },

  'catalog.categories': (deps) => deps.store.catalog.categories(),

  'catalog.assignBarcodes': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    const { labelPrefix } = store.stock.settings();
    return store.transaction(() => {
      let n = store.catalog.lastInStoreNumber(labelPrefix);
      return p.productIds.map((productId) => {
        const product = found(store.catalog.get(productId), 'Product');
        const own = product.barcodes[0];
        if (own) return { productId, barcode: own };
        let barcode = inStoreBarcode(labelPrefix, ++n);
        while (store.catalog.barcodeOwner(barcode)) barcode = inStoreBarcode(labelPrefix, ++n);
        store.catalog.addBarcode(productId, barcode, 1000);
        audit(deps, ctx, 'catalog.assignBarcodes', productId, { barcodes: [] }, { barcodes: [barcode] }, at);
        return { productId, barcode };
      });
    });
  },

  ...catalogImportHandlers,
  ...catalogUploadHandlers,
  ...catalogLabelHandlers,
} satisfies AreaHandlers<'catalog'>;
