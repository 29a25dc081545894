import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../core/contract';
import { showsError } from '../api/method';
import { showError } from '../ui/Toasts';

/**
 * The screens' one query client. Data is local and pushed: no refetch on focus; a read is retried
 * only when the host was unreachable. A failed action is shown once, by the toast, unless its
 * screen shows it in place (meta.showError); a failed read is shown by its screen unless it asks.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (showsError(query.meta, false, error)) showError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _params, _context, mutation) => {
        if (showsError(mutation.meta, true, error)) showError(error);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: (n, e) => n < 2 && !(e instanceof ApiError && e.code !== 'INTERNAL') },
      mutations: { retry: false },
    },
  });
}
