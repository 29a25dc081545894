import { methodMutation, methodQuery } from './method';

export const customerQueries = {
  search: (q: string) => methodQuery('customers.search', { q, limit: 8 }, { enabled: q.trim().length > 0, keepPrevious: true }),
};

export const useAddCustomerMutation = methodMutation('customers.add');
