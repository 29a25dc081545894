import { eq } from 'drizzle-orm';
import type { AccountingSettingsRepo } from '../../../app/core/services/accounting/ports';
import { accountingSettings } from '../../schema';
import { cachedRead, once, type RepoContext } from '../context';

export function createAccountingSettingsRepo({ orm, raw }: RepoContext): AccountingSettingsRepo {
  // Read by every bill (closed period, credit policy, slips for small bills) and every voucher: prepared once and kept.
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
  const kept = cachedRead(raw, () => {
    const s = settings().get();
    if (!s) throw new Error('books_settings has no row; migration 0003 did not run');
    return s;
  });
  return {
    get: () => ({ ...kept.get() }),
    update: (s, at) => {
      kept.forget();
      orm
        .update(accountingSettings)
        .set({ ...s, updatedAt: at })
        .where(eq(accountingSettings.id, 1))
        .run();
    },
  };
}
