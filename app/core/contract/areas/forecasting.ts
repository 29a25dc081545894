import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, IsoInstant, Ok, Paise, QtyMilli } from '../schemas';

const Accuracy = z.object({
  wape: z.number().nullable().describe('Σ|error| / Σ units sold (0.3 = 30% off), null when nothing sold'),
  naiveWape: z.number().nullable().describe('the same for "same as last week"'),
  units: z.number(),
});

export const ForecastRunView = z.object({
  id: Id,
  trigger: z.enum(['manual', 'nightly']),
  status: z.enum(['running', 'done', 'failed']),
  startedAt: IsoInstant,
  finishedAt: IsoInstant.nullable(),
  origin: IsoDate.describe('the first day forecast'),
  horizon: z.int(),
  products: z.int(),
  seconds: z.number().nullable(),
  failed: z.boolean().describe('the run stopped before it finished (the host log says why)'),
});

export const RunSummaryView = z.object({
  accuracy: Accuracy.extend({ fromDate: IsoDate, toDate: IsoDate, byCategory: z.record(z.string(), Accuracy) }),
  festivals: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      date: IsoDate,
      inDays: z.int(),
      lastDate: IsoDate.nullable(),
      categories: z.array(z.object({ category: z.string(), lift: z.number(), weekUnits: z.number() })),
    }),
  ),
  methods: z.record(z.string(), z.int()),
  stockOutDays: z.int(),
});

const ReorderLine = z.object({
  productId: Id,
  name: z.string(),
  unit: z.string(),
  onHandMilli: QtyMilli,
  onOrderMilli: QtyMilli,
  demandMilli: QtyMilli.describe('expected sales over lead time + review period'),
  safetyMilli: QtyMilli,
  packMilli: QtyMilli,
  orderMilli: QtyMilli,
  unitCostPaise: Paise,
  reasons: z.array(z.string()),
  runOutDate: IsoDate.nullable(),
  runOutBeforeDelivery: z.boolean(),
  runOutChance: z.number(),
});

export const DraftView = z.object({
  id: Id,
  supplierId: Id,
  supplierName: z.string(),
  status: z.enum(['draft', 'ordered', 'dropped']),
  poId: Id.nullable(),
  createdAt: IsoInstant,
  lines: z.array(
    z.object({
      productId: Id,
      name: z.string(),
      unit: z.string(),
      qtyMilli: QtyMilli,
      suggestedMilli: QtyMilli,
      unitCostPaise: Paise,
      reasons: z.array(z.string()),
    }),
  ),
  valuePaise: Paise,
});

