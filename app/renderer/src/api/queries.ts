import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api as contract, type DataArea, type MethodName, type ParamsIn } from '../../../core/contract';
import { api } from './session';

/** Query keys are [method, params]; the contract says which data areas each method reads. */
export function methodQuery<M extends MethodName>(method: M, params: ParamsIn<M>, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  return queryOptions({
    queryKey: [method, params] as const,
    queryFn: () => api.call(method, params),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

export const queries = {
  shop: () => methodQuery('shop.get', {}),
  users: () => methodQuery('auth.users', {}),
  search: (q: string) => methodQuery('catalog.search', { q, limit: 12 }, { enabled: q.trim().length > 0, keepPrevious: true }),
  customers: (q: string) => methodQuery('customers.search', { q, limit: 8 }, { enabled: q.trim().length > 0, keepPrevious: true }),
  quote: (params: ParamsIn<'billing.quote'>) => methodQuery('billing.quote', params, { enabled: params.lines.length > 0, keepPrevious: true }),
  /** the whole sellable catalogue, compact; refetched when catalog data changes */
  counterIndex: () => ({ ...methodQuery('catalog.counterIndex', {}), staleTime: Infinity }),
  invoice: (id: string) => methodQuery('billing.getInvoice', { id }),
  todaysBills: () => methodQuery('billing.listInvoices', { limit: 50 }),
};

/** A pushed data.changed refetches every query whose method reads one of the changed areas. */
export function invalidateAreas(client: QueryClient, areas: readonly DataArea[]) {
  void client.invalidateQueries({
    predicate: (q) => {
      const method = q.queryKey[0];
      if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return false;
      const reads = (contract[method as MethodName] as { reads?: readonly DataArea[] }).reads ?? [];
      return reads.some((a) => areas.includes(a));
    },
  });
}
