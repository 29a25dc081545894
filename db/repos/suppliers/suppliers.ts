import { assignments, type RepoContext } from '../context';
import type { Supplier } from '../../../app/core/services/suppliers/ports';
import type { SuppliersRepo } from '../../../app/core/services/suppliers/ports';

interface SupplierRow {
  id: string;
  name: string;
  gstin: string | null;
  state_code: string;
  payment_terms_days: number;
  phone: string;
  address: string;
  active: number;
}

const toSupplier = (r: SupplierRow): Supplier => ({
  id: r.id,
  name: r.name,
  gstin: r.gstin,
  stateCode: r.state_code,
  paymentTermsDays: r.payment_terms_days,
  phone: r.phone,
  address: r.address,
  active: r.active === 1,
});

const COLUMNS: Record<string, string> = {
  name: 'name',
  gstin: 'gstin',
  stateCode: 'state_code',
  paymentTermsDays: 'payment_terms_days',
  phone: 'phone',
  address: 'address',
};

export function createSuppliersRepo({ raw }: RepoContext): SuppliersRepo {
  const one = (where: string, arg: string) => {
    const r = raw.prepare(`SELECT * FROM suppliers WHERE ${where}`).get(arg) as SupplierRow | undefined;
    return r && toSupplier(r);
  };
  return {
    list: (q) => {
      const like = `%${q.trim()}%`;
      return (
        raw.prepare('SELECT * FROM suppliers WHERE name LIKE ? OR phone LIKE ? ORDER BY active DESC, name COLLATE NOCASE').all(like, like) as SupplierRow[]
      ).map(toSupplier);
    },
    get: (id) => one('id = ?', id),
    byGstin: (gstin) => one('gstin = ?', gstin),
    insert: (s) =>
      void raw
        .prepare(
          'INSERT INTO suppliers (id, name, gstin, state_code, payment_terms_days, phone, address, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(s.id, s.name, s.gstin, s.stateCode, s.paymentTermsDays, s.phone, s.address, s.active ? 1 : 0, s.createdAt),
    update: (id, patch) => {
      const { sets, args } = assignments({ ...COLUMNS, active: 'active' }, patch);
      if (sets.length > 0) raw.prepare(`UPDATE suppliers SET ${sets.join(', ')} WHERE id = @id`).run({ ...args, id });
    },
  };
}
