import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Lang, ParamsIn } from '../../../core/contract';
import { methodMutation } from './method';
import { api } from './session';

/**
 * A report as the host describes it (reports.view), in the reader's language: the language is part
 * of the key, so switching it fetches the words again; the previous answer stays while a period changes.
 */
export const reportQueries = {
  view: (p: ParamsIn<'reports.view'>, lang: Lang) =>
    queryOptions({
      queryKey: ['reports.view', p, lang] as const,
      queryFn: () => api.call('reports.view', p),
      placeholderData: keepPreviousData,
    }),
};

/** Excel or PDF of a report, built by the host in the reader's words. */
export const useExportReportMutation = methodMutation('reports.export');
