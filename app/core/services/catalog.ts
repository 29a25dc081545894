import { hasValidCheckDigit, normalizeScannedCode } from '../catalog/barcode';
import { AppError } from '../contract/errors';
import type { AreaHandlers } from './handler';
import { found } from './guards';

/** Numeric codes of GS1 lengths carry a check digit; shop-internal codes (letters, other lengths) do not. */
function checkBarcode(code: string): void {
  if (/^(\d{8}|\d{12}|\d{13})$/.test(code) && !hasValidCheckDigit(code)) {
    throw new AppError('INVALID_INPUT', `Barcode ${code} has a wrong check digit; scan it again or type it carefully`, { barcode: code });
  }
}

export const catalogHandlers = {
  'catalog.search': (deps, p) => (p.q.trim() === '' ? [] : deps.store.catalog.search(p.q, p.limit)),

  'catalog.byBarcode': (deps, p) => {
    const code = normalizeScannedCode(p.barcode);
    const product = deps.store.catalog.byBarcode(code);
    if (!product) throw new AppError('UNKNOWN_BARCODE', `No product has barcode ${code}`, { barcode: code });
    return product;
  },

  'catalog.counterIndex': (deps) => deps.store.catalog.counterIndex(),

  'catalog.get': (deps, p) => found(deps.store.catalog.get(p.id), 'Product'),

  'catalog.addProduct': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    if (p.mrpPaise !== null && p.pricePaise > p.mrpPaise) {
      throw new AppError('PRICE_ABOVE_MRP', `Selling price ${p.pricePaise / 100} is above MRP ${p.mrpPaise / 100}`);
    }
    const barcodes = [...new Set(p.barcodes.map(normalizeScannedCode))];
    barcodes.forEach(checkBarcode);
    const id = ids.newId('prod');
    const createdAt = clock.now().toISOString();
    return store.transaction(() => {
      for (const code of barcodes) {
        const owner = store.catalog.barcodeOwner(code);
        if (owner) throw new AppError('DUPLICATE', `Barcode ${code} already belongs to another product`, { barcode: code, productId: owner });
      }
      const product = { id, ...p, barcodes, createdAt };
      store.catalog.insert(product);
      store.audit.append({ at: createdAt, userId: ctx.user.id, action: 'catalog.addProduct', entity: 'product', entityId: id, before: null, after: p });
      return found(store.catalog.get(id), 'Product');
    });
  },
} satisfies AreaHandlers<'catalog'>;
