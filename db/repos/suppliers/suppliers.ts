import { desc, eq, like, or, sql } from 'drizzle-orm';
import type { SuppliersRepo } from '../../../app/core/services/suppliers/ports';
import { suppliers } from '../../schema';
import type { RepoContext } from '../context';

const view = {
  id: suppliers.id,
  name: suppliers.name,
  gstin: suppliers.gstin,
  stateCode: suppliers.stateCode,
  paymentTermsDays: suppliers.paymentTermsDays,
  phone: suppliers.phone,
  address: suppliers.address,
  active: suppliers.active,
};

export function createSuppliersRepo({ orm }: RepoContext): SuppliersRepo {
  return {
    list: (q) => {
      const pattern = `%${q.trim()}%`;
      return orm
        .select(view)
        .from(suppliers)
        .where(or(like(suppliers.name, pattern), like(suppliers.phone, pattern)))
        .orderBy(desc(suppliers.active), sql`${suppliers.name} COLLATE NOCASE`)
        .all();
    },
    get: (id) => orm.select(view).from(suppliers).where(eq(suppliers.id, id)).get(),
    byGstin: (gstin) => orm.select(view).from(suppliers).where(eq(suppliers.gstin, gstin)).get(),
    insert: (s) => void orm.insert(suppliers).values(s).run(),
    update: (id, patch) => {
      if (Object.values(patch).some((v) => v !== undefined)) orm.update(suppliers).set(patch).where(eq(suppliers.id, id)).run();
    },
  };
}
