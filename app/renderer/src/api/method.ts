import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api as contract, isMethodName, type ApiClient, type DataArea, type MethodName, type MethodSpec, type ParamsIn } from '../../../core/contract';
import { api, currentLang } from './session';

/**
 * The one way the screens reach the host: each API area's file (catalog.ts, accounting.ts …)
 * lists query-option factories built on `methodQuery` and `use<Verb><Noun>Mutation` hooks built
 * on `methodMutation`. Query keys are [method, params]; the contract says which data areas each
 * method reads, so a pushed data.changed refetches exactly those (`invalidateAreas`).
 */

/** Whether the app's one error toast shows a failed call (true), or the screen shows it itself (false); per error when a function. */
export type ShowError = boolean | ((error: unknown) => boolean);

export interface CallMeta extends Record<string, unknown> {
  /** actions default to the toast, reads to the screen (a report shows its error in place) */
  showError?: ShowError;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: CallMeta;
    mutationMeta: CallMeta;
  }
}

export interface QueryCallOptions {
  enabled?: boolean;
  /** the previous answer stays on screen while the next one loads (typing a search, changing a period) */
  keepPrevious?: boolean;
  staleTime?: number;
  showError?: ShowError;
  /** the answer holds words the host says in the reader's language (the books' narrations): the language is part of the key */
  inLang?: boolean;
}

export function methodQuery<M extends MethodName>(method: M, params: ParamsIn<M>, options: QueryCallOptions = {}) {
  return queryOptions({
    queryKey: options.inLang ? ([method, params, currentLang()] as const) : ([method, params] as const),
    queryFn: () => api.call(method, params),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.staleTime === undefined ? {} : { staleTime: options.staleTime }),
    ...(options.showError === undefined ? {} : { meta: { showError: options.showError } }),
  });
}

export interface MutationCallOptions {
  meta?: CallMeta;
  /** another user's client: a manager who approved this one action from a staff session */
  client?: ApiClient;
}

/** A `use<Verb><Noun>Mutation` hook for one method: `mutate(params)` calls it. */
export const methodMutation =
  <M extends MethodName>(method: M) =>
  (options: MutationCallOptions = {}) =>
    useMutation({ mutationFn: (params: ParamsIn<M>) => (options.client ?? api).call(method, params), meta: options.meta });

/** Runs a read now, for an action (a scan, a pick): the cached answer when it is fresh enough. */
export function useFetch() {
  const client = useQueryClient();
  return <M extends MethodName>(query: ReturnType<typeof methodQuery<M>>) => client.fetchQuery(query);
}

/** Whether a failed call's error goes to the toast, given its meta and the default for its kind. */
export function showsError(meta: CallMeta | undefined, byDefault: boolean, error: unknown): boolean {
  const show = meta?.showError ?? byDefault;
  return typeof show === 'function' ? show(error) : show;
}

/** A pushed data.changed refetches every query whose method reads one of the changed areas. */
export function invalidateAreas(client: QueryClient, areas: readonly DataArea[]) {
  void client.invalidateQueries({
    predicate: (q) => {
      const method = q.queryKey[0];
      if (typeof method !== 'string' || !isMethodName(method)) return false;
      const spec: MethodSpec = contract[method];
      return (spec.reads ?? []).some((a) => areas.includes(a));
    },
  });
}
