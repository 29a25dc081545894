import { z } from 'zod';
import { method } from '../define';
import { FileDownload, Id, IsoDate, IsoInstant, Ok } from '../schemas';
import { ReportModel } from './report-model';

/**
 * The custom report builder's closed vocabulary: the owner picks from these words and the host
 * turns each into its own fixed piece of SQL, so nothing the client sends ever becomes query text.
 */
export const CUSTOM_TIME_DIMENSIONS = ['day', 'week', 'month'] as const;
export const CUSTOM_FILTER_DIMENSIONS = ['product', 'category', 'brand', 'customer', 'cashier', 'tender', 'hsn', 'supplier'] as const;
export const CUSTOM_DIMENSIONS = [...CUSTOM_TIME_DIMENSIONS, ...CUSTOM_FILTER_DIMENSIONS] as const;
export const CUSTOM_MEASURES = ['sales', 'qty', 'bills', 'gst', 'cogs', 'margin'] as const;
export const CUSTOM_SORT_KEYS = [...CUSTOM_DIMENSIONS, ...CUSTOM_MEASURES] as const;

export type CustomDimension = (typeof CUSTOM_DIMENSIONS)[number];
export type CustomFilterDimension = (typeof CUSTOM_FILTER_DIMENSIONS)[number];
export type CustomMeasure = (typeof CUSTOM_MEASURES)[number];

export const CUSTOM_LIMIT_MAX = 5000;

export const CustomFilter = z.object({
  dimension: z.enum(CUSTOM_FILTER_DIMENSIONS),
  /** ids for product, customer, cashier and supplier; the words themselves for the rest */
  values: z.array(z.string().trim().min(1).max(120)).min(1).max(100),
});

/** What to total, by what, over which bills: the same for the screen, the files and a saved report. */
export const CustomReportSpec = z.object({
  /** the saved report's name, shown as the title */
  title: z.string().trim().min(1).max(60).optional(),
  from: IsoDate,
  to: IsoDate,
  groupBy: z.array(z.enum(CUSTOM_DIMENSIONS)).min(1).max(3),
  measures: z.array(z.enum(CUSTOM_MEASURES)).min(1).max(CUSTOM_MEASURES.length),
  filters: z.array(CustomFilter).max(CUSTOM_FILTER_DIMENSIONS.length).default([]),
  sort: z.object({ by: z.enum(CUSTOM_SORT_KEYS), dir: z.enum(['asc', 'desc']) }).optional(),
  limit: z.int().min(1).max(CUSTOM_LIMIT_MAX).default(500),
});

export const SavedCustomReport = z.object({
  id: Id,
  name: z.string(),
  spec: CustomReportSpec,
  savedAt: IsoInstant,
});

/** What the builder's pickers offer: each filter dimension's values as the owner knows them. */
export const CustomChoices = z.object({
  options: z.array(z.object({ dimension: z.enum(CUSTOM_FILTER_DIMENSIONS), values: z.array(z.object({ value: z.string(), label: z.string() })) })),
});

const example = { from: '2026-11-01', to: '2026-11-30', groupBy: ['category'], measures: ['sales', 'margin'] } satisfies z.input<typeof CustomReportSpec>;

export const reportsCustomApi = {
  'reports.custom': method({
    summary:
      'The owner’s own report: sales, quantity, bills, GST, cost of goods and margin of posted bills, grouped by up to three of day/week/month, product, category, brand, customer, cashier, tender, HSN or supplier, filtered and sorted; one report model for screen and files.',
    access: 'manager',
    params: CustomReportSpec,
    result: ReportModel,
    errors: ['INVALID_INPUT'],
    example,
    reads: ['billing', 'catalog', 'customers', 'purchasing'],
  }),
  'reports.customExport': method({
    summary: 'The owner’s own report as an Excel workbook or a PDF, drawn from the same model as the screen.',
    access: 'manager',
    params: CustomReportSpec.extend({ format: z.enum(['xlsx', 'pdf']) }),
    result: FileDownload,
    errors: ['INVALID_INPUT'],
    example: { ...example, format: 'xlsx' },
    reads: ['billing', 'catalog'],
  }),
  'reports.customChoices': method({
    summary: 'The values the custom report’s filters can take: categories, brands, products, customers, cashiers, tenders, HSN codes and suppliers.',
    access: 'manager',
    params: z.object({}),
    result: CustomChoices,
    errors: [],
    example: {},
    reads: ['catalog', 'customers', 'users', 'suppliers'],
  }),
  'reports.customSaved': method({
    summary: 'The owner’s saved custom reports, by name.',
    access: 'manager',
    params: z.object({}),
    result: z.object({ reports: z.array(SavedCustomReport) }),
    errors: [],
    example: {},
    reads: ['insights'],
  }),
  'reports.customSave': method({
    summary: 'Saves a custom report under a name (the same name replaces it), to open again later.',
    access: 'manager',
    params: z.object({ name: z.string().trim().min(1).max(60), spec: CustomReportSpec }),
    result: z.object({ id: Id }),
    errors: ['INVALID_INPUT'],
    example: { name: 'Margin by category', spec: example },
    changes: ['insights'],
  }),
  'reports.customDelete': method({
    summary: 'Forgets a saved custom report.',
    access: 'manager',
    params: z.object({ id: Id }),
    result: Ok,
    errors: ['NOT_FOUND'],
    example: { id: '0193a5a0-0000-7000-8000-000000000001' },
    changes: ['insights'],
  }),
};
