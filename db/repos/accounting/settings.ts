import { eq } from 'drizzle-orm';
import type { AccountingSettingsRepo } from '../../../app/core/services/accounting/ports';
import { accountingSettings } from '../../schema';
import { once, type RepoContext } from '../context';

export function createAccountingSettingsRepo({ orm }: RepoContext): AccountingSettingsRepo {
  // Read by every khata bill (credit policy) and every voucher (closed period): prepared once.
  const settings = once(() =>
    orm
      .select({
        creditPolicy: accountingSettings.creditPolicy,
        closedUpto: accountingSettings.closedUpto,
        consolidateSmallB2c: accountingSettings.consolidateSmallB2c,
        aatoPaise: accountingSettings.aatoPaise,
      })
      .from(accountingSettings)
      .where(eq(accountingSettings.id, 1))
      .prepare(),
  );
  return {
    get() {
      const s = settings().get();
      if (!s) throw new Error('books_settings has no row; migration 0003 did not run');
      return s;
    },
    update: (s, at) =>
      void orm
        .update(accountingSettings)
        .set({ ...s, updatedAt: at })
        .where(eq(accountingSettings.id, 1))
        .run(),
  };
}
