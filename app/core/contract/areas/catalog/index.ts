import { importApi } from './import';
import { productsApi } from './products';

/** catalog.*: products, barcodes, search, labels, and imports/exports of the catalogue. */
export const catalogApi = { ...productsApi, ...importApi };
