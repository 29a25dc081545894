import type { GstStore } from '../../../app/core/services/gst/ports';
import type { RepoContext } from '../context';
import { createGstRepo } from './gst';

export const createGstStore = (ctx: RepoContext): GstStore => ({ gst: createGstRepo(ctx) });
