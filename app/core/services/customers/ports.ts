import type { z } from 'zod';
import type { CustomerView } from '../../contract';

/** The repositories this area owns in the Store (db/repos/customers). */
export interface CustomersStore {
  customers: CustomersRepo;
}

export type Customer = z.output<typeof CustomerView>;

export interface CustomersRepo {
  get(id: string): Customer | undefined;
  search(q: string, limit: number): Customer[];
  byPhone(phone: string): Customer | undefined;
  insert(c: Customer & { createdAt: string }): void;
}
