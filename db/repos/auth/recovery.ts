import { eq, isNull } from 'drizzle-orm';
import { recoveryCodes } from '../../schema';
import type { RepoContext } from '../context';
import type { RecoveryRepo } from '../../../app/core/services/auth/ports';

export function createRecoveryRepo({ orm }: RepoContext): RecoveryRepo {
  return {
    current: () =>
      orm
        .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash, createdAt: recoveryCodes.createdAt })
        .from(recoveryCodes)
        .where(isNull(recoveryCodes.usedAt))
        .get(),
    replace: (c) => {
      orm.update(recoveryCodes).set({ usedAt: c.createdAt }).where(isNull(recoveryCodes.usedAt)).run();
      orm.insert(recoveryCodes).values(c).run();
    },
    markUsed: (id, at) => void orm.update(recoveryCodes).set({ usedAt: at }).where(eq(recoveryCodes.id, id)).run(),
  };
}
