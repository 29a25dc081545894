import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../sync-server';
import { connect, rawSocket, sleep, waitFor, type Client } from './support/clients';
import { startTestRelay, type TestRelay } from './support/relay';

const KiB = 1024;
const clients: Client[] = [];
const open = (url: string, room: string, token?: string) => {
  const client = connect(url, room, token);
  clients.push(client);
  return client;
};
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('hostile frames close that connection only, and the document stays whole', () => {
  let t: TestRelay;
  let outbox: string;
  let witness: Client;
  beforeAll(async () => {
    t = await startTestRelay({ limits: { maxMessageBytes: 64 * KiB, messagesPerSecond: 20, messageBurst: 60, maxDocumentBytes: 256 * KiB } });
    outbox = `${t.url}/shop/demo/device/tab1/outbox?token=${t.shop.token('staff', 'tab1')}`;
    const writer = open(t.url, 'shop/demo/device/tab1/outbox', t.shop.token('staff', 'tab1'));
    await writer.synced();
    writer.doc.getArray('commands').push([{ id: 'c1' }, { id: 'c2' }]);
    witness = connect(t.url, 'shop/demo/device/tab1/outbox', t.shop.token('counter', 'counter'));
    await waitFor('the commands', () => witness.doc.getArray('commands').length === 2);
  });
  afterAll(async () => {
    witness.destroy();
    await t.close();
  });

  async function closedWith(frames: Array<Uint8Array | string>): Promise<number> {
    const { ws, closed } = await rawSocket(outbox);
    for (const frame of frames) ws.send(frame);
    return closed;
  }

  const valid = () => Y.encodeStateAsUpdate(witness.doc);
  const cases: Array<[string, () => Array<Uint8Array | string>, number]> = [
    ['random bytes', () => [Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3])], CloseCode.badRequest],
    ['a truncated message', () => [Uint8Array.from([0, 2, 50, 1, 2])], CloseCode.badRequest],
    ['an unknown message type', () => [Uint8Array.from([9, 0])], CloseCode.badRequest],
    ['trailing bytes', () => [Uint8Array.from([...syncFrame(0, new Uint8Array([0])), 7])], CloseCode.badRequest],
    ['an update that does not decode', () => [syncFrame(2, Uint8Array.from([1, 1, 200, 1, 0, 9, 9, 9]))], CloseCode.badRequest],
    ['a valid update cut short', () => [syncFrame(2, valid().subarray(0, valid().length - 3))], CloseCode.badRequest],
    ['a state vector that does not decode', () => [syncFrame(0, Uint8Array.from([5, 1]))], CloseCode.badRequest],
    ['awareness that is not JSON', () => [Uint8Array.from([1, 6, 1, 1, 1, 2, 0x7b, 0x7b])], CloseCode.badRequest],
    ['a text frame', () => ['hello'], CloseCode.badRequest],
    ['a message over the limit', () => [syncFrame(2, new Uint8Array(100 * KiB))], CloseCode.tooLarge],
    ['a message over twice the limit (cut off by ws before it is buffered)', () => [new Uint8Array(200 * KiB)], 1009],
    ['a flood of valid messages', () => Array.from({ length: 500 }, () => syncFrame(0, Y.encodeStateVector(new Y.Doc()))), CloseCode.rateLimited],
  ];
  it.each(cases)('%s', async (_what, frames, code) => {
    expect(await closedWith(frames())).toBe(code);
    expect(witness.provider.wsconnected).toBe(true);
    expect(witness.doc.getArray('commands').toJSON()).toEqual([{ id: 'c1' }, { id: 'c2' }]);
  });

  it('an update that would take the document past its size is refused with 4413', async () => {
    const writer = open(t.url, 'shop/demo/device/tab1/outbox', t.shop.token('staff', 'tab1'));
    await writer.synced();
    writer.doc.getArray('commands').push(['x'.repeat(60 * KiB)]);
    writer.doc.getArray('commands').push(['y'.repeat(60 * KiB)]);
    writer.doc.getArray('commands').push(['z'.repeat(60 * KiB)]);
    writer.doc.getArray('commands').push(['w'.repeat(60 * KiB)]);
    writer.doc.getArray('commands').push(['v'.repeat(60 * KiB)]);
    expect((await writer.closed).code).toBe(CloseCode.tooLarge);
    expect(witness.doc.getArray('commands').length).toBeLessThan(7);
    expect(witness.doc.getArray('commands').toJSON().slice(0, 2)).toEqual([{ id: 'c1' }, { id: 'c2' }]);
  });

  it('after all of it, the relay still serves and the document reads back whole', async () => {
    const late = open(t.url, 'shop/demo/device/tab1/outbox', t.shop.token('counter', 'counter'));
    await late.synced();
    expect(late.doc.getArray('commands').toJSON()).toEqual(witness.doc.getArray('commands').toJSON());
    const health = await fetch(`http://127.0.0.1:${t.relay.port}/sync/health`);
    expect(health.status).toBe(200);
  });
});

