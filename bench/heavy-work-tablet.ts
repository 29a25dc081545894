import { Worker } from 'node:worker_threads';
import { API_PATH, DEVICE_HEADER, createApiClient, type ApiClient, type ResponseEnvelope } from '../app/core/contract';
import type { Host } from '../app/host/create-host';
import { DEMO_PINS } from '../app/host/demo/demo-shop';
import { startHttpServer } from '../app/host/transports/http';
import { signIn } from './lib/sign-in';

/**
 * The manager's tablet: its calls go over HTTP, as on the shop's Wi-Fi, from a thread of its own,
 * so that reading a 33 MB export (the tablet's work) is not counted as the host's. A file in a
 * reply comes back as its length only.
 */
const TABLET_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', async ({ request }) => {
  try {
    const headers = { 'content-type': 'application/json', authorization: 'Bearer ' + request.token, [workerData.deviceHeader]: request.device };
    const res = await fetch(workerData.url + request.method, { method: 'POST', headers, body: JSON.stringify(request.params ?? {}) });
    const reply = await res.json();
    if (reply.ok && reply.result && typeof reply.result.base64 === 'string') reply.result = { ...reply.result, base64: '', base64Chars: reply.result.base64.length };
    parentPort.postMessage({ id: request.id, ...reply });
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
