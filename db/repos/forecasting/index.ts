import type { ForecastingStore } from '../../../app/core/services/forecasting/ports';
import type { RepoContext } from '../context';
import { createDraftsRepo } from './drafts';
import { createHistoryRead } from './history';
import { createRunsRepo } from './runs';

export const createForecastingStore = (ctx: RepoContext): ForecastingStore => ({
  forecasting: { history: createHistoryRead(ctx), ...createRunsRepo(ctx), ...createDraftsRepo(ctx) },
});
