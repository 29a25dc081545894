import { accounts } from '../../schema';
import type { RepoContext } from '../context';
import type { AccountsRepo } from '../../../app/core/services/accounting/ports';

export function createAccountsRepo({ orm }: RepoContext): AccountsRepo {
  return {
    ensure: (list, createdAt) => {
      if (list.length > 0)
        orm
          .insert(accounts)
          .values(list.map(({ group, ...a }) => ({ ...a, accountGroup: group, active: true, createdAt })))
          .onConflictDoNothing()
          .run();
    },
  };
}
