import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

const read = { keepPrevious: true };

export const insightsQueries = {
  dashboard: (p: ParamsIn<'insights.dashboard'>) => methodQuery('insights.dashboard', p, read),
  status: () => methodQuery('insights.status', {}),
  customers: () => methodQuery('insights.customers', {}, read),
  baskets: () => methodQuery('insights.baskets', {}, read),
  alerts: () => methodQuery('insights.alerts', {}, read),
  prices: () => methodQuery('insights.prices', {}, read),
  notifications: () => methodQuery('insights.notifications', {}, { showError: false }),
};

export const useRunInsightsMutation = methodMutation('insights.run');
export const useDismissAlertMutation = methodMutation('insights.dismissAlert');
