import { eq } from 'drizzle-orm';
import type { AccountType } from '../../../app/core/accounting/chart';
import type { AccountGroup } from '../../../app/core/contract/vocabulary';
import type { BooksRepo } from '../../../app/core/services/accounting/ports';
import { accounts, booksSettings } from '../../schema';
import { once, type RepoContext } from '../context';

export function createBooksRepo({ orm, raw }: RepoContext): BooksRepo {
  // Read by every khata bill (credit policy) and every voucher (closed period): prepared once.
  const settings = once(() => orm.select().from(booksSettings).where(eq(booksSettings.id, 1)).prepare());
  return {
    settings() {
      const s = settings().get();
      if (!s) throw new Error('books_settings has no row; migration 0003 did not run');
      return { creditPolicy: s.creditPolicy, closedUpto: s.closedUpto, consolidateSmallB2c: s.consolidateSmallB2c, aatoPaise: s.aatoPaise };
    },
    updateSettings: (s, at) =>
      void orm
        .update(booksSettings)
        .set({ ...s, updatedAt: at })
        .where(eq(booksSettings.id, 1))
        .run(),
    accounts(includeInactive) {
      const rows = raw
        .prepare(
          `SELECT a.code, a.name, a.type, a.account_group AS "group", a.system, a.active,
                  coalesce((SELECT sum(d.debit_paise) - sum(d.credit_paise) FROM ledger_daily d WHERE d.account_code = a.code), 0) AS balancePaise
           FROM accounts a WHERE a.active = 1 OR ? ORDER BY a.type, a.account_group, a.code`,
        )
        .all(includeInactive ? 1 : 0) as Array<{
        code: string;
        name: string;
        type: AccountType;
        group: AccountGroup;
        system: number;
        active: number;
        balancePaise: number;
      }>;
      return rows.map((r) => ({ ...r, system: r.system === 1, active: r.active === 1 }));
    },
    account(code) {
      const a = orm.select().from(accounts).where(eq(accounts.code, code)).get();
      return a ? { code: a.code, name: a.name, type: a.type, group: a.accountGroup as AccountGroup, system: a.system, active: a.active } : undefined;
    },
    insertAccount: (a) =>
      void orm
        .insert(accounts)
        .values({ code: a.code, name: a.name, type: a.type, accountGroup: a.group, system: false, active: true, createdAt: a.createdAt })
        .run(),
    updateAccount(code, patch) {
      const { group, ...rest } = patch;
      orm
        .update(accounts)
        .set({ ...rest, ...(group ? { accountGroup: group } : {}) })
        .where(eq(accounts.code, code))
        .run();
    },
  };
}
