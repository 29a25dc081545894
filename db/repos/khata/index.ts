import type { KhataStore } from '../../../app/core/services/khata/ports';
import type { RepoContext } from '../context';
import { createPartiesRepo } from './parties';
import { createPayLinksRepo } from './pay-links';

export const createKhataStore = (ctx: RepoContext): KhataStore => ({ parties: createPartiesRepo(ctx), payLinks: createPayLinksRepo(ctx) });
