import { toBase64 } from '../../contract/base64';
import type { AreaHandlers } from '../handler';
import { buildReport } from './build';
import { customReportsHandlers } from './custom-handlers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One model per report: the screen reads it (reports.view), the Excel and PDF files draw the same object. */
export const reportsHandlers = {
  'reports.view': (deps, p, ctx) => buildReport(deps, p, ctx),

  'reports.export': async (deps, { format, ...p }, ctx) => {
    const model = buildReport(deps, p, ctx);
    const shop = deps.store.shop.get();
    const bytes = format === 'xlsx' ? await deps.documents.tableXlsx(model, shop) : await deps.documents.tablePdf(model, shop);
    return { fileName: `${model.fileBase}.${format}`, contentType: format === 'xlsx' ? XLSX : 'application/pdf', base64: toBase64(bytes) };
  },
  ...customReportsHandlers,
} satisfies AreaHandlers<'reports'>;
