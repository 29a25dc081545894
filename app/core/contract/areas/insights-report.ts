import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, IsoInstant, Ok, Paise } from '../schemas';

/** The insights job's report, as the screens read it: every sentence already in the caller's language. */
export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potential_loyal',
  'new',
  'promising',
  'needs_attention',
  'cant_lose',
  'at_risk',
  'about_to_sleep',
  'hibernating',
  'lost',
] as const;

const Person = z.object({ customerId: Id, name: z.string(), phone: z.string() });

export const InsightsStatus = z.object({
  running: z.object({ startedAt: IsoInstant }).nullable(),
  last: z
    .object({
      trigger: z.enum(['manual', 'nightly']),
      startedAt: IsoInstant,
      finishedAt: IsoInstant,
      seconds: z.number(),
      asOf: IsoDate,
      bills: z.int(),
      customers: z.int(),
    })
    .nullable(),
  /** the last attempt failed (the log says why); the last good report, if any, is still shown */
  failedAt: IsoInstant.nullable(),
  /** false where no run can start (an in-memory shop, the heavy-work thread) */
  canRun: z.boolean(),
});

export const CustomerInsights = z.object({
  asOf: IsoDate.nullable(),
  segments: z.array(z.object({ segment: z.enum(RFM_SEGMENTS), customers: z.int() })),
  /** the most valuable customers with their RFM scores (1–5, 5 best) */
  top: z.array(Person.extend({ segment: z.enum(RFM_SEGMENTS), r: z.int(), f: z.int(), m: z.int(), recencyDays: z.int(), visits: z.int(), spentPaise: Paise })),
  remind: z.array(Person.extend({ valuePaise: Paise, text: z.string() })),
  thank: z.array(Person.extend({ valuePaise: Paise, text: z.string() })),
  churn: z.object({
    method: z.enum(['logistic', 'recency']),
    horizonDays: z.int(),
    trainedOn: z.int(),
    /** measured on the shop's own last horizon, never seen in training; null with too few customers */
    measure: z
      .object({
        from: IsoDate,
        customers: z.int(),
        cameBackBp: z.int(),
        aucBp: z.int(),
        liftPct: z.int(),
        baselineAucBp: z.int(),
        baselineLiftPct: z.int(),
      })
      .nullable(),
    rows: z.array(Person.extend({ riskBp: z.int(), daysSinceLast: z.int() })),
  }),
});

export const BasketInsights = z.object({
  asOf: IsoDate.nullable(),
  rules: z.array(
    z.object({
      items: z.array(z.string()),
      then: z.string(),
      bills: z.int(),
      supportBp: z.int(),
      confidenceBp: z.int(),
      /** the baseline: share of all baskets holding `then` anyway */
      baselineBp: z.int(),
      liftPct: z.int(),
    }),
  ),
});

export const ALERT_TYPES = [
  'cashier.void',
  'cashier.cancel',
  'cashier.discount',
  'cashier.return',
  'cashier.price_override',
  'cash.over_short',
  'cash.short_pattern',
  'shrinkage',
  'sales_drop',
  'odd_hours',
] as const;

export const AlertView = z.object({
  id: z.string(),
  type: z.enum(ALERT_TYPES),
  day: IsoDate,
  subject: z.string(),
  severity: z.enum(['watch', 'act']),
  text: z.string(),
  dismissal: z.object({ note: z.string(), by: z.string(), at: IsoInstant }).nullable(),
});

export const PriceSuggestionView = z.object({
  productId: Id,
  name: z.string(),
  rule: z.enum(['mrp_ceiling', 'margin_floor', 'margin_blocked', 'round', 'markdown_expiry', 'markdown_slow', 'competitor_lower', 'competitor_higher']),
  /** the price when the job ran (the baseline) */
  wasPaise: Paise,
  /** the product's price now */
  nowPaise: Paise,
  suggestedPaise: Paise.nullable(),
  text: z.string(),
});

const reads = ['insights', 'customers', 'catalog'] as const;

export const insightsReportApi = {
  'insights.status': method({
    summary: 'Whether the insights job is running, and when its last report was made.',
    access: 'manager',
    params: z.object({}),
    result: InsightsStatus,
    errors: [],
    example: {},
    reads: ['insights'],
  }),
  'insights.run': method({
    summary: 'Starts the insights job on its worker thread (two years of the books); answers at once.',
    access: 'manager',
    params: z.object({}),
    result: z.object({ started: z.boolean() }),
    errors: ['INVALID_INPUT'],
    example: {},
    changes: ['insights'],
  }),
  'insights.customers': method({
    summary: 'RFM segments, who to remind, who to thank, and churn risk with its measured AUC and lift against recency alone.',
    access: 'manager',
    params: z.object({}),
    result: CustomerInsights,
    errors: [],
    example: {},
    reads: [...reads],
  }),
  'insights.baskets': method({
    summary: 'Often bought together: rules from a year of bills, with support, confidence, lift and the baseline share.',
    access: 'manager',
    params: z.object({}),
    result: BasketInsights,
    errors: [],
    example: {},
    reads: ['insights', 'catalog'],
  }),
  'insights.alerts': method({
    summary: 'Anomaly alerts of the last week, each explaining itself against its own usual, with any dismissal note.',
    access: 'manager',
    params: z.object({}),
    result: z.object({ asOf: IsoDate.nullable(), alerts: z.array(AlertView) }),
    errors: [],
    example: {},
    reads: ['insights'],
  }),
  'insights.dismissAlert': method({
    summary: 'Dismisses an alert with a note saying why; written to the audit log.',
    access: 'manager',
    params: z.object({ alertId: z.string().min(1).max(200), note: z.string().trim().min(3).max(500) }),
    result: Ok,
    errors: ['NOT_FOUND'],
    example: { alertId: 'cashier.discount:user-1:2026-04-02', note: 'Festival offer, I approved it' },
    changes: ['insights'],
  }),
  'insights.prices': method({
    summary:
      'Price suggestions (MRP ceiling, margin floor, round prices, near-expiry and slow-stock markdowns); the owner applies one with catalog.updateProduct.',
    access: 'manager',
    params: z.object({}),
    result: z.object({ asOf: IsoDate.nullable(), suggestions: z.array(PriceSuggestionView) }),
    errors: [],
    example: {},
    reads: ['insights', 'catalog'],
  }),
};
