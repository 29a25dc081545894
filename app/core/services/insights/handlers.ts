import { today } from '../accounting/common';
import type { AreaHandlers } from '../handler';
import { dashboard } from './dashboard';

export const insightsHandlers = {
  'insights.dashboard': (deps, p) => dashboard(deps, p.period, p.date ?? today(deps)),
} satisfies AreaHandlers<'insights'>;
