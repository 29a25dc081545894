import { z } from 'zod';
import { method } from '../define';
import { DateRange, Id, IsoDate, NonNegPaise, Paise, QtyMilli } from '../schemas';
import { insightsNotifyApi } from './insights-notify';
import { insightsReportApi } from './insights-report';

export const DASHBOARD_PERIODS = ['day', 'week', 'month', 'year', 'fy'] as const;

/** one figure for the period, the previous period of the same length, and the same days last year */
const Compared = z.object({ current: z.int(), previous: z.int(), lastYear: z.int() });

export const DashboardProduct = z.object({
  productId: Id,
  name: z.string(),
  nameHi: z.string().nullable(),
  salesPaise: Paise,
  marginPaise: Paise,
  qtyMilli: QtyMilli,
  lines: z.int(),
});

export const FallingProduct = z.object({
  productId: Id,
  name: z.string(),
  nameHi: z.string().nullable(),
  nowPaise: Paise,
  beforePaise: Paise,
  /** change against the four weeks before, in basis points (negative: fell) */
  changeBp: z.int(),
});

export const Dashboard = z.object({
  period: z.enum(DASHBOARD_PERIODS),
  current: DateRange,
  previous: DateRange,
  lastYear: DateRange,
  figures: z.object({
    /** bills' taxable value less returns': the books' sales net of returns, before GST */
    salesPaise: Compared,
    /** sales less their cost of goods, returns taken back */
    marginPaise: Compared,
    bills: Compared,
    /** what a customer paid per bill, GST included */
    averageBillPaise: Compared,
    /** lines per bill, in thousandths */
    itemsPerBillMilli: Compared,
  }),
  returns: z.object({ count: z.int(), totalPaise: Paise }),
  payments: z.object({ cashPaise: Paise, upiPaise: Paise, cardPaise: Paise, creditPaise: Paise }),
  /** the cash account's balance at the end of the period */
  cashInDrawerPaise: Paise,
  duesGivenPaise: NonNegPaise,
  duesCollectedPaise: NonNegPaise,
  /** sales per day (per hour for a day) in the period, beside the previous period's at the same step */
  trend: z.array(z.object({ label: z.string(), from: IsoDate, to: IsoDate, currentPaise: Paise, previousPaise: Paise })),
  /** average bills per weekday (Monday first) × hour (0–23) over the eight weeks to the period's end, in hundredths */
  busyHours: z.object({ from: IsoDate, to: IsoDate, cells: z.array(z.array(z.int())) }),
  topProducts: z.array(DashboardProduct),
  /** products selling less in the last four weeks than the four before */
  fallingProducts: z.array(FallingProduct),
});

export const insightsApi = {
  'insights.dashboard': method({
    summary:
      'The owner’s dashboard: sales, margin, bills, average bill and items per bill against the previous period and last year; payment mix, cash, dues, busy hours, top and falling products.',
    access: 'manager',
    params: z.object({ period: z.enum(DASHBOARD_PERIODS).default('day'), date: IsoDate.optional().describe('the period’s last day; defaults to today') }),
    result: Dashboard,
    errors: ['INVALID_INPUT'],
    example: { period: 'month' },
    reads: ['billing', 'accounting'],
  }),
  ...insightsReportApi,
  ...insightsNotifyApi,
};
