import type { AuthStore } from '../../../app/core/services/auth/ports';
import type { RepoContext } from '../context';
import { createDevicesRepo, createSessionsRepo } from './sessions';

export const createAuthStore = (ctx: RepoContext): AuthStore => ({ sessions: createSessionsRepo(ctx), devices: createDevicesRepo(ctx) });