export const forecastingApi = {
  'forecasting.run': method({
    summary: 'Start a forecasting run now on a worker thread (the counter is not held); progress arrives as forecast.progress events.',
    access: 'manager',
    params: z.object({}),
    result: z.object({ runId: Id, started: z.boolean().describe('false: a run was already going; its id is answered') }),
    errors: ['INVALID_INPUT'],
    example: {},
    changes: ['forecasting'],
  }),
  'forecasting.status': method({
    summary: 'The run in progress (stage and share done), the last finished run with its accuracy and the festivals coming, and recent runs.',
    access: 'manager',
    params: z.object({}),
    result: z.object({
      running: z.object({ runId: Id, stage: z.string(), fraction: z.number() }).nullable(),
      latest: ForecastRunView.extend({ summary: RunSummaryView }).nullable(),
      recent: z.array(ForecastRunView),
    }),
    errors: [],
    example: {},
    reads: ['forecasting'],
  }),
  'forecasting.products': method({
    summary: 'Products of the last run with the method chosen, next 7 and 28 days expected, and the backtest error against "same as last week".',
    access: 'manager',
    params: z.object({ q: z.string().trim().max(60).default(''), category: z.string().max(60).default(''), limit: z.int().min(1).max(500).default(100) }),
    result: z.object({
      categories: z.array(z.string()),
      products: z.array(
        z.object({
          productId: Id,
          name: z.string(),
          category: z.string(),
          unit: z.string(),
          method: z.string(),
          demandClass: z.string(),
          enoughHistory: z.boolean(),
          next7: z.number(),
          next28: z.number(),
          wape: z.number().nullable(),
          naiveWape: z.number().nullable(),
        }),
      ),
    }),
    errors: [],
    example: { q: 'atta' },
    reads: ['forecasting', 'catalog'],
  }),
  'forecasting.chart': method({
    summary:
      'Forecast against what sold, day by day, for one product or a whole category: the last 8 weeks sold, the next 4 forecast with the 10–90% interval.',
    access: 'manager',
    params: z.object({ productId: Id.optional(), category: z.string().max(60).optional() }),
    result: z.object({
      title: z.string(),
      unit: z.string(),
      days: z.array(
        z.object({ date: IsoDate, actual: z.number().nullable(), point: z.number().nullable(), lower: z.number().nullable(), upper: z.number().nullable() }),
      ),
    }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { productId: 'prod-demo-001' },
    reads: ['forecasting', 'billing'],
  }),
  'forecasting.reorder': method({
    summary:
      'Reorder suggestions from the last forecasts, grouped by supplier: demand over lead time + review period, safety stock for the service level, less on hand and on order, in whole packs, capped by shelf life; and run-out alerts.',
    access: 'manager',
    params: z.object({ serviceLevel: z.number().min(0.5).max(0.995).default(0.95) }),
    result: z.object({
      groups: z.array(
        z.object({ supplierId: Id.nullable(), supplierName: z.string(), leadTimeDays: z.int(), reviewDays: z.int(), lines: z.array(ReorderLine) }),
      ),
      alerts: z.array(z.object({ productId: Id, name: z.string(), runOutDate: IsoDate, deliveryDate: IsoDate, chance: z.number() })),
    }),
    errors: [],
    example: {},
    reads: ['forecasting', 'inventory', 'purchasing', 'suppliers'],
  }),
  'forecasting.setSupplierTerms': method({
    summary: 'A supplier’s lead time (days from order to delivery) and review period (days between orders), for reorder suggestions.',
    access: 'manager',
    params: z.object({ supplierId: Id, leadTimeDays: z.int().min(0).max(90), reviewDays: z.int().min(1).max(90) }),
    result: Ok,
    errors: ['NOT_FOUND'],
    example: { supplierId: 'supp-demo-001', leadTimeDays: 2, reviewDays: 7 },
    changes: ['forecasting'],
  }),
  'forecasting.makeDrafts': method({
    summary: 'Turn the reorder suggestions of these suppliers into draft purchase orders to edit and place.',
    access: 'manager',
    params: z.object({ supplierIds: z.array(Id).min(1).max(100), serviceLevel: z.number().min(0.5).max(0.995).default(0.95) }),
    result: z.array(DraftView),
    errors: ['INVALID_INPUT'],
    example: { supplierIds: ['supp-demo-001'] },
    changes: ['forecasting'],
  }),
  'forecasting.drafts': method({
    summary: 'Draft purchase orders made from forecasts, newest first.',
    access: 'manager',
    params: z.object({ status: z.enum(['draft', 'ordered', 'dropped']).optional() }),
    result: z.array(DraftView),
    errors: [],
    example: { status: 'draft' },
    reads: ['forecasting'],
  }),
  'forecasting.setDraftLine': method({
    summary: 'Change the quantity of one line of a draft (0 leaves it out of the order).',
    access: 'manager',
    params: z.object({ draftId: Id, productId: Id, qtyMilli: z.int().min(0).max(1_000_000_000) }),
    result: DraftView,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { draftId: 'fcd-0001', productId: 'prod-demo-001', qtyMilli: 12000 },
    changes: ['forecasting'],
  }),
  'forecasting.placeDraft': method({
    summary: 'Place a draft as a purchase order to its supplier (then share it on WhatsApp or as PDF from purchasing).',
    access: 'manager',
    params: z.object({ draftId: Id, notes: z.string().trim().max(300).default('') }),
    result: z.object({ poId: Id, number: z.string() }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { draftId: 'fcd-0001' },
    changes: ['forecasting', 'purchasing'],
  }),
  'forecasting.dropDraft': method({
    summary: 'Drop a draft that will not be ordered.',
    access: 'manager',
    params: z.object({ draftId: Id }),
    result: Ok,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { draftId: 'fcd-0001' },
    changes: ['forecasting'],
  }),
};
