import type { GstRepo } from '../../../app/core/services/gst/ports';
import type { RepoContext } from '../context';
import { createGstRegistersRepo } from './registers';
import { createHsnMasterRepo } from './hsn-master';
import { createRatesRepo } from './rates';
import { createReturnsRepo } from './returns';

/** GST rates, the documents and daily summaries returns are built from, and consolidated invoices. */
export function createGstRepo(ctx: RepoContext): GstRepo {
  return { ...createRatesRepo(ctx), ...createReturnsRepo(ctx), ...createGstRegistersRepo(ctx), ...createHsnMasterRepo(ctx) };
}
