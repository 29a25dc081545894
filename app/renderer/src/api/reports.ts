import { methodMutation } from './method';

/** Excel or PDF of a report, built by the host in the reader's words. */
export const useExportReportMutation = methodMutation('reports.export');
