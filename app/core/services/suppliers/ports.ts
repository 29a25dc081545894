import type { z } from 'zod';
import type { SupplierView } from '../../contract/index';

/** The repositories this area owns in the Store (db/repos/suppliers). */
export interface SuppliersStore {
  suppliers: SuppliersRepo;
}

export type Supplier = z.output<typeof SupplierView>;

export interface SuppliersRepo {
  list(q: string): Supplier[];
  get(id: string): Supplier | undefined;
  byGstin(gstin: string): Supplier | undefined;
  insert(s: Supplier & { createdAt: string }): void;
  update(id: string, patch: Partial<Omit<Supplier, 'id'>>): void;
}
