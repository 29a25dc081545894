import { toBase64 } from '../../contract/base64';
import type { AreaHandlers } from '../handler';
import { customChoices, customReport, deleteCustomReport, saveCustomReport, savedCustomReports } from './custom';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type CustomMethods =
  'reports.custom' | 'reports.customExport' | 'reports.customChoices' | 'reports.customSaved' | 'reports.customSave' | 'reports.customDelete';

/** The custom report builder's methods: the report, its files, its pickers and the saved reports. */
export const customReportsHandlers = {
  'reports.custom': (deps, p, ctx) => customReport(deps, p, ctx.lang),
  'reports.customExport': async (deps, { format, ...spec }, ctx) => {
    const model = await customReport(deps, spec, ctx.lang);
    const shop = deps.store.shop.get();
    const bytes = format === 'xlsx' ? await deps.documents.tableXlsx(model, shop) : await deps.documents.tablePdf(model, shop);
    return { fileName: `${model.fileBase}.${format}`, contentType: format === 'xlsx' ? XLSX : 'application/pdf', base64: toBase64(bytes) };
  },
  'reports.customChoices': (deps, _p, ctx) => customChoices(deps, ctx.lang),
  'reports.customSaved': (deps) => savedCustomReports(deps),
  'reports.customSave': (deps, p, ctx) => saveCustomReport(deps, p, ctx),
  'reports.customDelete': (deps, p) => deleteCustomReport(deps, p.id),
} satisfies Pick<AreaHandlers<'reports'>, CustomMethods>;
