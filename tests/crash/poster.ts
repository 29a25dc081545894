/**
 * The crash test's victim: a counter that posts bills through the real host as fast as it can
 * until it is killed. Run as `node poster.mjs <shop file> <run id> <device id> [clientRef to retry]`.
 *
 * Every line goes out with fs.writeSync(1, …): it has left the process before the next statement
 * runs, so a SIGKILL cannot swallow an acknowledgement still sitting in a stream buffer.
 *   READY                     logged in (on the first run the demo shop has been created)
 *   POST <clientRef>          about to post this bill
 *   ACK <clientRef> <number>  postInvoice returned: the bill is committed
 */
import { writeSync } from 'node:fs';
import type { ApiClient } from '../../app/core/contract';
import { createHost } from '../../app/host/create-host';
import { TEST_SECRETS } from '../support/test-host';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';
import { cartFor } from './cart';

const [dbFile, runId, deviceId, retryRef] = process.argv.slice(2);
if (!dbFile || !runId || !deviceId) throw new Error('usage: poster <shop file> <run id> <device id> [clientRef to retry]');

const say = (line: string) => writeSync(1, `${line}\n`);

async function login(): Promise<ApiClient> {
  const host = createHost({ dbFile: dbFile!, secrets: TEST_SECRETS, registerDevicesOnLogin: true, log: (message, error) => console.error(message, error) });
  const anon = host.client();
  const staff = (await anon.call('auth.users', {})).find((u) => u.role === 'staff');
  if (!staff) throw new Error('the demo shop has no staff user');
  const { token } = await anon.call('auth.login', { userId: staff.id, pin: DEMO_PINS.staff, deviceId: deviceId!, deviceName: 'Counter' });
  return host.client(token);
}

/** Cash equal to the payable, which billing.quote prices exactly as posting will. */
async function post(counter: ApiClient, clientRef: string): Promise<void> {
  const lines = cartFor(clientRef);
  const quote = await counter.call('billing.quote', { lines });
  say(`POST ${clientRef}`);
  const invoice = await counter.call('billing.postInvoice', { clientRef, lines, tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }] });
  say(`ACK ${clientRef} ${invoice.number}`);
}

const counter = await login();
say('READY');
// The bill that was in flight when the last run died: a real counter resends it with the same clientRef.
if (retryRef) await post(counter, retryRef);
for (let n = 1; ; n++) await post(counter, `${runId}-${String(n).padStart(5, '0')}`);
