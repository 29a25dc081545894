import type { MethodName, ParamsIn, Result } from './api';
import type { ErrorCode, ErrorData } from './errors';
import type { RequestEnvelope, ResponseEnvelope } from './wire';

/** An error answered by the host, as data: the code is one of ERROR_CODES. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(data: ErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.details = data.details;
  }
}

export type Send = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface ApiClient {
  call<M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>>;
  setToken(token: string | undefined): void;
}

/** A typed client over any transport (HTTP, Electron IPC, in-process). */
export function createApiClient(send: Send, initialToken?: string): ApiClient {
  let token = initialToken;
  let nextId = 1;
  return {
    setToken: (t) => {
      token = t;
    },
    async call(method, params) {
      const request: RequestEnvelope = token === undefined ? { id: nextId++, method, params } : { id: nextId++, method, params, token };
      const reply = await send(request);
      if (!reply.ok) throw new ApiError(reply.error);
      return reply.result as Result<typeof method>;
    },
  };
}
