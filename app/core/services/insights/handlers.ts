import { today } from '../accounting/common';
import type { AreaHandlers } from '../handler';
import { dashboard } from './dashboard';
import { notifications } from './notifications';
import { alertViews, basketInsights, customerInsights, dismissAlert, insightsStatus, priceViews, startInsights } from './report-views';

export const insightsHandlers = {
  'insights.dashboard': (deps, p) => dashboard(deps, p.period, p.date ?? today(deps)),
  'insights.status': (deps) => insightsStatus(deps),
  'insights.run': (deps) => startInsights(deps),
  'insights.customers': (deps, _p, ctx) => customerInsights(deps, ctx.lang),
  'insights.baskets': (deps, _p, ctx) => basketInsights(deps, ctx.lang),
  'insights.alerts': (deps, _p, ctx) => alertViews(deps, ctx.lang),
  'insights.dismissAlert': (deps, p, ctx) => dismissAlert(deps, p, ctx),
  'insights.prices': (deps, _p, ctx) => priceViews(deps, ctx.lang),
  'insights.notifications': (deps, _p, ctx) => notifications(deps, ctx.lang),
} satisfies AreaHandlers<'insights'>;
