import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHost } from './create-host';
import { lanAddress } from './documents';
import { DEMO_PINS } from './demo/demo-shop';
import { shopFile, userDataDir } from './paths';
import { startHttpServer } from './transports/http';

/**
 * The headless host: the same app as the desktop window, served at http://localhost:PORT for any
 * browser on this PC (or, with --lan, the shop's tablet and phone).
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4747' },
    lan: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    'static-dir': { type: 'string' },
  },
});

const started = performance.now();
const here = dirname(fileURLToPath(import.meta.url));
const staticDir = values['static-dir'] ?? [join(here, '../renderer'), join(here, '../../dist/renderer')].find((d) => existsSync(join(d, 'index.html')));
const dataDir = values['data-dir'] ?? userDataDir();
const dbFile = shopFile(dataDir);
const firstRun = !existsSync(dbFile);

const host = createHost({ dbFile });
const http = await startHttpServer(host, { port: Number(values.port), hostname: values.lan ? '0.0.0.0' : '127.0.0.1', ...(staticDir ? { staticDir } : {}) });

// Invoice links sent on WhatsApp must carry an address the customer's phone on the shop's Wi-Fi can open.
const lan = values.lan ? lanAddress() : null;
host.setLanBaseUrl(lan ? `http://${lan}:${http.port}` : null);

console.log(`SmartKirana is ready at ${http.url}  (shop file: ${dbFile}; started in ${Math.round(performance.now() - started)} ms)`);
if (firstRun)
  console.log(`A demo shop was created. PINs: owner ${DEMO_PINS.owner}, manager ${DEMO_PINS.manager}, staff ${DEMO_PINS.staff}. Change them before real use.`);
if (!staticDir) console.log('The screens are not built yet: run `npm run build` (npm start does it for you).');

const stop = async () => {
  await http.close();
  await host.printsIdle();
  host.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
