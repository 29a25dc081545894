import { useMutation } from '@tanstack/react-query';
import type { ParamsIn } from '../../../core/contract';
import { methodQuery } from './queries';
import { api } from './session';

/** Queries and mutations of the catalogue, inventory, purchasing and labels screens. */
export const stockQueries = {
  find: (p: ParamsIn<'catalog.search'>) => methodQuery('catalog.search', p, { keepPrevious: true }),
  product: (id: string) => methodQuery('catalog.get', { id }),
  categories: () => methodQuery('catalog.categories', {}),
  lowStock: () => methodQuery('inventory.lowStock', {}),
  expiring: (withinDays?: number) => methodQuery('inventory.expiring', withinDays === undefined ? {} : { withinDays }),
  valuation: () => methodQuery('inventory.valuation', {}),
  history: (productId: string) => methodQuery('inventory.history', { productId }, { enabled: productId !== '' }),
  lots: (productId: string) => methodQuery('inventory.lots', { productId }, { enabled: productId !== '' }),
  settings: () => methodQuery('inventory.settings', {}),
  stockTakes: () => methodQuery('inventory.stockTakes', {}),
  stockTake: (id: string) => methodQuery('inventory.getStockTake', { id }, { enabled: id !== '' }),
  suppliers: () => methodQuery('suppliers.list', {}),
  bills: () => methodQuery('purchasing.listBills', {}),
  orders: () => methodQuery('purchasing.listOrders', {}),
};

const mutation =
  <M extends Parameters<typeof api.call>[0]>(method: M) =>
  () =>
    useMutation({ mutationFn: (p: ParamsIn<M>) => api.call(method, p) });

export const useUpdateProductMutation = mutation('catalog.updateProduct');
export const useImportUploadMutation = mutation('catalog.importUpload');
export const useImportPreviewMutation = mutation('catalog.importPreview');
export const useImportCommitMutation = mutation('catalog.importCommit');
export const useExportExcelMutation = mutation('catalog.exportExcel');
export const useAssignBarcodesMutation = mutation('catalog.assignBarcodes');
export const useLabelsPdfMutation = mutation('catalog.labelsPdf');
export const usePrintLabelsMutation = mutation('catalog.printLabels');
export const useAdjustStockMutation = mutation('inventory.adjust');
export const useUpdateStockSettingsMutation = mutation('inventory.updateSettings');
export const useOpenStockTakeMutation = mutation('inventory.openStockTake');
export const useRecordCountsMutation = mutation('inventory.recordCounts');
export const usePostStockTakeMutation = mutation('inventory.postStockTake');
export const useAddSupplierMutation = mutation('suppliers.add');
export const usePostPurchaseMutation = mutation('purchasing.postBill');
export const useCreateOrderMutation = mutation('purchasing.createOrder');
export const useOrderPdfMutation = mutation('purchasing.orderPdf');
export const useOrderShareMutation = mutation('purchasing.orderShare');
export const useReceiveOrderMutation = mutation('purchasing.receiveOrder');
