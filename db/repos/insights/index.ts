import type { InsightsStore } from '../../../app/core/services/insights/ports';
import type { RepoContext } from '../context';
import { createInsightsRepo } from './dashboard';

export const createInsightsStore = (ctx: RepoContext): InsightsStore => ({ insights: createInsightsRepo(ctx) });
