import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Lang, ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';
import { api } from './session';

/** The custom report builder: the report in the reader's words (language in the key), its pickers and the saved reports. */
export const customReportQueries = {
  view: (p: ParamsIn<'reports.custom'>, lang: Lang) =>
    queryOptions({
      queryKey: ['reports.custom', p, lang] as const,
      queryFn: () => api.call('reports.custom', p),
      placeholderData: keepPreviousData,
    }),
  choices: () => methodQuery('reports.customChoices', {}, { staleTime: 60_000 }),
  saved: () => methodQuery('reports.customSaved', {}),
};

export const useExportCustomReportMutation = methodMutation('reports.customExport');
export const useSaveCustomReportMutation = methodMutation('reports.customSave');
export const useDeleteCustomReportMutation = methodMutation('reports.customDelete');
