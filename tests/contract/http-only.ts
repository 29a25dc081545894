import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { api, ERROR_CODES, LANG_HEADER, type ErrorCode, type HostEvent, type HttpReply } from '../../app/core/contract';
import { deviceOfToken, type HttpTransport, type TransportFactory } from './transports';
import type { Role } from '../../app/core/contract/vocabulary';

interface RawReply {
  status: number;
  headers: Headers;
  body: HttpReply;
}

/** What a client written without our ApiClient would see: status, headers, the JSON body. */
async function rawPost(url: string, body: NonNullable<RequestInit['body']>, headers: Record<string, string> = {}): Promise<RawReply> {
  // duplex is required by Node's fetch for a streamed body; the DOM typings do not know it yet.
  const init = { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, duplex: 'half' } as RequestInit;
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as HttpReply };
}

const errorOf = (reply: RawReply) => (reply.body.ok ? undefined : reply.body.error);

/** Resolves with the close code the server sent. */
function closeCode(socket: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    socket.once('close', (code) => resolve(code));
    socket.once('error', reject);
  });
}

function nextEvent(socket: WebSocket, wanted: HostEvent['event']): Promise<HostEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${wanted} event within 5 s`)), 5000);
    socket.on('message', (data) => {
      const event = JSON.parse(String(data)) as HostEvent;
      if (event.event === wanted) {
        clearTimeout(timer);
        resolve(event);
      }
    });
  });
}

/** Cases only HTTP has: the body, the verb, status codes, size limits and the WebSocket. */
export function httpOnlySuite(factory: TransportFactory<HttpTransport>): void {
  describe(`${factory.name} only`, () => {
    let t: HttpTransport;
    const tokens = {} as Record<Role, string>;
    const api$ = (method: string) => `${t.url}/api/${method}`;
    const bearer = (role: Role) => ({ authorization: `Bearer ${tokens[role]}`, 'x-sk-device': `http-only-${role}` });

    beforeAll(async () => {
      t = await factory.start();
      for (const role of ['staff', 'manager', 'owner'] as const) tokens[role] = await t.login(role, `http-only-${role}`);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers 400 BAD_PARAMS to a body that is not JSON', async () => {
      const reply = await rawPost(api$('catalog.search'), '{"q": "atta"', bearer('staff'));
      expect(reply.status).toBe(400);
      expect(errorOf(reply)).toMatchObject({ code: 'BAD_PARAMS', message: 'The body is not valid JSON' });
    });

    it('words its replies in the language of the x-sk-lang header, English without it or for one it does not speak', async () => {
      const ask = async (lang?: string) =>
        errorOf(await rawPost(api$('catalog.search'), JSON.stringify({ q: 42 }), { ...bearer('staff'), ...(lang ? { [LANG_HEADER]: lang } : {}) }));
      expect(await ask('hi')).toMatchObject({ code: 'BAD_PARAMS', message: 'Search must be text', key: 'params.notText', params: { field: 'खोज' } });
      for (const lang of [undefined, 'en', 'fr']) expect(await ask(lang)).toMatchObject({ params: { field: 'Search' } });
      expect(errorOf(await rawPost(api$('catalog.search'), '{', { [LANG_HEADER]: 'hi' }))).toMatchObject({ key: 'request.notJson' });
    });

    it('answers 405 to anything but POST, naming the verb it wants', async () => {
      const response = await fetch(`${t.url}/api/x`);
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'BAD_PARAMS' } });
    });

    // [code, who calls, method, params]: one call that must fail with that code.
    const FAILURES: Array<[ErrorCode, Role | 'nobody', string, unknown]> = [
      ['BAD_PARAMS', 'staff', 'catalog.search', { q: 42 }],
      ['UNAUTHENTICATED', 'nobody', 'shop.get', {}],
      ['WRONG_PIN', 'nobody', 'auth.login', { userId: 'user-0002', pin: '9999', deviceId: 'http-only-wrong-pin' }],
      ['FORBIDDEN', 'staff', 'users.add', { name: 'Nope', role: 'staff', pin: '1234' }],
      ['NOT_FOUND', 'staff', 'billing.getInvoice', { id: 'inv-none' }],
      ['NOT_FOUND', 'staff', 'no.suchMethod', {}],
      ['UNKNOWN_BARCODE', 'staff', 'catalog.byBarcode', { barcode: '0000000000000' }],
      ['INVALID_QUANTITY', 'staff', 'billing.quote', { lines: [{ productId: 'prod-demo-001', qtyMilli: 500 }] }],
      ['PRICE_ABOVE_MRP', 'owner', 'billing.quote', { lines: [{ productId: 'prod-demo-001', qtyMilli: 1000, unitPricePaise: 31000 }] }],
      [
        'TENDER_MISMATCH',
        'staff',
        'billing.postInvoice',
        { clientRef: 'http-status-0001', lines: [{ productId: 'prod-demo-001', qtyMilli: 1000 }], tenders: [{ method: 'cash', amountPaise: 100 }] },
      ],
      [
        'CUSTOMER_REQUIRED',
        'staff',
        'billing.postInvoice',
        { clientRef: 'http-status-0002', lines: [{ productId: 'prod-demo-001', qtyMilli: 1000 }], tenders: [{ method: 'credit', amountPaise: 28500 }] },
      ],
      ['DUPLICATE', 'staff', 'customers.add', { name: 'Sunita again', phone: '9876543210' }],
    ];

    it.each(FAILURES)('answers %s with the HTTP status ERROR_CODES gives it (%s calls %s)', async (code, who, method, params) => {
      const reply = await rawPost(api$(method), JSON.stringify(params), who === 'nobody' ? {} : bearer(who));
      expect(errorOf(reply)?.code).toBe(code);
      expect(reply.status).toBe(ERROR_CODES[code].http);
      expect(reply.headers.get('content-type')).toBe('application/json');
    });

    it('accepts the Bearer scheme in any case, and nothing but Bearer', async () => {
      expect((await rawPost(api$('auth.me'), '{}', { authorization: `bearer ${tokens.staff}`, 'x-sk-device': 'http-only-staff' })).status).toBe(200);
      expect((await rawPost(api$('auth.me'), '{}', { authorization: `BEARER ${tokens.staff}`, 'x-sk-device': 'http-only-staff' })).status).toBe(200);
      expect(errorOf(await rawPost(api$('auth.me'), '{}', { authorization: `Basic ${tokens.staff}` }))?.code).toBe('UNAUTHENTICATED');
    });

    describe('a body over 1 MB', () => {
      const oversize = JSON.stringify({ q: 'atta', junk: 'x'.repeat(1_100_000) });

      it('is refused with 400 BAD_PARAMS when its length is declared', async () => {
        const reply = await rawPost(api$('catalog.search'), oversize, bearer('staff'));
        expect(reply.status).toBe(400);
        expect(errorOf(reply)).toMatchObject({ code: 'BAD_PARAMS', message: 'The request body is larger than 1 MB' });
      });

      it('is refused with 400 BAD_PARAMS when it is streamed without a length', async () => {
        const bytes = new TextEncoder().encode(oversize);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
            controller.close();
          },
        });
        const reply = await rawPost(api$('catalog.search'), stream, bearer('staff'));
        expect(reply.status).toBe(400);
        expect(errorOf(reply)?.code).toBe('BAD_PARAMS');
      });

      it('leaves the server answering, and a body just under the limit is accepted', async () => {
        // Unknown fields are refused, so the bulk is JSON whitespace, which any parser skips.
        const justUnder = `${JSON.stringify({ q: 'atta' })}${' '.repeat(1_000_000)}`;
        expect(justUnder.length).toBeLessThan(1 << 20);
        const reply = await rawPost(api$('catalog.search'), justUnder, bearer('staff'));
        expect(reply.status).toBe(200);
        expect(reply.body.ok && (reply.body.result as Array<{ id: string }>).map((p) => p.id)).toContain('prod-demo-001');
      });
    });

    describe('WebSocket events', () => {
      const eventsUrl = (token?: string) =>
        `${t.url.replace(/^http/, 'ws')}/events${token === undefined ? '' : `?token=${encodeURIComponent(token)}&device=${encodeURIComponent(deviceOfToken.get(token) ?? '')}`}`;

      it('closes a socket without a valid token with code 4401', async () => {
        expect(await closeCode(new WebSocket(eventsUrl()))).toBe(4401);
        expect(await closeCode(new WebSocket(eventsUrl('made-up-token')))).toBe(4401);
        const ended = await t.login('staff', 'http-only-logged-out');
        await rawPost(api$('auth.logout'), '{}', { authorization: `Bearer ${ended}`, 'x-sk-device': 'http-only-logged-out' });
        expect(await closeCode(new WebSocket(eventsUrl(ended)))).toBe(4401);
      });

      it('stops the stream of a socket whose session ends while it is open', async () => {
        const token = await t.login('staff', 'http-only-open-then-logout');
        const socket = new WebSocket(eventsUrl(token));
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        const closed = closeCode(socket);
        await rawPost(api$('auth.logout'), '{}', { authorization: `Bearer ${token}`, 'x-sk-device': 'http-only-open-then-logout' });
        // The next event anyone causes finds the session gone and closes the socket instead of sending.
        const bill = {
          clientRef: 'http-events-after-logout',
          lines: [{ productId: 'prod-demo-014', qtyMilli: 1000 }],
          tenders: [{ method: 'cash', amountPaise: 2500 }],
        };
        await rawPost(api$('billing.postInvoice'), JSON.stringify(bill), bearer('staff'));
        expect(await closed).toBe(4401);
      });

      it('pushes data.changed listing billing when a bill is posted', async () => {
        const socket = new WebSocket(eventsUrl(tokens.manager));
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        try {
          const changed = nextEvent(socket, 'data.changed');
          const bill = {
            clientRef: 'http-events-0001',
            lines: [{ productId: 'prod-demo-014', qtyMilli: 1000 }],
            tenders: [{ method: 'cash', amountPaise: 2500 }],
          };
          const reply = await rawPost(api$('billing.postInvoice'), JSON.stringify(bill), bearer('staff'));
          expect(reply.status).toBe(200);
          const event = await changed;
          expect(event.event === 'data.changed' && event.payload.areas).toContain('billing');
          expect(event.payload).toEqual({ areas: api['billing.postInvoice'].changes });
        } finally {
          socket.close();
        }
      });
    });
  });
}
