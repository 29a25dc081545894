import type { z } from 'zod';
import {
  API_PATH,
  api,
  createApiClient,
  DEVICE_HEADER,
  ERROR_CODES,
  isMethodName,
  LANG_HEADER,
  type ApiClient,
  type HttpReply,
  type Send,
} from '../../app/core/contract';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { demoUser, makeTestHost, type TestHost } from '../support/test-host';
import type { Lang, Role } from '../../app/core/contract/vocabulary';

/** One way of reaching the host; the contract suite runs the same cases over each. */
export interface Transport {
  readonly host: TestHost;
  /** a client carrying this token (or none) and language (or none); every result it returns is checked against its schema */
  client(token?: string, lang?: Lang): ApiClient;
  /** logs the demo user of that role in over this transport; answers the session token */
  login(role: Role, deviceId?: string): Promise<string>;
  /** a client logged in as the demo user of that role */
  as(role: Role, deviceId?: string, lang?: Lang): Promise<ApiClient>;
  close(): Promise<void>;
}

export interface HttpTransport extends Transport {
  readonly url: string;
}

export interface TransportFactory<T extends Transport = Transport> {
  readonly name: string;
  start(): Promise<T>;
}

/**
 * Checks each result against its method's result schema on the caller's side, after the
 * transport carried it (for HTTP: after JSON), so a shape the host cannot send fails the test.
 */
export function checkingResults(inner: ApiClient): ApiClient {
  return {
    setToken: (token) => inner.setToken(token),
    async call(method, params) {
      const result = await inner.call(method, params);
      if (!isMethodName(method)) throw new Error(`${String(method)} is not a method, yet it answered`);
      const checked = (api[method].result as z.ZodType).safeParse(result);
      if (!checked.success) throw new Error(`${method} answered a result that breaks its schema: ${checked.error.message}`);
      return result;
    },
  };
}

/** The device each token was opened on: an HTTP call proves it (DEVICE_HEADER), as the screens do. */
export const deviceOfToken = new Map<string, string>();

function withLogin(host: TestHost, client: (token?: string, lang?: Lang) => ApiClient, close: () => Promise<void>): Transport {
  async function login(role: Role, deviceId = `contract-${role}`): Promise<string> {
    const user = await demoUser(host, role);
    const { token } = await client().call('auth.login', { userId: user.id, pin: user.pin, deviceId, deviceName: 'Counter' });
    deviceOfToken.set(token, deviceId);
    return token;
  }
  return { host, client, close, login, as: async (role, deviceId, lang) => client(await login(role, deviceId), lang) };
}

export const inProcess: TransportFactory = {
  name: 'in-process',
  async start() {
    const host = makeTestHost();
    return withLogin(
      host,
      (token, lang) => checkingResults(host.client(token, lang === undefined ? {} : { lang })),
      async () => {
        await host.printsIdle();
        host.dispose();
      },
    );
  },
};

/**
 * POST /api/<method> with the params as the JSON body, the token as a Bearer header and the
 * language in LANG_HEADER, as the screens send them. It also
 * holds the transport to the contract's status codes: 200 for a success, ERROR_CODES[code].http
 * for a failure, on every call the suite makes.
 */
export function httpSend(baseUrl: string): Send {
  return async (request) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
    if (request.lang !== undefined) headers[LANG_HEADER] = request.lang;
    const device = request.device ?? (request.token === undefined ? undefined : deviceOfToken.get(request.token));
    if (device !== undefined) headers[DEVICE_HEADER] = device;
    const response = await fetch(`${baseUrl}${API_PATH}${request.method}`, { method: 'POST', headers, body: JSON.stringify(request.params ?? {}) });
    const reply = (await response.json()) as HttpReply;
    const expected = reply.ok ? 200 : ERROR_CODES[reply.error.code].http;
    if (response.status !== expected) {
      throw new Error(`HTTP ${response.status} for ${reply.ok ? 'a success' : reply.error.code}; the contract says ${expected}`);
    }
    // A login over this transport is remembered, so the token's later calls prove its device.
    if (reply.ok && request.method === 'auth.login') {
      const { token } = reply.result as { token: string };
      const { deviceId } = request.params as { deviceId: string };
      deviceOfToken.set(token, deviceId);
    }
    return { id: request.id, ...reply };
  };
}

export const overHttp: TransportFactory<HttpTransport> = {
  name: 'HTTP',
  async start() {
    const host = makeTestHost();
    const server: HttpServer = await startHttpServer(host, { port: 0 });
    const send = httpSend(server.url);
    const transport = withLogin(
      host,
      (token, lang) => checkingResults(createApiClient(send, token, lang === undefined ? {} : { lang })),
      async () => {
        await server.close();
        await host.printsIdle();
        host.dispose();
      },
    );
    return { ...transport, url: server.url };
  },
};