describe('connection and document caps', () => {
  it('refuses connections past the per-IP cap with 4503 (a retry may succeed later)', async () => {
    const t = await startTestRelay({ limits: { maxConnectionsPerIp: 3 } });
    try {
      const three = [1, 2, 3].map(() => open(t.url, 'shop/demo/catalog'));
      await Promise.all(three.map((c) => c.synced()));
      const fourth = open(t.url, 'shop/demo/catalog');
      await waitFor('the refusal', () => fourth.closes.includes(CloseCode.atCapacity));
      fourth.destroy();
      three[0]?.destroy();
      const again = open(t.url, 'shop/demo/catalog');
      await again.synced();
    } finally {
      await t.close();
    }
  });

  it('refuses connections past the per-shop cap', async () => {
    const t = await startTestRelay({ limits: { maxConnectionsPerShop: 2 } });
    try {
      await Promise.all([open(t.url, 'shop/demo/catalog'), open(t.url, 'shop/demo/catalog')].map((c) => c.synced()));
      const third = open(t.url, 'shop/demo/staff', t.shop.token('owner', 'ph1'));
      await waitFor('the refusal', () => third.closes.includes(CloseCode.atCapacity));
    } finally {
      await t.close();
    }
  });

  it('refuses a new document past the per-shop cap, but opens the existing ones', async () => {
    const t = await startTestRelay({ limits: { maxDocumentsPerShop: 2 }, idleUnloadMs: 50 });
    try {
      for (const device of ['a', 'b']) {
        const c = open(t.url, `shop/demo/device/${device}/outbox`, t.shop.token('staff', device));
        await c.synced();
        c.doc.getArray('commands').push([device]);
        await sleep(150);
      }
      const third = open(t.url, 'shop/demo/device/c/outbox', t.shop.token('staff', 'c'));
      await waitFor('the refusal', () => third.closes.includes(CloseCode.atCapacity));
      third.destroy();
      for (const c of clients.splice(0)) c.destroy();
      await sleep(300);
      const back = open(t.url, 'shop/demo/device/a/outbox', t.shop.token('staff', 'a'));
      await back.synced();
      expect(back.doc.getArray('commands').toJSON()).toEqual(['a']);
    } finally {
      await t.close();
    }
  });

  it('refuses connection attempts past the per-IP rate', async () => {
    const t = await startTestRelay({ limits: { upgradesPerSecondPerIp: 1, upgradeBurstPerIp: 3 } });
    try {
      const codes = await Promise.all(
        [1, 2, 3, 4, 5].map(async () => {
          const { ws, closed } = await rawSocket(`${t.url}/shop/demo/catalog`);
          setTimeout(() => ws.close(), 300);
          return closed;
        }),
      );
      expect(codes.filter((c) => c === CloseCode.rateLimited).length).toBe(2);
    } finally {
      await t.close();
    }
  });
});
