import type { Permission } from '../users/roles';
import type { Api, MethodName, Params, Result } from '../contract';
import type { ServiceDeps } from './ports';
import type { Lang, Role } from '../contract/vocabulary';

/** Who is calling: resolved from the session token by the dispatcher. */
export interface CallContext {
  user: { id: string; name: string; role: Role };
  device: { id: string; code: string; name: string };
  tokenHash: string;
  /** the language the caller reads: documents and exports are made in it */
  lang: Lang;
  /**
   * Permissions granted to this one call beyond the user's role: only a device's offline command
   * applied by the counter carries one (a price the customer was charged from an older catalogue).
   */
  grants?: readonly Permission[];
  /** the call came over the shop's Wi-Fi, not from the counter PC itself (IPC, loopback, in-process) */
  remote?: boolean;
}

type ContextOf<M extends MethodName> = Api[M]['access'] extends 'public' ? null : CallContext;

export type Handler<M extends MethodName> = (deps: ServiceDeps, params: Params<M>, ctx: ContextOf<M>) => Result<M> | Promise<Result<M>>;

/** The handlers of one area ("billing" → every "billing.*" method), so a missing one is a compile error. */
export type AreaHandlers<Area extends string> = {
  [M in MethodName as M extends `${Area}.${string}` ? M : never]: Handler<M>;
};

export type Handlers = { [M in MethodName]: Handler<M> };
