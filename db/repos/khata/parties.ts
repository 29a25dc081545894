import { and, desc, eq, gt, like, or, sql } from 'drizzle-orm';
import type { PartiesRepo, PartyInfo } from '../../../app/core/services/khata/ports';
import { customers, ledgerDaily } from '../../schema';
import { once, type RepoContext } from '../context';
import { createSuppliersRepo } from '../suppliers/suppliers';

/** Customers (khata) and suppliers (payables, read through the suppliers master) as parties of the control accounts. */
export function createPartiesRepo(ctx: RepoContext): PartiesRepo {
  const { orm } = ctx;
  const suppliers = createSuppliersRepo(ctx);
  const customerStmt = once(() =>
    orm
      .select({ id: customers.id, name: customers.name, phone: customers.phone, gstin: customers.gstin, stateCode: customers.stateCode })
      .from(customers)
      .where(eq(customers.id, sql.placeholder('id')))
      .prepare(),
  );
  const customersIn = once(() =>
    orm
      .select({ id: customers.id, name: customers.name, phone: customers.phone, gstin: customers.gstin, stateCode: customers.stateCode })
      .from(customers)
      .where(sql`${customers.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
      .prepare(),
  );
  const customer = (id: string): PartyInfo | undefined => {
    const c = customerStmt().get({ id });
    return c ? { type: 'customer', ...c } : undefined;
  };
  const supplier = (id: string): PartyInfo | undefined => {
    const s = suppliers.get(id);
    return s ? { type: 'supplier', id, name: s.name, phone: s.phone, gstin: s.gstin, stateCode: s.stateCode } : undefined;
  };
  return {
    customer,
    supplier,
    names(type, ids) {
      const out = new Map<string, PartyInfo>();
      if (type === 'customer') {
        // A report names hundreds of customers: one statement, not one each.
        for (const c of customersIn().all({ ids: JSON.stringify([...new Set(ids)]) })) out.set(c.id, { type: 'customer', ...c });
        return out;
      }
      for (const id of new Set(ids)) {
        const p = supplier(id);
        if (p) out.set(id, p);
      }
      return out;
    },
    khataCustomers(q, dueOnly, limit) {
      const pattern = `%${q.replace(/[%_]/g, '')}%`;
      const dues = orm
        .select({
          partyId: ledgerDaily.partyId,
          balance: sql<number>`sum(${ledgerDaily.debitPaise}) - sum(${ledgerDaily.creditPaise})`.as('balance'),
          lastDate: sql<string>`max(${ledgerDaily.date})`.as('last_date'),
        })
        .from(ledgerDaily)
        .where(eq(ledgerDaily.accountCode, 'DEBTORS'))
        .groupBy(ledgerDaily.partyId)
        .as('dues');
      const balance = sql<number>`coalesce(${dues.balance}, 0)`;
      return orm
        .select({
          customerId: customers.id,
          name: customers.name,
          phone: customers.phone,
          balancePaise: balance,
          creditLimitPaise: customers.creditLimitPaise,
          lastDate: dues.lastDate,
        })
        .from(customers)
        .leftJoin(dues, eq(dues.partyId, customers.id))
        .where(
          and(
            q === '' ? undefined : or(sql`${customers.name} LIKE ${pattern} COLLATE NOCASE`, like(customers.phone, pattern)),
            dueOnly ? gt(balance, 0) : undefined,
          ),
        )
        .orderBy(desc(balance), sql`${customers.name} COLLATE NOCASE`)
        .limit(limit)
        .all();
    },
    setCreditLimit: (customerId, limitPaise) => void orm.update(customers).set({ creditLimitPaise: limitPaise }).where(eq(customers.id, customerId)).run(),
  };
}
