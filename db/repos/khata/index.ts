import type { KhataStore } from '../../../app/core/services/khata/ports';
import type { RepoContext } from '../context';
import { createPartiesRepo } from './parties';

export const createKhataStore = (ctx: RepoContext): KhataStore => ({ parties: createPartiesRepo(ctx) });
