import { methodMutation, methodQuery } from './method';

export const inventoryQueries = {
  lowStock: () => methodQuery('inventory.lowStock', {}),
  expiring: () => methodQuery('inventory.expiring', {}),
  valuation: () => methodQuery('inventory.valuation', {}),
  history: (productId: string) => methodQuery('inventory.history', { productId }, { enabled: productId !== '' }),
  settings: () => methodQuery('inventory.settings', {}),
  stockTakes: () => methodQuery('inventory.stockTakes', {}),
  stockTake: (id: string) => methodQuery('inventory.getStockTake', { id }, { enabled: id !== '' }),
};

export const useAdjustStockMutation = methodMutation('inventory.adjust');
export const useUpdateStockSettingsMutation = methodMutation('inventory.updateSettings');
export const useOpenStockTakeMutation = methodMutation('inventory.openStockTake');
export const useRecordCountsMutation = methodMutation('inventory.recordCounts');
export const usePostStockTakeMutation = methodMutation('inventory.postStockTake');
