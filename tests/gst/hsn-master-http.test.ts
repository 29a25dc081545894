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

  it('previews a file without loading it, and finds codes by digits or by words', async () => {
    const preview = await post(
      'gst.previewHsnMaster',
      JSON.stringify({ fileName: 'x.csv', csv: 'HSNCode,Description\n1006,RICE\n10063010,RICE PARBOILED\n7,BAD\n' }),
    );
    expect(preview.reply).toEqual({
      ok: true,
      result: {
        codes: 2,
        skipped: 1,
        sample: [
          { code: '1006', description: 'RICE' },
          { code: '10063010', description: 'RICE PARBOILED' },
        ],
      },
    });
    const before = (await post('gst.hsnMaster', '{}')).reply;
    expect(before.ok && (before.result as { codes: number }).codes).toBeGreaterThan(10_000);
    const byDigits = (await post('gst.searchHsn', JSON.stringify({ q: '1006' }))).reply;
    const codes = byDigits.ok ? (byDigits.result as Array<{ code: string; description: string }>) : [];
    expect(codes[0]?.code).toBe('1006');
    expect(codes.every((c) => c.code.startsWith('1006'))).toBe(true);
    const byWords = (await post('gst.searchHsn', JSON.stringify({ q: 'parboiled', limit: 5 }))).reply;
    const words = byWords.ok ? (byWords.result as Array<{ code: string; description: string }>) : [];
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((c) => /parboiled/i.test(c.description))).toBe(true);
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
