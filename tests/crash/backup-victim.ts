/**
 * The backup crash test's victim: a counter billing while backups of its file run, until it is
 * killed. Run as `node backup-victim.mjs <shop file> <run id>`; lines go out with writeSync, so a
 * SIGKILL cannot swallow one still in a buffer:
 *   READY                     logged in
 *   POST <clientRef>          about to post this bill
 *   ACK <clientRef> <number>  the bill is committed
 *   BACKUP                    a backup starts (its copy runs on a worker thread)
 *   BACKED <ok> <file>        it finished
 */
import { writeSync } from 'node:fs';
import { createHost } from '../../app/host/create-host';
import { TEST_SECRETS } from '../support/test-host';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';
import { cartFor } from './cart';

const [dbFile, runId] = process.argv.slice(2);
if (!dbFile || !runId) throw new Error('usage: backup-victim <shop file> <run id>');
const say = (line: string) => writeSync(1, `${line}\n`);

const host = createHost({ dbFile, secrets: TEST_SECRETS, registerDevicesOnLogin: true, log: (message, error) => console.error(message, error) });
const anon = host.client();
const staff = (await anon.call('auth.users', {})).find((u) => u.role === 'staff');
if (!staff) throw new Error('the demo shop has no staff user');
const { token } = await anon.call('auth.login', { userId: staff.id, pin: DEMO_PINS.staff, deviceId: 'backup-counter', deviceName: 'Counter' });
const counter = host.client(token);
say('READY');

const backups = async () => {
  for (;;) {
    say('BACKUP');
    const outcome = await host.backups.create('manual');
    say(`BACKED ${outcome.ok} ${outcome.file ?? ''}`);
  }
};
void backups();
for (let n = 1; ; n++) {
  // A real counter's bills arrive as I/O; back-to-back in-process calls would never let the backup's answer in.
  await new Promise((resolve) => setImmediate(resolve));
  const clientRef = `${runId}-${String(n).padStart(5, '0')}`;
  const lines = cartFor(clientRef);
  const quote = await counter.call('billing.quote', { lines });
  say(`POST ${clientRef}`);
  const invoice = await counter.call('billing.postInvoice', { clientRef, lines, tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }] });
  say(`ACK ${clientRef} ${invoice.number}`);
}
