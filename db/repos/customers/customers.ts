import { eq, like, or, sql } from 'drizzle-orm';
import { customers } from '../../schema';
import type { RepoContext } from '../context';
import type { CustomersRepo } from '../../../app/core/services/customers/ports';

const view = {
  id: customers.id,
  name: customers.name,
  phone: customers.phone,
  gstin: customers.gstin,
  stateCode: customers.stateCode,
  address: customers.address,
  creditLimitPaise: customers.creditLimitPaise,
};

export function createCustomersRepo({ orm }: RepoContext): CustomersRepo {
  return {
    get: (id) => orm.select(view).from(customers).where(eq(customers.id, id)).get(),
    byPhone: (phone) => orm.select(view).from(customers).where(eq(customers.phone, phone)).get(),
    search: (q, limit) => {
      const pattern = `%${q.replace(/[%_]/g, '')}%`;
      return orm
        .select(view)
        .from(customers)
        .where(or(sql`${customers.name} LIKE ${pattern} COLLATE NOCASE`, like(customers.phone, pattern)))
        .orderBy(customers.name)
        .limit(limit)
        .all();
    },
    insert: (c) => void orm.insert(customers).values(c).run(),
  };
}
