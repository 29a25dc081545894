import { asc, eq, sql } from 'drizzle-orm';
import type { AccountsRepo } from '../../../app/core/services/accounting/ports';
import { accounts, ledgerTotals } from '../../schema';
import type { RepoContext } from '../context';

/** The chart of accounts, each with its balance from its running totals (one row an account, whatever the books' age). */
export function createAccountsRepo({ orm }: RepoContext): AccountsRepo {
  const balance = sql<number>`coalesce((SELECT ${ledgerTotals.debitPaise} - ${ledgerTotals.creditPaise} FROM ${ledgerTotals} WHERE ${ledgerTotals.accountCode} = ${accounts.code}), 0)`;
  const account = {
    code: accounts.code,
    name: accounts.name,
    type: accounts.type,
    group: accounts.accountGroup,
    system: accounts.system,
    active: accounts.active,
  };
  return {
    list: (includeInactive) =>
      orm
        .select({ ...account, balancePaise: balance })
        .from(accounts)
        .where(includeInactive ? undefined : eq(accounts.active, true))
        .orderBy(asc(accounts.type), asc(accounts.accountGroup), asc(accounts.code))
        .all(),
    get: (code) => orm.select(account).from(accounts).where(eq(accounts.code, code)).get(),
    insert: (a) =>
      void orm
        .insert(accounts)
        .values({ code: a.code, name: a.name, type: a.type, accountGroup: a.group, system: false, active: true, createdAt: a.createdAt })
        .run(),
    update(code, patch) {
      const { group, ...rest } = patch;
      orm
        .update(accounts)
        .set({ ...rest, ...(group ? { accountGroup: group } : {}) })
        .where(eq(accounts.code, code))
        .run();
    },
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
