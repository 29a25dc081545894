import type { MethodName, ParamsIn, Result } from './api';
import type { ErrorCode, ErrorData, MessageParams } from './errors';
import type { Lang } from './vocabulary';
import type { RequestEnvelope, ResponseEnvelope } from './wire';

/**
 * An error answered by the host, as data: the code is one of ERROR_CODES, the message English;
 * a screen shows `key` (with `params`) in the user's language, or 'error.<code>' without one.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly key: string | undefined;
  readonly params: MessageParams | undefined;
  readonly details: unknown;
  constructor(data: ErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.key = data.key;
    this.params = data.params;
    this.details = data.details;
  }
}

export type Send = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface ApiClient {
  call<M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>>;
  setToken(token: string | undefined): void;
}

export interface ClientOptions {
  /** the language the host words errors and exports in, read at each call (the screens' current one) */
  lang?: Lang | (() => Lang);
  /** this device's own secret, sent with every call: the host refuses a session used on another device */
  device?: string | (() => string);
}

/** A typed client over any transport (HTTP, Electron IPC, in-process). */
export function createApiClient(send: Send, initialToken?: string, options: ClientOptions = {}): ApiClient {
  let token = initialToken;
  let nextId = 1;
  const langOf = () => (typeof options.lang === 'function' ? options.lang() : options.lang);
  const deviceOf = () => (typeof options.device === 'function' ? options.device() : options.device);
  return {
    setToken: (t) => {
      token = t;
    },
    async call(method, params) {
      const lang = langOf();
      const device = deviceOf();
      const request: RequestEnvelope = {
        id: nextId++,
        method,
        params,
        ...(token === undefined ? {} : { token }),
        ...(lang === undefined ? {} : { lang }),
        ...(device === undefined ? {} : { device }),
      };
      const reply = await send(request);
      if (!reply.ok) throw new ApiError(reply.error);
      return reply.result as Result<typeof method>;
    },
  };
}
