import { methodMutation, methodQuery } from './method';

export const forecastingQueries = {
  status: () => methodQuery('forecasting.status', {}),
  products: (q: string, category: string) => methodQuery('forecasting.products', { q, category }, { keepPrevious: true }),
  chart: (target: { productId?: string; category?: string }) =>
    methodQuery('forecasting.chart', target, { enabled: Boolean(target.productId ?? target.category), showError: false }),
  reorder: () => methodQuery('forecasting.reorder', {}),
  drafts: () => methodQuery('forecasting.drafts', { status: 'draft' }),
};

export const useRunForecastMutation = methodMutation('forecasting.run');
export const useSetSupplierTermsMutation = methodMutation('forecasting.setSupplierTerms');
export const useMakeDraftsMutation = methodMutation('forecasting.makeDrafts');
export const useSetDraftLineMutation = methodMutation('forecasting.setDraftLine');
export const usePlaceDraftMutation = methodMutation('forecasting.placeDraft');
export const useDropDraftMutation = methodMutation('forecasting.dropDraft');
