import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpReply } from '../../app/core/contract';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { DATA_DIR } from '../support/imports';
import { demoUser, makeTestHost, type TestHost } from '../support/test-host';

let host: TestHost;
let http: HttpServer;
let token = '';
const DEVICE = 'hsn-http-owner';

const post = async (method: string, body: string) => {
  const response = await fetch(`${http.url}/api/${method}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-sk-device': DEVICE },
  });
  return { status: response.status, reply: (await response.json()) as HttpReply };
};

beforeAll(async () => {
  host = makeTestHost();
  http = await startHttpServer(host, { port: 0 });
  const owner = await demoUser(host, 'owner');
  token = (await host.client().call('auth.login', { userId: owner.id, pin: owner.pin, deviceId: DEVICE, deviceName: 'Office' })).token;
});
afterAll(async () => {
  await http?.close();
  host?.dispose();
});

describe('a file sent whole over HTTP', () => {
  it('loads the portal’s 1.35 MB HSN master, over the 1 MiB every other method takes', async () => {
    const csv = readFileSync(join(DATA_DIR, 'hsn_codes_gst_portal.csv'), 'utf8');
    const body = JSON.stringify({ fileName: 'hsn_codes_gst_portal.csv', csv });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1 << 20);
    const { status, reply } = await post('gst.loadHsnMaster', body);
    expect(status).toBe(200);
    expect(reply.ok).toBe(true);
    const loaded = reply.ok ? (reply.result as { codes: number; skipped: number }) : { codes: 0, skipped: 0 };
    expect(loaded.codes).toBeGreaterThan(10_000);
    expect((await post('gst.hsnMaster', '{}')).reply).toEqual({ ok: true, result: { codes: loaded.codes } });
    // The same size to a method that takes no file is still refused.
    const search = await post('catalog.search', `${JSON.stringify({ q: 'atta' })}${' '.repeat(1_100_000)}`);
    expect(search.status).toBe(400);
    expect(search.reply.ok ? '' : search.reply.error.message).toBe('The request body is larger than 1 MB');
  });

  it('refuses a 9 MB body with a clear error, and the bank statement import has the same limit', async () => {
    const huge = JSON.stringify({ fileName: 'big.csv', csv: 'x'.repeat(9 << 20) });
    for (const method of ['gst.loadHsnMaster', 'bank.import']) {
      const { status, reply } = await post(method, huge);
      expect(status).toBe(400);
      expect(reply.ok ? undefined : reply.error).toMatchObject({
        code: 'BAD_PARAMS',
        key: 'request.fileTooLarge',
        message: 'The file sent is larger than 8 MB',
      });
    }
    // The server still answers, and the master loaded before is unchanged.
    expect((await post('gst.hsnMaster', '{}')).status).toBe(200);
  });
});
