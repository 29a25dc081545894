import type { InsightsStore } from '../../../app/core/services/insights/ports';
import type { RepoContext } from '../context';
import { createInsightsRepo } from './dashboard';
import { createDismissals } from './dismissals';
import { createHistoryLoader } from './history';

export const createInsightsStore = (ctx: RepoContext): InsightsStore => ({
  insights: { ...createInsightsRepo(ctx), ...createHistoryLoader(ctx), ...createDismissals(ctx) },
});
