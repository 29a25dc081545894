/**
 * The import crash test's victim: a manager commits a catalogue file of many rows until the
 * process is killed. Run as `node import-victim.mjs <shop file> <rows> <first row number>`; lines go out with
 * writeSync, so a SIGKILL cannot swallow one still in a buffer:
 *   UPLOADED <importId>   the file is uploaded; the commit starts
 *   COMMITTED <imported>  the commit answered
 */
import { writeSync } from 'node:fs';
import { createHost } from '../../app/host/create-host';
import { TEST_SECRETS } from '../support/test-host';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';
import { upload } from '../support/imports';
import { catalogueCsv } from './import-file';

const [dbFile, rowsText, firstText = '0'] = process.argv.slice(2);
if (!dbFile || !rowsText) throw new Error('usage: import-victim <shop file> <rows> <first row number>');
const say = (line: string) => writeSync(1, `${line}\n`);

const host = createHost({ dbFile, secrets: TEST_SECRETS, registerDevicesOnLogin: true, log: (message, error) => console.error(message, error) });
const anon = host.client();
const manager = (await anon.call('auth.users', {})).find((u) => u.role === 'manager');
if (!manager) throw new Error('the demo shop has no manager');
const { token } = await anon.call('auth.login', { userId: manager.id, pin: DEMO_PINS.manager, deviceId: 'import-office', deviceName: 'Office' });
const client = host.client(token);
const importId = await upload(client, 'catalogue.csv', catalogueCsv(Number(rowsText), Number(firstText)));
say(`UPLOADED ${importId}`);
const result = await client.call('catalog.importCommit', { importId });
say(`COMMITTED ${result.imported}`);
host.close();
