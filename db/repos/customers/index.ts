import type { CustomersStore } from '../../../app/core/services/customers/ports';
import type { RepoContext } from '../context';
import { createCustomersRepo } from './customers';

export const createCustomersStore = (ctx: RepoContext): CustomersStore => ({ customers: createCustomersRepo(ctx) });
