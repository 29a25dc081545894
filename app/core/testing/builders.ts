import type { CartLine, SaleProduct } from '../billing/types';

/** A product as billing sees it, with plain defaults a test overrides. */
export function aProduct(overrides: Partial<SaleProduct> = {}): SaleProduct {
  return {
    id: 'p1',
    name: 'Test Biscuit 100g',
    nameHi: null,
    hsn: '1905',
    unit: 'pcs',
    loose: false,
    gstRateBp: 500,
    cessRateBp: 0,
    mrpPaise: 1000,
    pricePaise: 1000,
    costPaise: 800,
    ...overrides,
  };
}

export function aLine(product: SaleProduct, qtyMilli = 1000, overrides: Partial<Omit<CartLine, 'product'>> = {}): CartLine {
  return { product, qtyMilli, unitPricePaise: product.pricePaise, discountPaise: 0, ...overrides };
}
