import { createServer, get, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendResult } from '../../app/host/transports/http-api';
import { filePieces, joinReply } from '../../app/host/workers/reply-pieces';

/**
 * A reply carrying a big file (an export's base64) goes out in pieces, the host's thread free
 * between them, and reads as the same JSON as the whole reply would.
 */
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** what the server wrote: each write's size, and whether the handler had returned to the event loop by then */
interface Written {
  done?: Promise<void>;
  writes: Array<{ chars: number; later: boolean }>;
}

async function serve(result: unknown, written: Written = { writes: [] }) {
  server = createServer((_req, res) => {
    let later = false;
    const write = res.write.bind(res) as (chunk: string) => boolean;
    res.write = ((chunk: string) => (written.writes.push({ chars: chunk.length, later }), write(chunk))) as typeof res.write;
    written.done = sendResult(res, { 'x-content-type-options': 'nosniff' }, result);
    later = true;
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

function fetchBody(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string; chunks: number }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8'), chunks: parts.length }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('a file reply over HTTP', () => {
  it('is the same JSON as the whole reply, with its length declared, written over many turns of the event loop', async () => {
    const result = { fileName: 'catalogue-06-12-2026.xlsx', contentType: 'application/vnd.ms-excel', base64: randomBytes(9 << 20).toString('base64') };
    const written: Written = { writes: [] };
    const url = await serve(result, written);
    const reply = await fetchBody(url);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(reply.body));
    expect(reply.body).toBe(JSON.stringify({ ok: true, result }));
    // the head and the first piece at once, then eleven more of 1 MB, each after the host's thread
    // went back to its event loop: bills are answered between them
    expect(written.writes.map((w) => w.chars).slice(1)).toEqual([...Array<number>(12).fill(1 << 20)]);
    expect(written.writes.map((w) => w.later)).toEqual([false, false, ...Array<boolean>(11).fill(true)]);
  });

  it('a file that came from the heavy-work process in pieces is written in those pieces, never joined on the host', async () => {
    const pieces = Array.from({ length: 5 }, () => randomBytes(3 << 18).toString('base64'));
    const envelope = joinReply({ id: 1, ok: true, result: { fileName: 'stock.xlsx', contentType: 'x', base64: '' } }, pieces) as { result: object };
    const { result } = envelope;
    expect(filePieces(result)).toEqual(pieces);
    // read by anything else, it is the whole file
    expect((result as { base64: string }).base64).toBe(pieces.join(''));
    Object.defineProperty(result, 'base64', {
      enumerable: true,
      get: () => {
        throw new Error('joined on the host');
      },
    });
    const written: Written = { writes: [] };
    const reply = await fetchBody(await serve(result, written));
    expect(reply.body).toBe(JSON.stringify({ ok: true, result: { fileName: 'stock.xlsx', contentType: 'x', base64: pieces.join('') } }));
    expect(written.writes.map((w) => w.chars).slice(1)).toEqual(pieces.map((p) => p.length));
  });

  it('a small reply is written whole, as before', async () => {
    const result = { fileName: 'a.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' };
    const reply = await fetchBody(await serve(result));
    expect(reply.body).toBe(JSON.stringify({ ok: true, result }));
  });

  it('stops when the client goes away, without waiting for ever', async () => {
    const written: Written = { writes: [] };
    const url = await serve({ fileName: 'big.xlsx', contentType: 'x', base64: 'A'.repeat(64 << 20) }, written);
    await new Promise<void>((resolve) => {
      const req = get(url, (res) => res.once('data', () => (req.destroy(), resolve())));
    });
    await expect(written.done).resolves.toBeUndefined();
  });

  it('a file that is not base64 is never written into the JSON', async () => {
    const url = await serve({ fileName: 'x', contentType: 'x', base64: `${'A'.repeat(2 << 20)}"}, "evil": true, "x": "` });
    await expect(fetchBody(url)).rejects.toThrow();
  });
});
