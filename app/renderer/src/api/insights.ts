import type { ParamsIn } from '../../../core/contract';
import { methodQuery } from './method';

const read = { keepPrevious: true };

export const insightsQueries = {
  dashboard: (p: ParamsIn<'insights.dashboard'>) => methodQuery('insights.dashboard', p, read),
};
