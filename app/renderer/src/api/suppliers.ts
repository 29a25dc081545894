import { methodMutation, methodQuery } from './method';

export const supplierQueries = {
  /** the suppliers master, found by name when `q` is given */
  list: (q = '') => methodQuery('suppliers.list', q ? { q } : {}, { keepPrevious: true }),
};

export const useAddSupplierMutation = methodMutation('suppliers.add');
