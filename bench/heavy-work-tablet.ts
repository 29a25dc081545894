import { Worker } from 'node:worker_threads';
import { API_PATH, DEVICE_HEADER, createApiClient, type ApiClient, type ResponseEnvelope } from '../app/core/contract';
import type { Host } from '../app/host/create-host';
import { DEMO_PINS } from '../app/host/demo/demo-shop';
import { startHttpServer } from '../app/host/transports/http';
import { signIn } from './lib/sign-in';

/**
 * The manager's tablet: its calls go over HTTP, as on the shop's Wi-Fi, from a thread of its own,
 * so that reading a 33 MB export (the tablet's work) is not counted as the host's. A file in a
 * reply comes back as the number of its base64 characters only (`base64Chars`).
 */
const TABLET_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const WHOLE = 1 << 20;
parentPort.on('message', async ({ request }) => {
  try {
    const headers = { 'content-type': 'application/json', authorization: 'Bearer ' + request.token, [workerData.deviceHeader]: request.device };
    const res = await fetch(workerData.url + request.method, { method: 'POST', headers, body: JSON.stringify(request.params ?? {}) });
    // A big reply (a file) is counted as it streams in, not parsed: the real tablet reads it on its
    // own processor, and parsing 33 MB here would take this machine's, which the host shares.
    const kept = [];
    let bytes = 0;
    for await (const chunk of res.body) {
      bytes += chunk.length;
      if (bytes <= WHOLE) kept.push(chunk);
    }
    if (bytes > WHOLE) {
      const head = Buffer.concat(kept).toString('utf8', 0, 200);
      const ok = res.status === 200 && head.startsWith('{"ok":true,"result":{');
      parentPort.postMessage({ id: request.id, ok, ...(ok ? { result: { base64Chars: bytes - head.indexOf('"base64":"') - 13 } } : { error: { code: 'INTERNAL', message: head } }) });
      return;
    }
    parentPort.postMessage({ id: request.id, ...JSON.parse(Buffer.concat(kept).toString('utf8')) });
  } catch (e) {
    parentPort.postMessage({ id: request.id, ok: false, error: { code: 'INTERNAL', message: String(e && e.message || e) } });
  }
});`;

export interface Tablet {
  client: ApiClient;
  close(): Promise<void>;
}

export async function managerTablet(host: Host, deviceId: string): Promise<Tablet> {
  // registers the device as the app does; then its own session, whose token the tablet sends
  await signIn(host, 'manager', deviceId);
  const manager = (await host.client().call('auth.users', {})).find((u) => u.role === 'manager');
  if (!manager) throw new Error('the demo shop has no manager');
  const { token } = await host.client().call('auth.login', { userId: manager.id, pin: DEMO_PINS.manager, deviceId, deviceName: deviceId });
  const http = await startHttpServer(host, { port: 0 });
  const worker = new Worker(TABLET_SOURCE, { eval: true, workerData: { url: `${http.url}${API_PATH}`, deviceHeader: DEVICE_HEADER } });
  const waiting = new Map<ResponseEnvelope['id'], (reply: ResponseEnvelope) => void>();
  worker.on('message', (reply: ResponseEnvelope) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const client = createApiClient(
    (request) =>
      new Promise((resolve) => {
        waiting.set(request.id, resolve);
        worker.postMessage({ request });
      }),
    token,
    { device: deviceId },
  );
  return {
    client,
    async close() {
      await worker.terminate();
      await http.close();
    },
  };
}
