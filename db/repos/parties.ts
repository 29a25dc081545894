import type Database from 'better-sqlite3';
import type { PartyInfo, PartiesRepo } from '../../app/core/services/books-ports';
import type { RepoContext } from './context';

/**
 * Customers (khata) and suppliers (payables) as parties of the control accounts. Suppliers are
 * issue #4's master (its `suppliers` table); until that is merged the table is absent and a
 * supplier is known by the id on its creditors lines, so this reads it only when it exists.
 */
const hasSuppliers = new WeakMap<Database.Database, boolean>();
function suppliersTable(raw: Database.Database): boolean {
  let has = hasSuppliers.get(raw);
  if (has === undefined) {
    has = raw.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'suppliers'").get() !== undefined;
    hasSuppliers.set(raw, has);
  }
  return has;
}

type SupplierRow = { id: string; name?: string; phone?: string; gstin?: string | null; state_code?: string | null };

function supplierRow(raw: Database.Database, id: string): SupplierRow | undefined {
  if (!suppliersTable(raw)) return undefined;
  return raw.prepare('SELECT * FROM suppliers WHERE id = ?').get(id) as SupplierRow | undefined;
}

export function supplierName(raw: Database.Database, id: string): string {
  return supplierRow(raw, id)?.name ?? id;
}

export function createPartiesRepo({ raw }: RepoContext): PartiesRepo {
  const customerStmt = raw.prepare('SELECT id, name, phone, gstin, state_code AS stateCode FROM customers WHERE id = ?');
  const customer = (id: string): PartyInfo | undefined => {
    const c = customerStmt.get(id) as Omit<PartyInfo, 'type'> | undefined;
    return c ? { type: 'customer', ...c } : undefined;
  };
  const supplier = (id: string): PartyInfo | undefined => {
    if (!suppliersTable(raw)) return { type: 'supplier', id, name: id, phone: '', gstin: null, stateCode: null };
    const s = supplierRow(raw, id);
    return s ? { type: 'supplier', id, name: s.name ?? id, phone: s.phone ?? '', gstin: s.gstin ?? null, stateCode: s.state_code ?? null } : undefined;
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
