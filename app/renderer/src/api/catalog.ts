import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery, useFetch, type ShowError } from './method';

export const catalogQueries = {
  /** the counter's search box: asked once something is typed */
  search: (q: string) => methodQuery('catalog.search', { q, limit: 12 }, { enabled: q.trim().length > 0, keepPrevious: true }),
  /** the catalogue screen's search with its filters */
  find: (p: ParamsIn<'catalog.search'>) => methodQuery('catalog.search', p, { keepPrevious: true }),
  /** the whole sellable catalogue, compact; refetched when catalog data changes */
  counterIndex: () => methodQuery('catalog.counterIndex', {}, { staleTime: Infinity }),
  /** a code the counter's index does not know (new, a weighing-scale label, a pack); kept a minute */
  byBarcode: (barcode: string, showError: ShowError = true, inactive = false) =>
    methodQuery('catalog.byBarcode', { barcode, inactive }, { staleTime: 60_000, showError }),
  product: (id: string) => methodQuery('catalog.get', { id }, { showError: true }),
  categories: () => methodQuery('catalog.categories', {}),
};

export const useAddProductMutation = methodMutation('catalog.addProduct');
export const useUpdateProductMutation = methodMutation('catalog.updateProduct');
export const useImportUploadMutation = methodMutation('catalog.importUpload');
export const useImportPreviewMutation = methodMutation('catalog.importPreview');
export const useImportCommitMutation = methodMutation('catalog.importCommit');
export const useExportCatalogMutation = methodMutation('catalog.exportExcel');
export const useAssignBarcodesMutation = methodMutation('catalog.assignBarcodes');
export const useLabelsPdfMutation = methodMutation('catalog.labelsPdf');
export const usePrintLabelsMutation = methodMutation('catalog.printLabels');

/** One product's whole record for an action (a label, a purchase order's line); undefined when it failed (the error is shown). */
export function useFetchProduct() {
  const read = useFetch();
  return (id: string) => read(catalogQueries.product(id)).catch(() => undefined);
}
