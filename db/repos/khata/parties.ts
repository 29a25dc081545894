import type { RepoContext } from '../context';
import { createSuppliersRepo } from '../suppliers/suppliers';
import type { PartyInfo } from '../../../app/core/services/khata/ports';
import type { PartiesRepo } from '../../../app/core/services/khata/ports';

/** Customers (khata) and suppliers (payables, read through the suppliers master) as parties of the control accounts. */
export function createPartiesRepo(ctx: RepoContext): PartiesRepo {
  const { raw } = ctx;
  const suppliers = createSuppliersRepo(ctx);
  const customerStmt = raw.prepare('SELECT id, name, phone, gstin, state_code AS stateCode FROM customers WHERE id = ?');
  const customer = (id: string): PartyInfo | undefined => {
    const c = customerStmt.get(id) as Omit<PartyInfo, 'type'> | undefined;
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
      for (const id of new Set(ids)) {
        const p = type === 'customer' ? customer(id) : supplier(id);
        if (p) out.set(id, p);
      }
      return out;
    },
    khataCustomers(q, dueOnly, limit) {
      const pattern = `%${q.replace(/[%_]/g, '')}%`;
      return raw
        .prepare(
          `SELECT c.id AS customerId, c.name, c.phone, coalesce(b.balance, 0) AS balancePaise, c.credit_limit_paise AS creditLimitPaise, b.lastDate
           FROM customers c
           LEFT JOIN (SELECT party_id, sum(debit_paise) - sum(credit_paise) AS balance, max(date) AS lastDate FROM ledger_daily WHERE account_code = 'DEBTORS' GROUP BY party_id) b ON b.party_id = c.id
           WHERE (@q = '' OR c.name LIKE @pattern COLLATE NOCASE OR c.phone LIKE @pattern) AND (@dueOnly = 0 OR coalesce(b.balance, 0) > 0)
           ORDER BY balancePaise DESC, c.name COLLATE NOCASE LIMIT @limit`,
        )
        .all({ q, pattern, dueOnly: dueOnly ? 1 : 0, limit }) as ReturnType<PartiesRepo['khataCustomers']>;
    },
    setCreditLimit: (customerId, limitPaise) => void raw.prepare('UPDATE customers SET credit_limit_paise = ? WHERE id = ?').run(limitPaise, customerId),
  };
}
