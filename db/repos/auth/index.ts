import type { AuthStore } from '../../../app/core/services/auth/ports';
import type { RepoContext } from '../context';
import { createDevicesRepo } from './devices';
import { createRecoveryRepo } from './recovery';
import { createSessionsRepo } from './sessions';

export const createAuthStore = (ctx: RepoContext): AuthStore => ({
  sessions: createSessionsRepo(ctx),
  devices: createDevicesRepo(ctx),
  recovery: createRecoveryRepo(ctx),
});
