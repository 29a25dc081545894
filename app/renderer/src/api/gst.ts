import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

const read = { keepPrevious: true };

export const gstQueries = {
  gstr1: (p: ParamsIn<'gst.gstr1'>) => methodQuery('gst.gstr1', p, read),
  gstr3b: (p: ParamsIn<'gst.gstr3b'>) => methodQuery('gst.gstr3b', p, read),
  rates: (p: ParamsIn<'gst.rates'>) => methodQuery('gst.rates', p, read),
  hsnRule: () => methodQuery('gst.hsnRule', {}, read),
  consolidated: (p: ParamsIn<'gst.consolidated'>) => methodQuery('gst.consolidated', p, read),
  cmp08: (p: ParamsIn<'gst.cmp08'>) => methodQuery('gst.cmp08', p, read),
  hsnMaster: () => methodQuery('gst.hsnMaster', {}),
  searchHsn: (q: string) => methodQuery('gst.searchHsn', { q }, { enabled: q.trim().length > 0, keepPrevious: true }),
};

export const usePreviewRateChangeMutation = methodMutation('gst.previewRateChange');
export const useChangeRatesMutation = methodMutation('gst.changeRates');
export const useConsolidateDayMutation = methodMutation('gst.consolidateDay');
export const usePreviewHsnMasterMutation = methodMutation('gst.previewHsnMaster');
export const useLoadHsnMasterMutation = methodMutation('gst.loadHsnMaster');
